package org.catchup.web.finance;

import org.catchup.i18n.Texts;
import org.catchup.validation.Problem;
import org.catchup.warehouse.StoredProblem;

/** A problem as pages and the API show it: {@code location} is {@code Report!F17}, empty for the whole file. */
public record ProblemRow(String severity, String code, String location, String sheet, String cell, String column,
		String value, String message) {

	public static ProblemRow of(Problem problem) {
		return new ProblemRow(problem.severity().name(), problem.code().name(), problem.location(), problem.sheet(),
				problem.cell(), problem.column(), problem.value(), problem.message());
	}

	public static ProblemRow of(StoredProblem problem) {
		return new ProblemRow(problem.severity(), problem.code(), problem.location(), problem.sheet(), problem.cell(),
				problem.column(), problem.value(), problem.message());
	}

	public boolean error() {
		return "ERROR".equals(severity);
	}

	/** Whether it names a cell the annotated copy can mark. */
	public boolean marksCell() {
		return cell != null && !cell.isEmpty();
	}

	/** This problem's sentence in the reader's language. */
	public String sentence(Texts texts) {
		return ProblemTexts.sentence(texts, this);
	}

}
