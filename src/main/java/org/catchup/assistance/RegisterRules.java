package org.catchup.assistance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.catchup.assistance.PairRules.Field;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.spreadsheet.CellKind;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;

/**
 * The register workbook's rows through {@link PairRules}: every problem of every row in one
 * pass, each at its cell, plus what only a workbook can get wrong (a malformed month, the same
 * pair and start month twice). Rows without a problem become {@link RegisteredAssistance} entries;
 * the caller stores them only when there is no problem at all.
 */
final class RegisterRules {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	/** The entries of rows that passed, and every problem found. */
	record Outcome(List<RegisteredAssistance> entries, List<Problem> problems) {
	}

	private final PairRules rules;

	RegisterRules(PairRules rules) {
		this.rules = rules;
	}

	Outcome check(List<RegisterRow> rows) {
		List<RegisteredAssistance> entries = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<AssistanceRegister.Key, Integer> firstRow = new HashMap<>();
		for (RegisterRow row : rows) {
			int before = problems.size();
			Set<Field> unreadable = EnumSet.noneOf(Field.class);
			YearMonth from = month(row, Field.FROM, unreadable, problems);
			YearMonth to = month(row, Field.TO, unreadable, problems);
			PairRules.Candidate candidate = new PairRules.Candidate(row.helperEnterprise().text(),
					row.helperTeam().text(), row.helpedEnterprise().text(), row.helpedTeam().text(), from, to,
					row.note().text());
			for (PairRules.Violation violation : rules.check(candidate, unreadable)) {
				problems.add(problem(row, violation.field(), violation.code(), violation.message()));
			}
			if (problems.size() > before) {
				continue;
			}
			RegisteredAssistance entry = candidate.toAssistance();
			Integer earlier = firstRow.putIfAbsent(AssistanceRegister.Key.of(entry), row.rowIndex() + 1);
			if (earlier != null) {
				problems.add(problem(row, Field.FROM, ProblemCode.DUPLICATE_ASSISTANCE, "Row " + earlier
						+ " already registers this pair from " + from + "; each pair and start month once."));
				continue;
			}
			entries.add(entry);
		}
		return new Outcome(entries, problems);
	}

	private static YearMonth month(RegisterRow row, Field field, Set<Field> unreadable, List<Problem> problems) {
		RegisterRow.Cell cell = row.cell(field);
		if (cell.isBlank()) {
			return null;
		}
		YearMonth month = parseMonth(cell);
		if (month == null) {
			unreadable.add(field);
			problems.add(problem(row, field, ProblemCode.MALFORMED_PERIOD,
					"'" + cell.text() + "' is not a month; write it as YYYY-MM (1959-10) or enter a date."));
		}
		return month;
	}

	/** {@code 1959-10} or a date cell (its month); null for anything else. */
	static YearMonth parseMonth(RegisterRow.Cell cell) {
		if (cell.value().kind() == CellKind.DATE) {
			double serial = cell.value().number();
			if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
				return null;
			}
			LocalDate date = DateUtil.getLocalDateTime(serial).toLocalDate();
			return YearMonth.from(date);
		}
		Matcher m = MONTH.matcher(cell.text());
		if (cell.value().kind() != CellKind.TEXT || !m.matches()) {
			return null;
		}
		int month = Integer.parseInt(m.group(2));
		return month < 1 || month > 12 ? null : YearMonth.of(Integer.parseInt(m.group(1)), month);
	}

	private static Problem problem(RegisterRow row, Field field, ProblemCode code, String message) {
		RegisterRow.Cell cell = row.cell(field);
		return Problem.of(code, row.sheet(), cell.reference(), cell.column(), cell.isBlank() ? null : cell.value().text(),
				message);
	}

}
