package org.catchup.bulletin;

import java.util.List;

import org.catchup.figures.FulfilmentSeries;

/**
 * Which enterprises the year chart draws (SPEC §7: each enterprise's fulfilment over the year),
 * in the PDF and in the Excel bulletin alike: every one up to {@value #MAX_LINES}; with more, the
 * top-level units only, the first {@value #MAX_LINES} of them. A country's 5,000 lines would be
 * unreadable, and cost the PDF a minute of drawing; the month matrix still holds every enterprise.
 */
public final class YearChart {

	public static final int MAX_LINES = 40;

	private YearChart() {
	}

	/** The series to draw, in the order given. */
	public static List<FulfilmentSeries> charted(List<FulfilmentSeries> all) {
		if (!isCut(all)) {
			return all;
		}
		return all.stream().filter(series -> series.enterprise().isTopLevel()).limit(MAX_LINES).toList();
	}

	/** Whether {@link #charted} leaves enterprises out. */
	public static boolean isCut(List<FulfilmentSeries> all) {
		return all.size() > MAX_LINES;
	}

}
