package org.catchup.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the measurements as the table the README and the issue note quote. */
final class ResultTable {

	private ResultTable() {
	}

	static void print(List<Measurement> rows, String machine, PrintStream out) {
		out.println();
		out.println(machine);
		out.println("| case | size | rows | seconds | rows/s | µs/row | peak heap MB | reference s | ratio | target | met |");
		out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
		for (Measurement m : rows) {
			out.println(String.format(Locale.ROOT, "| %s | %s | %,d | %.2f | %,.0f | %.2f | %d | %s | %s | %s | %s |",
					m.caseName(), m.size(), m.rows(), m.seconds(), m.rows() / m.seconds(),
					m.seconds() * 1e6 / Math.max(1, m.rows()), m.peakHeapBytes() >> 20,
					Double.isNaN(m.reference()) ? "–" : String.format(Locale.ROOT, "%.2f", m.reference()),
					Double.isNaN(m.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f×", m.ratio()),
					Double.isNaN(m.limit()) ? "–" : Double.isNaN(m.reference())
							? String.format(Locale.ROOT, "≤ %.0f s", m.limit())
							: String.format(Locale.ROOT, "≤ %.1f×", m.limit()),
					(Double.isNaN(m.limit()) ? "–" : m.met() ? "yes" : "NO")
							+ (m.note() == null ? "" : " " + m.note())));
		}
	}

}
