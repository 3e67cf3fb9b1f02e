package org.catchup.figures;

import java.util.List;

/**
 * A leading enterprise that is slipping (SPEC §6): it stood in the top third of its level in
 * {@code monthsInTopThird} of the last {@code monthsLookedAt} months and is now below plan, or
 * its fulfilment fell three months running. The reason is put into words by the renderers.
 *
 * @param fell the four months of a fall three months running, oldest first; empty when it did not fall so
 */
public record PioneerFallingBehind(Enterprise enterprise, Fulfilment month, int monthsInTopThird, int monthsLookedAt,
		List<Fulfilment> fell) {

	public PioneerFallingBehind {
		fell = List.copyOf(fell);
	}

	/** A former leader now below plan: one reason. */
	public boolean nowBelowPlan() {
		return month.isBelowPlan();
	}

	/** Fulfilment fell three months running: the other reason. */
	public boolean fellThreeMonthsRunning() {
		return !fell.isEmpty();
	}

}
