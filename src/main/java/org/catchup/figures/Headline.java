package org.catchup.figures;

/**
 * The cover figures: all submitting units together this month and year to date (actual
 * January..month against the annual plan), and counts a reader wants first. {@code assistanceUnderWay}
 * counts the registered pairs active this month, {@code caughtUp} those of them whose helped
 * team caught up.
 */
public record Headline(Fulfilment month, Fulfilment yearToDate, int enterprisesRanked, int enterprisesAtOrAbovePlan,
		int teamsNeedingHelp, int criticalTeams, int assistancePairs, int hiddenLaggards, int missingSubmissions,
		int assistanceUnderWay, int caughtUp) {
}
