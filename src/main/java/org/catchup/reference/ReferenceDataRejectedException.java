package org.catchup.reference;

import java.util.List;
import java.util.stream.Collectors;

/** The reference workbook was refused whole; the reference data in force is unchanged. */
public class ReferenceDataRejectedException extends RuntimeException {

	private static final int SHOWN = 20;

	private final String fileName;

	private final List<ReferenceProblem> problems;

	public ReferenceDataRejectedException(String fileName, List<ReferenceProblem> problems) {
		super(message(fileName, problems));
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
	}

	public String fileName() {
		return fileName;
	}

	public List<ReferenceProblem> problems() {
		return problems;
	}

	private static String message(String fileName, List<ReferenceProblem> problems) {
		String shown = problems.stream().limit(SHOWN).map(ReferenceProblem::toString).collect(Collectors.joining("; "));
		String more = problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : "";
		return "Reference workbook " + fileName + " rejected, nothing changed (" + problems.size() + " problem(s)): "
				+ shown + more;
	}

}
