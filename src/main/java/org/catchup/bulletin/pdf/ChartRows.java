package org.catchup.bulletin.pdf;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.DoubleStream;

import org.catchup.bulletin.YearChart;
import org.catchup.figures.Enterprise;
import org.catchup.figures.FulfilmentSeries;
import org.catchup.figures.MonthFulfilment;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RankingRow;

/**
 * The rows of the year chart: (chart, series, month, percent). Enterprises are charted per
 * level of the hierarchy, at most {@link #LINES_PER_CHART} to a chart, so that every line
 * stays readable; each chart starts with a grey 100 % plan line.
 */
final class ChartRows {

	static final int LINES_PER_CHART = 8;

	private final MonthlyFigures figures;

	private final Formats formats;

	ChartRows(MonthlyFigures figures, Formats formats) {
		this.figures = figures;
		this.formats = formats;
	}

	/** The grey line every chart starts with, "Plan (100 %)". */
	static String planLine(Formats formats) {
		return formats.text("bulletin.chart.planLine");
	}

	/** The charts' rows, made as they are read: a chart of eight lines at a time. */
	Collection<Map<String, ?>> rows() {
		List<Chart> charts = new ArrayList<>();
		levels().forEach((level, series) -> {
			int count = (series.size() + LINES_PER_CHART - 1) / LINES_PER_CHART;
			for (int chart = 0; chart < count; chart++) {
				String title = level == 0 ? formats.text("bulletin.chart.topLevel")
						: formats.text("bulletin.chart.level", String.valueOf(level));
				if (count > 1) {
					title = formats.text("bulletin.chart.part", title, chart + 1, count);
				}
				int to = Math.min(series.size(), (chart + 1) * LINES_PER_CHART);
				charts.add(new Chart(title, series.subList(chart * LINES_PER_CHART, to)));
			}
		});
		List<YearMonth> months = months();
		return SectionData.flat(charts, chart -> {
			List<Map<String, ?>> rows = new ArrayList<>();
			for (YearMonth month : months) {
				rows.add(row(chart.title(), planLine(formats), month, 100.0));
			}
			for (FulfilmentSeries one : chart.lines()) {
				for (MonthFulfilment month : one.months()) {
					BigDecimal shown = month.fulfilment().shownPercent();
					rows.add(row(chart.title(), one.enterprise().name(), month.month(),
							shown == null ? null : shown.doubleValue()));
				}
			}
			return rows;
		});
	}

	private record Chart(String title, List<FulfilmentSeries> lines) {
	}

	/** The line above the charts when {@link YearChart} leaves enterprises out; else null. */
	String note() {
		List<FulfilmentSeries> all = figures.fulfilmentOverYear();
		return YearChart.isCut(all)
				? formats.text("bulletin.chart.topLevelOnly", all.size(), YearChart.charted(all).size()) : null;
	}

	/** Lower bound of the value axis: 10 below the lowest point, on a multiple of 10, at most 90. */
	double axisMin() {
		double lowest = points().min().orElse(100);
		return Math.min(90, Math.floor((lowest - 5) / 10) * 10);
	}

	/** Upper bound of the value axis, at least 110 so the plan line never sits on the edge. */
	double axisMax() {
		double highest = points().max().orElse(100);
		return Math.max(110, Math.ceil((highest + 5) / 10) * 10);
	}

	private DoubleStream points() {
		return YearChart.charted(figures.fulfilmentOverYear())
			.stream()
			.flatMap(series -> series.months().stream())
			.map(month -> month.fulfilment().shownPercent())
			.filter(shown -> shown != null)
			.mapToDouble(BigDecimal::doubleValue);
	}

	private List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (int m = 1; m <= figures.month().getMonthValue(); m++) {
			months.add(YearMonth.of(figures.month().getYear(), m));
		}
		return months;
	}

	/** Series by level of the hierarchy, each level in ranking order (best first). */
	private Map<Integer, List<FulfilmentSeries>> levels() {
		Map<String, Enterprise> byCode = new HashMap<>();
		figures.fulfilmentOverYear().forEach(series -> byCode.put(series.enterprise().code(), series.enterprise()));
		figures.ranking().forEach(row -> byCode.put(row.enterprise().code(), row.enterprise()));
		Map<String, Integer> order = new HashMap<>();
		List<RankingRow> ranking = figures.ranking();
		for (int i = 0; i < ranking.size(); i++) {
			order.putIfAbsent(ranking.get(i).enterprise().code(), i);
		}
		Map<Integer, List<FulfilmentSeries>> levels = new TreeMap<>();
		YearChart.charted(figures.fulfilmentOverYear())
			.stream()
			.sorted((a, b) -> Integer.compare(order.getOrDefault(a.enterprise().code(), Integer.MAX_VALUE),
					order.getOrDefault(b.enterprise().code(), Integer.MAX_VALUE)))
			.forEach(series -> levels.computeIfAbsent(level(series.enterprise(), byCode), level -> new ArrayList<>())
				.add(series));
		return levels;
	}

	private static int level(Enterprise enterprise, Map<String, Enterprise> byCode) {
		int level = 0;
		Enterprise current = enterprise;
		// bounded walk: a cycle in the reference data must not hang the bulletin
		while (current.parentCode() != null && byCode.containsKey(current.parentCode()) && level < 10) {
			current = byCode.get(current.parentCode());
			level++;
		}
		return level;
	}

	private Map<String, ?> row(String chart, String series, YearMonth month, Double percent) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("chart", chart);
		row.put("series", series);
		row.put("month", formats.shortMonth(month));
		row.put("percent", percent);
		return row;
	}

}
