package org.catchup.assistance;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.catchup.validation.Problem;

/** The register workbook was refused whole; the register is unchanged. */
public class RegisterRejectedException extends RuntimeException {

	private static final int SHOWN = 20;

	private final List<Problem> problems;

	RegisterRejectedException(String fileName, List<Problem> problems, Path problemList, Path annotated) {
		super(message(fileName, problems, problemList, annotated));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	private static String message(String fileName, List<Problem> problems, Path problemList, Path annotated) {
		String shown = problems.stream()
			.limit(SHOWN)
			.map(p -> p.location().isEmpty() ? p.message() : p.location() + ": " + p.message())
			.collect(Collectors.joining("; "));
		String more = problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : "";
		String lists = problemList == null ? ""
				: " Problem list: " + problemList + (annotated == null ? "" : "; marked workbook: " + annotated) + ".";
		return "Assistance register " + fileName + " rejected, nothing changed (" + problems.size() + " problem(s)): "
				+ shown + more + "." + lists + " Correct the workbook and run assistance-register again.";
	}

}
