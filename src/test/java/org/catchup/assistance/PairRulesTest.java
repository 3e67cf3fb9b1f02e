package org.catchup.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.catchup.assistance.PairRules.Candidate;
import org.catchup.assistance.PairRules.Field;
import org.catchup.assistance.PairRules.TeamRef;
import org.catchup.assistance.PairRules.Violation;
import org.catchup.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class PairRulesTest {

	private final PairRules rules = new PairRules(Set.of("OBS", "FORT", "THAE"),
			Set.of(new TeamRef("OBS", "B1"), new TeamRef("FORT", "H1"), new TeamRef("THAE", "B1")));

	private static final YearMonth AUGUST = YearMonth.of(1959, 8);

	@Test
	void aPairOfKnownTeamsOfAnyEnterprisesPasses() {
		assertThat(check(new Candidate("FORT", "H1", "OBS", "B1", AUGUST, null, "Flitzer"))).isEmpty();
		assertThat(check(new Candidate("THAE", "B1", "OBS", "B1", AUGUST, AUGUST, null)))
			.as("the same team code in another enterprise is another team")
			.isEmpty();
	}

	@Test
	void aTeamIsKnownOnlyInTheEnterpriseWhoseSubmissionsNamedIt() {
		assertThat(check(new Candidate("OBS", "H1", "OBS", "B1", AUGUST, null, null))).extracting(Violation::field,
				Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Field.HELPER_TEAM, ProblemCode.UNKNOWN_TEAM));
	}

	@Test
	void everyFieldIsCheckedInOnePass() {
		List<Violation> violations = check(new Candidate("XXX", "", "OBS", "B1", null, null, "x".repeat(1001)));

		assertThat(violations).extracting(Violation::code)
			.containsExactly(ProblemCode.UNKNOWN_ENTERPRISE, ProblemCode.EMPTY_TEAM_CODE, ProblemCode.MISSING_PERIOD,
					ProblemCode.TEXT_TOO_LONG);
	}

	@Test
	void aTeamCannotHelpItselfAndToCannotPrecedeFrom() {
		assertThat(check(new Candidate("OBS", "B1", "OBS", "B1", AUGUST, AUGUST.minusMonths(1), null)))
			.extracting(Violation::code)
			.containsExactly(ProblemCode.HELPER_IS_HELPED, ProblemCode.TO_BEFORE_FROM);
	}

	@Test
	void anUnreadableFromIsNotAlsoReportedMissing() {
		assertThat(rules.check(new Candidate("FORT", "H1", "OBS", "B1", null, null, null), EnumSet.of(Field.FROM)))
			.isEmpty();
	}

	private List<Violation> check(Candidate candidate) {
		return rules.check(candidate, EnumSet.noneOf(Field.class));
	}

}
