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
		Map<String, List<Candidate>> byIndicator = new TreeMap<>();
		for (TeamMonth team : teams.in(month)) {
			List<Fulfilment> months = lastMonths(team.key(), month);
			if (months != null) {
				byIndicator.computeIfAbsent(team.mainIndicator(), indicator -> new ArrayList<>())
					.add(new Candidate(team, months, Mean.of(months)));
			}
		}
		List<TeamToLearnFrom> found = new ArrayList<>();
		byIndicator.forEach((indicator, candidates) -> {
			candidates.sort(Comparator.comparing(Candidate::mean, Mean.DESCENDING)
				.thenComparing(candidate -> candidate.team().key()));
			for (int i = 0; i < Math.min(PER_INDICATOR, candidates.size()); i++) {
				Candidate candidate = candidates.get(i);
				TeamMonth team = candidate.team();
				found.add(new TeamToLearnFrom(indicator, i + 1, team.key().enterpriseCode(), team.key().teamCode(),
						team.teamName(), candidate.mean().percent(), candidate.months()));
			}
		});
		return found;
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

	private record Candidate(TeamMonth team, List<Fulfilment> months, Mean mean) {
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
