package org.catchup.figures;

import java.time.YearMonth;
import java.util.List;

/** Every figure of SPEC §6 for one month: what both bulletins (PDF and Excel) show. */
public record MonthlyFigures(YearMonth month, Headline headline, List<RankingRow> ranking,
		List<FulfilmentSeries> fulfilmentOverYear, List<TeamNeedingHelp> teamsNeedingHelp,
		List<HiddenLaggard> hiddenLaggards, List<PioneerFallingBehind> pioneersFallingBehind,
		List<AssistancePair> assistancePairs, List<SubmissionStatusRow> submissions, List<DataWarning> dataWarnings,
		List<CatchUpOutlook> catchUpOutlook, List<AssistanceResult> assistanceResults,
		List<TeamToLearnFrom> teamsToLearnFrom) {
}
