package org.catchup.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Pioneers falling behind: ranked in the top third of their level in at least 3 of the
 * previous 6 months, and now below 100 % or fallen three months running
 * (f(m-3) &gt; f(m-2) &gt; f(m-1) &gt; f(m), all defined). Earlier months' rankings come from
 * the same facts, so a late resubmission changes history consistently.
 */
final class PioneerWatch {

	static final int LOOK_BACK = 6;

	static final int TOP_THIRD_MONTHS = 3;

	private final EnterpriseTree tree;

	private final EnterpriseFulfilments fulfilments;

	private final Function<YearMonth, EnterpriseRanking.Standing> standings;

	PioneerWatch(EnterpriseTree tree, EnterpriseFulfilments fulfilments,
			Function<YearMonth, EnterpriseRanking.Standing> standings) {
		this.tree = tree;
		this.fulfilments = fulfilments;
		this.standings = standings;
	}

	/** Ordered by level, then enterprise code. */
	List<PioneerFallingBehind> find(YearMonth month) {
		List<PioneerFallingBehind> pioneers = new ArrayList<>();
		List<Enterprise> enterprises = new ArrayList<>(tree.enterprises());
		enterprises.sort(Comparator.comparingInt((Enterprise e) -> tree.level(e.code())).thenComparing(Enterprise::code));
		for (Enterprise enterprise : enterprises) {
			int topThird = monthsInTopThird(enterprise.code(), month);
			if (topThird < TOP_THIRD_MONTHS) {
				continue;
			}
			Fulfilment now = fulfilments.month(enterprise.code(), month);
			List<Fulfilment> lastFour = lastFour(enterprise.code(), month);
			boolean fell = fellThreeMonthsRunning(lastFour);
			if (now.isBelowPlan() || fell) {
				pioneers.add(new PioneerFallingBehind(enterprise, now, topThird, LOOK_BACK, fell ? lastFour : List.of()));
			}
		}
		return pioneers;
	}

	int monthsInTopThird(String code, YearMonth month) {
		int count = 0;
		for (int back = 1; back <= LOOK_BACK; back++) {
			if (standings.apply(month.minusMonths(back)).isTopThird(code)) {
				count++;
			}
		}
		return count;
	}

	/** f(m-3), f(m-2), f(m-1), f(m), oldest first. */
	private List<Fulfilment> lastFour(String code, YearMonth month) {
		List<Fulfilment> four = new ArrayList<>();
		for (int back = 3; back >= 0; back--) {
			four.add(fulfilments.month(code, month.minusMonths(back)));
		}
		return four;
	}

	/** Strictly falling on exact percentages; any n/a month breaks it. */
	static boolean fellThreeMonthsRunning(List<Fulfilment> oldestFirst) {
		for (int i = 0; i < oldestFirst.size(); i++) {
			if (!oldestFirst.get(i).isDefined()) {
				return false;
			}
			if (i > 0 && ExactPercent.compare(oldestFirst.get(i), oldestFirst.get(i - 1)) >= 0) {
				return false;
			}
		}
		return true;
	}

}
