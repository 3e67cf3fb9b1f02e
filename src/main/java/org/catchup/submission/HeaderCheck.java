package org.catchup.submission;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Consumer;

import org.catchup.spreadsheet.SheetCell;

/**
 * Checks whose figures these are and for which month. The values come from the title block or,
 * in a CSV file, from the first data row.
 */
final class HeaderCheck {

	/** Where a field was read: cell reference, label or column header, the cell (null if blank). */
	record Source(String cell, String label, SheetCell value) {
	}

	/** {@code header} is null unless both enterprise and period could be read. */
	record Result(SubmissionHeader header, String enterpriseCode, YearMonth period, boolean valid) {
	}

	private final String sheet;

	private final ReferenceLookup reference;

	private final SubmissionRules rules;

	private final Consumer<Problem> problems;

	HeaderCheck(String sheet, ReferenceLookup reference, SubmissionRules rules, Consumer<Problem> problems) {
		this.sheet = sheet;
		this.reference = reference;
		this.rules = rules;
		this.problems = problems;
	}

	/** Any source may be null when the file has neither the label nor the column. */
	Result check(Source enterprise, Source period, String submittedBy) {
		boolean valid = true;
		String code = enterprise == null ? null : Labels.text(enterprise.value());
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
		SheetCell periodCell = period == null ? null : period.value();
		if (Labels.isBlank(periodCell)) {
			report(ProblemCode.MISSING_PERIOD, period, null,
					"The reporting month is missing: write it next to 'Period' (Berichtsmonat), e.g. 1959-08.");
			valid = false;
		}
		else {
			Optional<YearMonth> parsed = PeriodParser.parse(periodCell);
			if (parsed.isEmpty()) {
				report(ProblemCode.MALFORMED_PERIOD, period, periodCell.text(), "Period '" + periodCell.text()
						+ "' is not a month we can read: write it as 1959-08, 08/1959 or August 1959.");
				valid = false;
			}
			else {
				month = parsed.get();
				if (month.isAfter(rules.currentMonth())) {
					report(ProblemCode.FUTURE_PERIOD, period, periodCell.text(),
							"Period " + month + " lies in the future; figures can be submitted only for months up to "
									+ rules.currentMonth() + ".");
					valid = false;
				}
			}
		}
		SubmissionHeader header = code != null && month != null ? new SubmissionHeader(code, month, submittedBy)
				: null;
		return new Result(header, code, month, valid);
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
