package org.catchup.assistance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.catchup.figures.MonthText;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.validation.ProblemCode;

/**
 * What makes a pair unfit for the register (SPEC §9), whoever sends it (the workbook, the web
 * page, the API): an unknown enterprise or team (a team must have appeared in a loaded
 * submission of its enterprise), a team helping itself, {@code To} before {@code From}, a note
 * too long to keep. Plain Java; each violation names the field it is about.
 */
public final class PairRules {

	public static final int MAX_NOTE = 1000;

	/** The fields of a pair, as the register workbook heads its columns. */
	public enum Field {

		HELPER_ENTERPRISE("Helper enterprise"), HELPER_TEAM("Helper team"), HELPED_ENTERPRISE("Helped enterprise"),
		HELPED_TEAM("Helped team"), FROM("From"), TO("To"), NOTE("Note");

		private final String label;

		Field(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public record Violation(Field field, ProblemCode code, String message) {
	}

	/** Both codes of a team; teams are only unique within their enterprise. */
	public record TeamRef(String enterprise, String team) {
	}

	/** A pair as sent: any value may be missing (null), which is itself a violation where required. */
	public record Candidate(String helperEnterprise, String helperTeam, String helpedEnterprise, String helpedTeam,
			YearMonth from, YearMonth to, String note) {

		/** The pair, once {@link PairRules#check} found nothing wrong. */
		public RegisteredAssistance toAssistance() {
			return new RegisteredAssistance(helperEnterprise, helperTeam, helpedEnterprise, helpedTeam, from, to, note);
		}

	}

	private final Set<String> enterprises;

	private final Set<TeamRef> teams;

	/**
	 * @param enterprises every enterprise code of the reference data
	 * @param teams every team that appeared in a loaded submission of its enterprise
	 */
	public PairRules(Set<String> enterprises, Set<TeamRef> teams) {
		this.enterprises = enterprises;
		this.teams = teams;
	}

	/**
	 * Every violation of {@code pair}. Fields listed in {@code unreadable} were present but could
	 * not be read (a malformed month): they are neither missing nor checked further.
	 */
	public List<Violation> check(Candidate pair, Set<Field> unreadable) {
		List<Violation> found = new ArrayList<>();
		boolean helperKnown = team(pair.helperEnterprise(), pair.helperTeam(), Field.HELPER_ENTERPRISE,
				Field.HELPER_TEAM, found);
		boolean helpedKnown = team(pair.helpedEnterprise(), pair.helpedTeam(), Field.HELPED_ENTERPRISE,
				Field.HELPED_TEAM, found);
		if (helperKnown && helpedKnown && pair.helperEnterprise().equals(pair.helpedEnterprise())
				&& pair.helperTeam().equals(pair.helpedTeam())) {
			found.add(new Violation(Field.HELPER_TEAM, ProblemCode.HELPER_IS_HELPED,
					"Team " + pair.helperTeam() + " of " + pair.helperEnterprise() + " cannot help itself."));
		}
		if (pair.from() == null && !unreadable.contains(Field.FROM)) {
			found.add(new Violation(Field.FROM, ProblemCode.MISSING_PERIOD,
					"From is empty; give the first month of the help as YYYY-MM."));
		}
		if (pair.from() != null && pair.to() != null && pair.to().isBefore(pair.from())) {
			found.add(new Violation(Field.TO, ProblemCode.TO_BEFORE_FROM,
					"To " + pair.to() + " is before From " + pair.from() + "."));
		}
		if (pair.note() != null && pair.note().length() > MAX_NOTE) {
			found.add(new Violation(Field.NOTE, ProblemCode.TEXT_TOO_LONG, "The note has " + pair.note().length()
					+ " characters; the register keeps at most " + MAX_NOTE + "."));
		}
		return found;
	}

	/** True when both codes are given and name a known team. */
	private boolean team(String enterprise, String team, Field enterpriseField, Field teamField,
			List<Violation> found) {
		boolean enterpriseKnown = false;
		if (blank(enterprise)) {
			found.add(new Violation(enterpriseField, ProblemCode.MISSING_ENTERPRISE,
					enterpriseField.label() + " is empty; give an enterprise code."));
		}
		else if (!enterprises.contains(enterprise)) {
			found.add(new Violation(enterpriseField, ProblemCode.UNKNOWN_ENTERPRISE,
					"'" + enterprise + "' is not an enterprise of the reference data."));
		}
		else {
			enterpriseKnown = true;
		}
		if (blank(team)) {
			found.add(new Violation(teamField, ProblemCode.EMPTY_TEAM_CODE,
					teamField.label() + " is empty; give a team code."));
			return false;
		}
		if (!enterpriseKnown) {
			return false;
		}
		if (!teams.contains(new TeamRef(enterprise, team))) {
			found.add(new Violation(teamField, ProblemCode.UNKNOWN_TEAM,
					"Team '" + team + "' has not appeared in any loaded submission of " + enterprise + "."));
			return false;
		}
		return true;
	}

	/**
	 * A month a person typed ({@code 1959-10}), for the web and the API.
	 * @throws InvalidPairException naming {@code field} when it is no such month
	 */
	public static YearMonth month(String text, Field field) {
		try {
			return MonthText.parse(text);
		}
		catch (MonthText.Refused refused) {
			throw InvalidPairException.of(field, ProblemCode.MALFORMED_PERIOD,
					"'" + text + "' is not a month like 1959-10.");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
