package org.catchup.assistance;

import java.util.List;
import java.util.stream.Collectors;

/** A pair the register refuses; {@link #violations()} names each field and what is wrong with it. */
public class InvalidPairException extends RuntimeException {

	private final List<PairRules.Violation> violations;

	InvalidPairException(List<PairRules.Violation> violations) {
		super(violations.stream()
			.map(v -> v.field().label() + ": " + v.message())
			.collect(Collectors.joining(" ")));
		this.violations = List.copyOf(violations);
	}

	public List<PairRules.Violation> violations() {
		return violations;
	}

}
