package org.catchup.assistance;

import java.util.List;
import java.util.stream.Collectors;

import org.catchup.validation.ProblemCode;

/** A pair the register refuses; {@link #violations()} names each field and what is wrong with it. */
public class InvalidPairException extends RuntimeException {

	private final List<PairRules.Violation> violations;

	InvalidPairException(List<PairRules.Violation> violations) {
		super(violations.stream()
			.map(v -> v.field().label() + ": " + v.message())
			.collect(Collectors.joining(" ")));
		this.violations = List.copyOf(violations);
	}

	/** One field a person sent that could not even be read (a month that is no month, no team chosen). */
	public static InvalidPairException of(PairRules.Field field, ProblemCode code, String message) {
		return new InvalidPairException(List.of(new PairRules.Violation(field, code, message)));
	}

	public List<PairRules.Violation> violations() {
		return violations;
	}

}
