package org.catchup.figures;

/**
 * One team's figures for one month, summed over its indicator rows. {@code mainIndicator} is
 * the indicator with the largest plan value (ties: smallest code); it decides who can help whom.
 */
record TeamMonth(TeamKey key, String teamName, String section, String mainIndicator, Fulfilment fulfilment) {
}
