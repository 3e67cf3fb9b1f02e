package org.catchup.assistance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.catchup.spreadsheet.CellKind;
import org.catchup.submission.Problem;
import org.catchup.submission.ProblemCode;

/**
 * The register workbook's rules (SPEC §9), plain Java: every problem of every row in one pass,
 * each at its cell. Rows without a problem become {@link AgreedAssistance} entries; the caller
 * stores them only when there is no problem at all.
 */
final class RegisterRules {

	static final int MAX_NOTE = 1000;

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	/** Both codes of a team; teams are only unique within their enterprise. */
	record TeamRef(String enterprise, String team) {
	}

	/** The entries of rows that passed, and every problem found. */
	record Outcome(List<AgreedAssistance> entries, List<Problem> problems) {
	}

	private final Set<String> enterprises;

	private final Set<TeamRef> teams;

	/**
	 * @param enterprises every enterprise code of the reference data
	 * @param teams every team that appeared in a loaded submission of its enterprise
	 */
	RegisterRules(Set<String> enterprises, Set<TeamRef> teams) {
		this.enterprises = enterprises;
		this.teams = teams;
	}

	Outcome check(List<RegisterRow> rows) {
		List<AgreedAssistance> entries = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<AgreedAssistance.Key, Integer> firstRow = new HashMap<>();
		for (RegisterRow row : rows) {
			int before = problems.size();
			Problems found = new Problems(row.sheet(), problems);
			String helperEnterprise = enterprise(row.helperEnterprise(), found);
			String helperTeam = team(helperEnterprise, row.helperTeam(), found);
			String helpedEnterprise = enterprise(row.helpedEnterprise(), found);
			String helpedTeam = team(helpedEnterprise, row.helpedTeam(), found);
			YearMonth from = month(row.from(), true, found);
			YearMonth to = month(row.to(), false, found);
			String note = row.note().text();
			if (note != null && note.length() > MAX_NOTE) {
				found.add(ProblemCode.TEXT_TOO_LONG, row.note(),
						"The note has " + note.length() + " characters; the register keeps at most " + MAX_NOTE + ".");
			}
			if (helperTeam != null && helpedTeam != null && helperEnterprise.equals(helpedEnterprise)
					&& helperTeam.equals(helpedTeam)) {
				found.add(ProblemCode.HELPER_IS_HELPED, row.helperTeam(),
						"Team " + helperTeam + " of " + helperEnterprise + " cannot help itself.");
			}
			if (from != null && to != null && to.isBefore(from)) {
				found.add(ProblemCode.TO_BEFORE_FROM, row.to(), "To " + to + " is before From " + from + ".");
			}
			if (problems.size() > before || helperTeam == null || helpedTeam == null || from == null) {
				continue;
			}
			AgreedAssistance entry = new AgreedAssistance(helpedEnterprise, helpedTeam, helperEnterprise, helperTeam,
					from, to, note);
			Integer earlier = firstRow.putIfAbsent(entry.key(), row.rowIndex() + 1);
			if (earlier != null) {
				found.add(ProblemCode.DUPLICATE_ASSISTANCE, row.from(), "Row " + earlier
						+ " already registers this pair from " + from + "; each pair and start month once.");
				continue;
			}
			entries.add(entry);
		}
		return new Outcome(entries, problems);
	}

	private String enterprise(RegisterRow.Cell cell, Problems found) {
		String code = cell.text();
		if (code == null) {
			found.add(ProblemCode.MISSING_ENTERPRISE, cell, cell.column() + " is empty; give an enterprise code.");
			return null;
		}
		if (!enterprises.contains(code)) {
			found.add(ProblemCode.UNKNOWN_ENTERPRISE, cell,
					"'" + code + "' is not an enterprise of the reference data.");
			return null;
		}
		return code;
	}

	private String team(String enterprise, RegisterRow.Cell cell, Problems found) {
		String code = cell.text();
		if (code == null) {
			found.add(ProblemCode.EMPTY_TEAM_CODE, cell, cell.column() + " is empty; give a team code.");
			return null;
		}
		if (enterprise == null) {
			return null;
		}
		if (!teams.contains(new TeamRef(enterprise, code))) {
			found.add(ProblemCode.UNKNOWN_TEAM, cell,
					"Team '" + code + "' has not appeared in any loaded submission of " + enterprise + ".");
			return null;
		}
		return code;
	}

	private static YearMonth month(RegisterRow.Cell cell, boolean required, Problems found) {
		if (cell.isBlank()) {
			if (required) {
				found.add(ProblemCode.MISSING_PERIOD, cell, cell.column() + " is empty; give a month as YYYY-MM.");
			}
			return null;
		}
		YearMonth month = parseMonth(cell);
		if (month == null) {
			found.add(ProblemCode.MALFORMED_PERIOD, cell,
					"'" + cell.text() + "' is not a month; write it as YYYY-MM (1959-10) or enter a date.");
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

	/** Adds problems of one row, each at its cell. */
	private record Problems(String sheet, List<Problem> all) {

		void add(ProblemCode code, RegisterRow.Cell cell, String message) {
			all.add(Problem.of(code, sheet, cell.reference(), cell.column(),
					cell.isBlank() ? null : cell.value().text(), message));
		}

	}

}
