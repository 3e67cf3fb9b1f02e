package org.catchup.feedback;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.catchup.validation.Problem;

/** The problem list as CSV, as it lies beside every rejected file and every loaded one with warnings. */
public final class ProblemListCsv {

	private static final String[] HEADER = { "Severity", "Code", "Sheet", "Cell", "Column", "Value", "Message" };

	private ProblemListCsv() {
	}

	public static void write(List<Problem> problems, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
			for (Problem p : problems) {
				csv.printRecord(p.severity(), p.code(), text(p.sheet()), p.cell(), text(p.column()), text(p.value()),
						text(p.message()));
			}
		}
	}

	/**
	 * Submitted text that a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code +1},
	 * {@code @SUM(1)}) gets a leading apostrophe, so opening the problem list in Excel shows it as text.
	 */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
				|| (first == '-' && !value.matches("-\\d[\\d.,\\s]*"));
		return formula ? "'" + value : value;
	}

}
