package org.catchup.bulletin.pdf;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.catchup.figures.AssistanceResult;
import org.catchup.figures.MonthFulfilment;

/**
 * The rows of the assistance chart: each assisted team's fulfilment from three months before its
 * help began, on an axis of months counted from the start of help, so that the start is one
 * category ("start") for every team however different their From months are. At most
 * {@link ChartRows#LINES_PER_CHART} teams to a chart, each chart led by the grey 100 % plan line.
 */
final class HelpChartRows {

	private static final int MONTHS_BEFORE = 3;

	private final List<AssistanceResult> results;

	private final Formats formats;

	HelpChartRows(List<AssistanceResult> results, Formats formats) {
		this.results = results;
		this.formats = formats;
	}

	List<Map<String, ?>> rows() {
		List<Map<String, ?>> rows = new ArrayList<>();
		int longest = results.stream().mapToInt(AssistanceResult::monthsOfHelp).max().orElse(0);
		int charts = (results.size() + ChartRows.LINES_PER_CHART - 1) / ChartRows.LINES_PER_CHART;
		for (int chart = 0; chart < charts; chart++) {
			String title = formats.text("bulletin.help.chart");
			if (charts > 1) {
				title = formats.text("bulletin.chart.part", title, chart + 1, charts);
			}
			for (int offset = -MONTHS_BEFORE; offset < longest; offset++) {
				rows.add(row(title, ChartRows.planLine(formats), offset, 100.0));
			}
			int to = Math.min(results.size(), (chart + 1) * ChartRows.LINES_PER_CHART);
			for (AssistanceResult result : results.subList(chart * ChartRows.LINES_PER_CHART, to)) {
				String series = formats.text("bulletin.help.series",
						result.helpedTeamCode() + (result.helpedTeamName() == null ? "" : " " + result.helpedTeamName()),
						result.helpedEnterpriseCode(), formats.shortMonth(result.from()),
						String.valueOf(result.from().getYear()));
				for (MonthFulfilment month : result.helpedOverTime()) {
					BigDecimal shown = month.fulfilment().shownPercent();
					rows.add(row(title, series, offset(result.from(), month.month()),
							shown == null ? null : shown.doubleValue()));
				}
			}
		}
		return rows;
	}

	/** 10 below the lowest point on a multiple of 10, at most 90; at least 110 above: the plan line stays inside. */
	double axisMin() {
		return Math.min(90, Math.floor((points().stream().mapToDouble(Double::doubleValue).min().orElse(100) - 5) / 10) * 10);
	}

	double axisMax() {
		return Math.max(110, Math.ceil((points().stream().mapToDouble(Double::doubleValue).max().orElse(100) + 5) / 10) * 10);
	}

	private List<Double> points() {
		List<Double> points = new ArrayList<>();
		results.forEach(result -> result.helpedOverTime()
			.stream()
			.map(month -> month.fulfilment().shownPercent())
			.filter(shown -> shown != null)
			.forEach(shown -> points.add(shown.doubleValue())));
		return points;
	}

	private static int offset(YearMonth from, YearMonth month) {
		return (int) (month.getYear() * 12L + month.getMonthValue() - from.getYear() * 12L - from.getMonthValue());
	}

	/** "3 before", "1 before", "start" (the first month of help), "month 2", ... */
	String label(int offset) {
		if (offset < 0) {
			return formats.text("bulletin.help.before", -offset);
		}
		return offset == 0 ? formats.text("bulletin.help.start") : formats.text("bulletin.help.month", offset + 1);
	}

	private Map<String, ?> row(String chart, String series, int offset, Double percent) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("chart", chart);
		row.put("series", series);
		row.put("month", label(offset));
		row.put("percent", percent);
		return row;
	}

}
