package org.catchup.benchmark;

/**
 * One line of the benchmark table.
 *
 * @param reference seconds of the bare reference pipeline on the same data, or NaN when the
 * case has a fixed time limit instead
 * @param limit the target: a ratio to the reference, or seconds when there is no reference; NaN
 * for a measurement shown without a target
 * @param pairedRatio the ratio to the reference round by round, each reference run right after
 * the measured one (the median of the rounds); NaN to compare the best of each instead
 */
record Measurement(String caseName, String size, long rows, double seconds, long peakHeapBytes, double reference,
		double limit, String note, double pairedRatio) {

	Measurement(String caseName, String size, long rows, double seconds, long peakHeapBytes, double reference,
			double limit, String note) {
		this(caseName, size, rows, seconds, peakHeapBytes, reference, limit, note, Double.NaN);
	}

	double ratio() {
		if (!Double.isNaN(pairedRatio)) {
			return pairedRatio;
		}
		return Double.isNaN(reference) ? Double.NaN : seconds / reference;
	}

	Measurement withNote(String text) {
		return new Measurement(caseName, size, rows, seconds, peakHeapBytes, reference, limit, text, pairedRatio);
	}

	boolean met() {
		if (Double.isNaN(limit)) {
			return true;
		}
		return Double.isNaN(reference) ? seconds <= limit : ratio() <= limit;
	}

}
