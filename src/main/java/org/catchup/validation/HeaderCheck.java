package org.catchup.validation;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks whose figures these are and for which month. The values come from the title block or,
 * in a CSV file, from the first data row.
 */
public final class HeaderCheck {

	/**
	 * Where a field was read (cell reference, label or column header) and what it holds: its text
	 * trimmed (null if blank), as typed, whether the cell is blank, and the month it names if any.
	 */
	public record Source(String cell, String label, String text, String found, boolean blank,
			Optional<YearMonth> month) {
	}

	/**
	 * {@code enterpriseCode} and {@code period} as far as they could be read; {@code valid} when
	 * both are known, permitted and not in the future.
	 */
	public record Result(String enterpriseCode, YearMonth period, boolean valid) {
	}

	private final String sheet;

	private final ReferenceLookup reference;

	private final SubmissionRules rules;

	private final Consumer<Problem> problems;

	public HeaderCheck(String sheet, ReferenceLookup reference, SubmissionRules rules, Consumer<Problem> problems) {
		this.sheet = sheet;
		this.reference = reference;
		this.rules = rules;
		this.problems = problems;
	}

	/** Any source may be null when the file has neither the label nor the column. */
	public Result check(Source enterprise, Source period) {
		boolean valid = true;
		String code = enterprise == null ? null : enterprise.text();
		if (code == null) {
			report(ProblemCode.MISSING_ENTERPRISE, enterprise, null,
					"The enterprise code is missing: write it next to 'Enterprise code' (Betrieb-Nr.) above the table.");
			valid = false;
		}
		else if (!reference.isKnownEnterprise(code)) {
			report(ProblemCode.UNKNOWN_ENTERPRISE, enterprise, code,
					"Enterprise code '" + code + "' is not in the list of enterprises; check it for typing errors.");
			valid = false;
		}
		else if (rules.permittedEnterprises() != null && !rules.permittedEnterprises().contains(code)) {
			report(ProblemCode.ENTERPRISE_NOT_PERMITTED, enterprise, code, "You may submit figures only for "
					+ String.join(", ", rules.permittedEnterprises().stream().sorted().toList()) + ", not for '"
					+ code + "'.");
			valid = false;
		}
		YearMonth month = null;
		if (period == null || period.blank()) {
			report(ProblemCode.MISSING_PERIOD, period, null,
					"The reporting month is missing: write it next to 'Period' (Berichtsmonat), e.g. 1959-08.");
			valid = false;
		}
		else {
			Optional<YearMonth> parsed = period.month();
			if (parsed.isEmpty()) {
				report(ProblemCode.MALFORMED_PERIOD, period, period.found(), "Period '" + period.found()
						+ "' is not a month we can read: write it as 1959-08, 08/1959 or August 1959.");
				valid = false;
			}
			else {
				month = parsed.get();
				if (month.isAfter(rules.currentMonth())) {
					report(ProblemCode.FUTURE_PERIOD, period, period.found(),
							"Period " + month + " lies in the future; figures can be submitted only for months up to "
									+ rules.currentMonth() + ".");
					valid = false;
				}
			}
		}
		return new Result(code, month, valid);
	}

	private void report(ProblemCode code, Source source, String value, String message) {
		if (source == null) {
			problems.accept(Problem.of(code, sheet, null, null, value, message));
		}
		else {
			problems.accept(Problem.of(code, sheet, source.cell(), source.label(), value, message));
		}
	}

}
