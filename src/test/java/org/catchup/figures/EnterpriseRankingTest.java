package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.fulfilment;
import static org.catchup.figures.Fixtures.mine;
import static org.catchup.figures.Fixtures.combine;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EnterpriseRankingTest {

	private final EnterpriseTree tree = new EnterpriseTree(
			List.of(mine("D"), mine("C"), mine("B"), mine("A"), mine("E"), mine("Z")));

	@Test
	void equalFulfilmentsShareARankAndTheNextRankSkips() {
		// A 110 %, B and C both 105 % (exactly: 21/20 and 105/100), D 100 %
		EnterpriseRanking.Standing standing = new EnterpriseRanking(tree).rank(Map.of("A", fulfilment("100", "110"),
				"C", fulfilment("20", "21"), "B", fulfilment("100", "105"), "D", fulfilment("100", "100")));

		assertThat(standing.places()).extracting(place -> place.enterprise().code() + ":" + place.rank())
			.startsWith("A:1", "B:2", "C:2", "D:4");
	}

	@Test
	void repeatingFractionsThatAreEqualTieExactly() {
		// A 1/3 and B 2/6 are the same 33.3…%; C (1 + 10^-40)/3 is above them only beyond the
		// 34 digits of Fulfilment.percent(), which shows all three as equal
		Fulfilment c = fulfilment("3", "1.0000000000000000000000000000000000000001");
		assertThat(c.percent()).isEqualByComparingTo(fulfilment("3", "1").percent());
		EnterpriseRanking.Standing standing = new EnterpriseRanking(tree)
			.rank(Map.of("A", fulfilment("3", "1"), "B", fulfilment("6", "2"), "C", c));

		assertThat(standing.places()).extracting(place -> place.enterprise().code() + ":" + place.rank())
			.startsWith("C:1", "A:2", "B:2");
	}

	@Test
	void zeroPlanAndNoDataAreNotRankedAndComeLastByCode() {
		// E has plan 0 with actual 5 (n/a); Z and B..D have no data at all
		EnterpriseRanking.Standing standing = new EnterpriseRanking(tree)
			.rank(Map.of("A", fulfilment("100", "90"), "E", fulfilment("0", "5")));

		assertThat(standing.places()).extracting(place -> place.enterprise().code() + ":" + place.rank())
			.containsExactly("A:1", "B:0", "C:0", "D:0", "E:0", "Z:0");
		assertThat(standing.rankedPerLevel()).containsEntry(0, 1);
	}

	@Test
	void eachLevelIsRankedOnItsOwn() {
		EnterpriseTree twoLevels = new EnterpriseTree(
				List.of(combine("K", null), mine("M1", "K"), mine("M2", "K"), mine("X")));

		EnterpriseRanking.Standing standing = new EnterpriseRanking(twoLevels).rank(Map.of("K",
				fulfilment("200", "190"), "X", fulfilment("100", "120"), "M1", fulfilment("100", "80"), "M2",
				fulfilment("100", "110")));

		assertThat(standing.places()).extracting(place -> place.level() + "/" + place.enterprise().code() + ":" + place.rank())
			.containsExactly("0/X:1", "0/K:2", "1/M2:1", "1/M1:2");
	}

	@Test
	void topThirdIsTheFirstCeilingOfAThirdOfTheRankedRanks() {
		// 4 ranked → ceil(4/3) = 2: ranks 1 and 2 (with the tie) are top third, rank 4 is not
		EnterpriseRanking.Standing standing = new EnterpriseRanking(tree).rank(Map.of("A", fulfilment("100", "110"),
				"B", fulfilment("100", "105"), "C", fulfilment("100", "105"), "D", fulfilment("100", "100")));

		assertThat(standing.isTopThird("A")).isTrue();
		assertThat(standing.isTopThird("B")).isTrue();
		assertThat(standing.isTopThird("C")).isTrue();
		assertThat(standing.isTopThird("D")).isFalse();
		assertThat(standing.isTopThird("E")).isFalse();
	}

}
