package org.catchup.benchmark;

/**
 * One line of the benchmark table.
 *
 * @param reference seconds of the bare reference pipeline on the same data, or NaN when the
 * case has a fixed time limit instead
 * @param limit the target: a ratio to the reference, or seconds when there is no reference; NaN
 * for a measurement shown without a target
 */
record Measurement(String caseName, String size, long rows, double seconds, long peakHeapBytes, double reference,
		double limit, String note) {

	double ratio() {
		return Double.isNaN(reference) ? Double.NaN : seconds / reference;
	}

	Measurement withNote(String text) {
		return new Measurement(caseName, size, rows, seconds, peakHeapBytes, reference, limit, text);
	}

	boolean met() {
		if (Double.isNaN(limit)) {
			return true;
		}
		return Double.isNaN(reference) ? seconds <= limit : ratio() <= limit;
	}

}
