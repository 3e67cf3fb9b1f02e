package org.catchup.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks the enterprises of each level by monthly fulfilment (exact percent), highest first.
 * Equal percentages share a rank and the next rank skips (1, 2, 2, 4); equal rows are listed
 * by code. An n/a fulfilment gets rank 0 and is listed after the ranked rows of its level.
 */
final class EnterpriseRanking {

	private final EnterpriseTree tree;

	EnterpriseRanking(EnterpriseTree tree) {
		this.tree = tree;
	}

	/** One enterprise's place in its level for one month. */
	record Place(Enterprise enterprise, int level, int rank, Fulfilment fulfilment) {
	}

	/** A month's ranking of every enterprise, ordered by level, then rank (n/a last), then code. */
	record Standing(List<Place> places, Map<String, Place> byCode, Map<Integer, Integer> rankedPerLevel) {

		Place of(String code) {
			return byCode.get(code);
		}

		/** Ranked and within the first ceil(n/3) ranks, n being the ranked enterprises of the level. */
		boolean isTopThird(String code) {
			Place place = of(code);
			if (place == null || place.rank() == 0) {
				return false;
			}
			int ranked = rankedPerLevel.getOrDefault(place.level(), 0);
			return place.rank() <= (ranked + 2) / 3;
		}

		/**
		 * The same standing as far as {@link #isTopThird} tells, holding only the top-third places
		 * and none of the fulfilments: what is kept of earlier months for the pioneers (seven
		 * whole standings of 5,000 enterprises held some 9 MB).
		 */
		Standing topThirds() {
			Map<String, Place> top = new TreeMap<>();
			byCode.forEach((code, place) -> {
				if (isTopThird(code)) {
					top.put(code, new Place(place.enterprise(), place.level(), place.rank(), Fulfilment.NONE));
				}
			});
			return new Standing(List.of(), top, rankedPerLevel);
		}

	}

	Standing rank(Map<String, Fulfilment> fulfilmentByCode) {
		Map<Integer, List<Enterprise>> byLevel = new TreeMap<>();
		for (Enterprise enterprise : tree.enterprises()) {
			byLevel.computeIfAbsent(tree.level(enterprise.code()), level -> new ArrayList<>()).add(enterprise);
		}
		List<Place> places = new ArrayList<>();
		Map<Integer, Integer> rankedPerLevel = new TreeMap<>();
		byLevel.forEach((level, enterprises) -> {
			List<Place> ranked = rankLevel(level, enterprises, fulfilmentByCode);
			rankedPerLevel.put(level, (int) ranked.stream().filter(place -> place.rank() > 0).count());
			places.addAll(ranked);
		});
		Map<String, Place> byCode = new TreeMap<>();
		places.forEach(place -> byCode.put(place.enterprise().code(), place));
		return new Standing(List.copyOf(places), byCode, Map.copyOf(rankedPerLevel));
	}

	private static List<Place> rankLevel(int level, List<Enterprise> enterprises, Map<String, Fulfilment> fulfilments) {
		List<Place> defined = new ArrayList<>();
		List<Place> undefined = new ArrayList<>();
		for (Enterprise enterprise : enterprises) {
			Fulfilment fulfilment = fulfilments.getOrDefault(enterprise.code(), Fulfilment.NONE);
			(fulfilment.isDefined() ? defined : undefined).add(new Place(enterprise, level, 0, fulfilment));
		}
		defined.sort(Comparator.comparing(Place::fulfilment, ExactPercent.ASCENDING.reversed())
			.thenComparing(place -> place.enterprise().code()));
		undefined.sort(Comparator.comparing(place -> place.enterprise().code()));
		List<Place> result = new ArrayList<>();
		Fulfilment previous = null;
		int rank = 0;
		for (int i = 0; i < defined.size(); i++) {
			Place place = defined.get(i);
			if (previous == null || ExactPercent.compare(place.fulfilment(), previous) != 0) {
				rank = i + 1;
				previous = place.fulfilment();
			}
			result.add(new Place(place.enterprise(), level, rank, place.fulfilment()));
		}
		result.addAll(undefined);
		return result;
	}

}
