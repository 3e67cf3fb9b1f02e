package org.catchup.figures;

import java.util.List;

/**
 * One enterprise's part of the team-level figures (see {@link TeamFigures#add}).
 *
 * @param teamsNeedingHelp its teams below plan, by fulfilment then team code, helpers not yet
 * filled in (see {@link OfferedHelp#withHelpers}); with the enterprise's total they tell whether it
 * is a hidden laggard ({@link EnterpriseFigures#hiddenLaggard})
 * @param teams every team with a row in the month, by team code
 */
public record TeamSlice(String enterpriseCode, List<TeamNeedingHelp> teamsNeedingHelp, List<TeamInMonth> teams) {
}
