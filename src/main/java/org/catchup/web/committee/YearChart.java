package org.catchup.web.committee;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.catchup.figures.FulfilmentSeries;
import org.catchup.figures.MonthFulfilment;
import org.catchup.i18n.Texts;

/**
 * Each enterprise's monthly fulfilment from January to the month, as an inline SVG drawn by
 * the page from these coordinates: no script and nothing fetched from elsewhere.
 */
record YearChart(int width, int height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks, double planY,
		double left, double right) {

	record Line(String code, String name, String color, String points, List<Dot> dots) {
	}

	record Dot(double x, double y, String label) {
	}

	record Tick(double position, String label) {
	}

	private static final String[] COLORS = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
			"#e377c2", "#7f7f7f", "#bcbd22", "#17becf" };

	private static final int WIDTH = 760;

	private static final int HEIGHT = 320;

	private static final double LEFT = 48;

	private static final double RIGHT = 16;

	private static final double TOP = 12;

	private static final double BOTTOM = 28;

	static YearChart of(YearMonth month, List<FulfilmentSeries> series, Texts texts) {
		int months = month.getMonthValue();
		double low = 80;
		double high = 110;
		for (FulfilmentSeries s : series) {
			for (MonthFulfilment m : s.months()) {
				BigDecimal percent = m.fulfilment().shownPercent();
				if (percent != null) {
					low = Math.min(low, percent.doubleValue());
					high = Math.max(high, percent.doubleValue());
				}
			}
		}
		low = Math.floor(low / 10) * 10;
		high = Math.ceil(high / 10) * 10;
		Scale scale = new Scale(months, low, high);
		List<Line> lines = new ArrayList<>();
		for (FulfilmentSeries s : series) {
			List<Dot> dots = new ArrayList<>();
			for (MonthFulfilment m : s.months()) {
				BigDecimal percent = m.fulfilment().shownPercent();
				if (percent != null) {
					dots.add(new Dot(scale.x(m.month().getMonthValue()), scale.y(percent.doubleValue()),
							s.enterprise().code() + " " + m.month() + ": " + texts.percent(m.fulfilment())));
				}
			}
			if (!dots.isEmpty()) {
				StringBuilder points = new StringBuilder();
				dots.forEach(d -> points.append(String.format(Locale.ROOT, "%.1f,%.1f ", d.x(), d.y())));
				lines.add(new Line(s.enterprise().code(), s.enterprise().name(), COLORS[lines.size() % COLORS.length],
						points.toString().trim(), dots));
			}
		}
		List<Tick> xTicks = new ArrayList<>();
		for (int m = 1; m <= months; m++) {
			xTicks.add(new Tick(scale.x(m), texts.shortMonth(month.withMonth(m))));
		}
		List<Tick> yTicks = new ArrayList<>();
		for (double v = low; v <= high + 0.001; v += 10) {
			yTicks.add(new Tick(scale.y(v), String.format(Locale.ROOT, "%.0f %%", v)));
		}
		return new YearChart(WIDTH, HEIGHT, lines, xTicks, yTicks, scale.y(100), LEFT, WIDTH - RIGHT);
	}

	private record Scale(int months, double low, double high) {

		double x(int monthValue) {
			double span = WIDTH - LEFT - RIGHT;
			return months <= 1 ? LEFT + span / 2 : LEFT + span * (monthValue - 1) / (months - 1);
		}

		double y(double percent) {
			return TOP + (HEIGHT - TOP - BOTTOM) * (high - percent) / (high - low);
		}

	}

}
