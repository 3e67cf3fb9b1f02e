package org.catchup.web.finance;

import org.catchup.i18n.Texts;
import org.catchup.validation.Problem;

/** A problem's sentence in the reader's language: {@link Texts#problem}, for the rows pages and checks hold. */
public final class ProblemTexts {

	private ProblemTexts() {
	}

	public static String sentence(Texts texts, ProblemRow problem) {
		return texts.problem(problem.code(), problem.location(), problem.column(), problem.value(), problem.message());
	}

	public static String sentence(Texts texts, Problem problem) {
		return texts.problem(problem.code().name(), problem.location(), problem.column(), problem.value(),
				problem.message());
	}

}
