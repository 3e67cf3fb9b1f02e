package org.catchup.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Teams whose methods others should learn (SPEC §6c): at 105 % or more in each of M−2, M−1 and
 * M (a month without a row disqualifies), grouped by their main indicator in M, ranked by the
 * mean of the three fulfilments (highest first; ties by enterprise code, then team code), the
 * first {@value #PER_INDICATOR} of each. The means are compared as exact fractions, so equal
 * means tie exactly and no rounding reorders them.
 */
final class TeamsToLearnFrom {

	static final int PER_INDICATOR = 5;

	static final int MONTHS = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MODEL_LINE = BigDecimal.valueOf(105);

	private final TeamMonths teams;

	TeamsToLearnFrom(TeamMonths teams) {
		this.teams = teams;
	}

	/** Ordered by main indicator code, then rank. */
	List<TeamToLearnFrom> find(YearMonth month) {
		Best best = new Best();
		candidates(month).forEach(best::offer);
		return best.ranked();
	}

	/** Every team of the month at 105 % or more in each of the last three months. */
	List<Candidate> candidates(YearMonth month) {
		List<Candidate> candidates = new ArrayList<>();
		for (TeamMonth team : teams.in(month)) {
			List<Fulfilment> months = lastMonths(team.key(), month);
			if (months != null) {
				candidates.add(new Candidate(team, months, Mean.of(months)));
			}
		}
		return candidates;
	}

	/**
	 * The first {@value #PER_INDICATOR} candidates of each main indicator, offered in any order and
	 * in any number (for instance enterprise by enterprise), holding no more than those.
	 */
	static final class Best {

		private static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::mean, Mean.DESCENDING)
			.thenComparing(candidate -> candidate.team().key());

		private final Map<String, List<Candidate>> byIndicator = new TreeMap<>();

		void offer(Candidate candidate) {
			List<Candidate> best = byIndicator.computeIfAbsent(candidate.team().mainIndicator(),
					indicator -> new ArrayList<>());
			int at = 0;
			while (at < best.size() && ORDER.compare(best.get(at), candidate) < 0) {
				at++;
			}
			if (at < PER_INDICATOR) {
				best.add(at, candidate);
				if (best.size() > PER_INDICATOR) {
					best.remove(PER_INDICATOR);
				}
			}
		}

		/** Ordered by main indicator code, then rank. */
		List<TeamToLearnFrom> ranked() {
			List<TeamToLearnFrom> found = new ArrayList<>();
			byIndicator.forEach((indicator, best) -> {
				for (int i = 0; i < best.size(); i++) {
					Candidate candidate = best.get(i);
					TeamMonth team = candidate.team();
					found.add(new TeamToLearnFrom(indicator, i + 1, team.key().enterpriseCode(), team.key().teamCode(),
							team.teamName(), candidate.mean().percent(), candidate.months()));
				}
			});
			return found;
		}

	}

	/** The fulfilments of M−2, M−1, M when each is at 105 % or more; else null. */
	private List<Fulfilment> lastMonths(TeamKey key, YearMonth month) {
		List<Fulfilment> months = new ArrayList<>();
		for (int back = MONTHS - 1; back >= 0; back--) {
			TeamMonth team = teams.get(month.minusMonths(back), key);
			if (team == null || !team.fulfilment().isDefined()
					|| ExactPercent.compareTo(team.fulfilment(), MODEL_LINE) < 0) {
				return null;
			}
			months.add(team.fulfilment());
		}
		return List.copyOf(months);
	}

	record Candidate(TeamMonth team, List<Fulfilment> months, Mean mean) {
	}

	/**
	 * The mean of a1/p1, a2/p2, a3/p3 in percent as one fraction: 100 · Σ aᵢ·Πⱼ≠ᵢ pⱼ over
	 * n · Π pⱼ. Plan values are positive, so cross-multiplying keeps the order.
	 */
	record Mean(BigDecimal numerator, BigDecimal denominator) {

		static final Comparator<Mean> DESCENDING = (a, b) -> b.numerator.multiply(a.denominator)
			.compareTo(a.numerator.multiply(b.denominator));

		static Mean of(List<Fulfilment> fulfilments) {
			BigDecimal numerator = BigDecimal.ZERO;
			BigDecimal product = BigDecimal.ONE;
			for (Fulfilment fulfilment : fulfilments) {
				// (n/d) + (a/p) = (n·p + a·d) / (d·p)
				numerator = numerator.multiply(fulfilment.planValue()).add(fulfilment.actualValue().multiply(product));
				product = product.multiply(fulfilment.planValue());
			}
			return new Mean(numerator.multiply(HUNDRED), product.multiply(BigDecimal.valueOf(fulfilments.size())));
		}

		BigDecimal percent() {
			return numerator.divide(denominator, MathContext.DECIMAL128);
		}

	}

}
