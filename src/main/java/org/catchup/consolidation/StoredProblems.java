package org.catchup.consolidation;

import java.util.List;

import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.Severity;
import org.catchup.warehouse.StoredProblem;

/** A submission's problems as the warehouse stores them, and back. */
public final class StoredProblems {

	private StoredProblems() {
	}

	public static List<StoredProblem> of(List<Problem> problems) {
		return problems.stream()
			.map(p -> new StoredProblem(p.severity().name(), p.code().name(), p.sheet(), p.cell(), p.column(),
					p.value(), p.message()))
			.toList();
	}

	public static List<Problem> read(List<StoredProblem> stored) {
		return stored.stream()
			.map(p -> new Problem(ProblemCode.valueOf(p.code()), Severity.valueOf(p.severity()), p.sheet(), p.cell(),
					p.column(), p.value(), p.message()))
			.toList();
	}

}
