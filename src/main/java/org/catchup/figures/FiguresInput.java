package org.catchup.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the figures of one month are computed from.
 *
 * @param month the bulletin month
 * @param enterprises every enterprise of the reference data (all levels)
 * @param facts team × indicator × month values from January of the month's year minus
 * twelve months, through {@code month}, so that streaks and the previous six months are known
 * @param annualPlans annual plan values of every enterprise that has one (leaf units; a
 * combine's is the sum of the units below it)
 * @param submissions submission facts for {@code month}
 * @param warnings warnings of the month's loaded submissions
 * @param deadline the last on-time day for a submission of {@code month}
 * @param maxTeamsPerHelper how many teams one helper team may take (SPEC: 2)
 * @param registeredAssistance the assistance register: every agreed pair; those active in
 * {@code month} are reported (null or empty: none)
 * @param reachablePace the highest pace needed (percent of the average monthly share of the
 * annual plan) at which the annual plan still counts as reachable; null for SPEC's 120
 */
public record FiguresInput(YearMonth month, List<Enterprise> enterprises, List<TeamIndicatorMonth> facts,
		List<AnnualPlanValue> annualPlans, List<SubmissionFact> submissions, List<DataWarning> warnings,
		LocalDate deadline, int maxTeamsPerHelper, List<RegisteredAssistance> registeredAssistance,
		BigDecimal reachablePace) {

	/** SPEC §6a's limit of a reachable pace: 120 %. */
	public static final BigDecimal DEFAULT_REACHABLE_PACE = CatchUpOutlooks.DEFAULT_REACHABLE_PACE;

}
