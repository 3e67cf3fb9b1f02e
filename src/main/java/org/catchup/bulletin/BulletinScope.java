package org.catchup.bulletin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.catchup.figures.Enterprise;
import org.catchup.figures.FiguresInput;

/**
 * Limits a bulletin to one combine or enterprise and the units below it. {@code ALL} keeps
 * everything.
 */
record BulletinScope(String enterpriseCode) {

	static final String ALL = "ALL";

	static BulletinScope of(String code) {
		return new BulletinScope(code == null || code.isBlank() ? ALL : code.trim());
	}

	boolean isAll() {
		return ALL.equals(enterpriseCode);
	}

	/** For file names: {@code bulletin-1959-09} or {@code bulletin-1959-09-WPK}. */
	String fileSuffix() {
		return isAll() ? "" : "-" + enterpriseCode.replaceAll("[^A-Za-z0-9_-]", "_");
	}

	String describe(List<Enterprise> enterprises) {
		if (isAll()) {
			return "All enterprises";
		}
		return enterprises.stream()
			.filter(e -> e.code().equals(enterpriseCode))
			.map(e -> e.name() + " (" + e.code() + ") and the units below it")
			.findFirst()
			.orElse(enterpriseCode);
	}

	FiguresInput apply(FiguresInput input) {
		if (isAll()) {
			return input;
		}
		Set<String> codes = subtree(input.enterprises());
		if (codes.isEmpty()) {
			throw new IllegalArgumentException("No enterprise or combine with code '" + enterpriseCode + "'");
		}
		return new FiguresInput(input.month(),
				input.enterprises()
					.stream()
					.filter(e -> codes.contains(e.code()))
					// within the scope its root is the top level
					.map(e -> e.code().equals(enterpriseCode) ? new Enterprise(e.code(), e.name(), e.kind(), null) : e)
					.toList(),
				input.facts().stream().filter(f -> codes.contains(f.enterpriseCode())).toList(),
				input.annualPlans().stream().filter(p -> codes.contains(p.enterpriseCode())).toList(),
				input.submissions().stream().filter(s -> codes.contains(s.enterpriseCode())).toList(),
				input.warnings().stream().filter(w -> codes.contains(w.enterpriseCode())).toList(), input.deadline(),
				input.maxTeamsPerHelper(),
				// pairs that touch the scope; a helper outside it has no facts here, so shows n/a
				input.registeredAssistance() == null ? List.of()
						: input.registeredAssistance()
							.stream()
							.filter(a -> codes.contains(a.helpedEnterpriseCode())
									|| codes.contains(a.helperEnterpriseCode()))
							.toList(),
				input.reachablePace());
	}

	private Set<String> subtree(List<Enterprise> enterprises) {
		Set<String> codes = new HashSet<>();
		enterprises.stream().filter(e -> e.code().equals(enterpriseCode)).forEach(e -> codes.add(e.code()));
		boolean grew = !codes.isEmpty();
		while (grew) {
			grew = false;
			for (Enterprise e : enterprises) {
				if (e.parentCode() != null && codes.contains(e.parentCode()) && codes.add(e.code())) {
					grew = true;
				}
			}
		}
		return codes;
	}

}
