package org.catchup.figures;

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
 */
public record FiguresInput(YearMonth month, List<Enterprise> enterprises, List<TeamIndicatorMonth> facts,
		List<AnnualPlanValue> annualPlans, List<SubmissionFact> submissions, List<DataWarning> warnings,
		LocalDate deadline, int maxTeamsPerHelper) {
}
