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

	/**
	 * Whether anything was loaded for the month. Without it nothing can be ranked or judged:
	 * an empty list of teams needing help would only mean that no team reported.
	 */
	public boolean hasData() {
		Fulfilment month = headline.month();
		return month.planValue().signum() != 0 || month.actualValue().signum() != 0
				|| submissions.stream().anyMatch(SubmissionStatusRow::isLoaded);
	}

	/**
	 * The submitting enterprises whose figures the month lacks: nothing came (MISSING), or only
	 * a rejected workbook (REJECTED). Ordered by enterprise code.
	 */
	public List<SubmissionStatusRow> missingSubmissions() {
		return submissions.stream().filter(row -> !row.isLoaded()).toList();
	}

	/**
	 * A month with data but without every submission: its ranking and totals count only the
	 * enterprises that reported, so they may still change.
	 */
	public boolean isPreliminary() {
		return hasData() && !missingSubmissions().isEmpty();
	}

}
