package org.catchup.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collects the problems of one file. A sheet of 100,000 bad rows would otherwise hold 100,000
 * problems in memory and in the report: past {@code limitPerCode} of one code only a count is
 * kept, and one closing problem of that code says how many more there were.
 */
public final class ProblemCollector implements Consumer<Problem> {

	public static final int DEFAULT_LIMIT_PER_CODE = 1000;

	private final int limitPerCode;

	private final List<Problem> problems = new ArrayList<>();

	private final Map<ProblemCode, Integer> counts = new EnumMap<>(ProblemCode.class);

	private final Map<ProblemCode, String> sheets = new EnumMap<>(ProblemCode.class);

	public ProblemCollector(int limitPerCode) {
		this.limitPerCode = limitPerCode;
	}

	@Override
	public void accept(Problem problem) {
		int count = counts.merge(problem.code(), 1, Integer::sum);
		if (count <= limitPerCode) {
			problems.add(problem);
		}
		else {
			sheets.putIfAbsent(problem.code(), problem.sheet());
		}
	}

	public List<Problem> problems() {
		List<Problem> all = new ArrayList<>(problems);
		counts.forEach((code, count) -> {
			if (count > limitPerCode) {
				int more = count - limitPerCode;
				all.add(new Problem(code, code.severity(), sheets.get(code), null, null, null,
						"And " + more + " more cells with the same problem (" + code + "), not listed one by one.", more));
			}
		});
		return List.copyOf(all);
	}

}
