package org.catchup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRowIndexTest {

	@Test
	void remembersTheFirstRowOfEachKeyAcrossManyKeys() {
		FirstRowIndex index = new FirstRowIndex();
		for (int row = 1; row <= 200_000; row++) {
			assertThat(index.putIfAbsent("B" + row / 4, "I" + row % 4, row)).isZero();
		}
		for (int row = 1; row <= 200_000; row += 997) {
			assertThat(index.putIfAbsent("B" + row / 4, "I" + row % 4, 300_000)).isEqualTo(row);
		}
	}

	@Test
	void keysWithTheSameHashStayApart() {
		// "Aa" and "BB" hash alike in Java's polynomial, as the index's own hash does
		FirstRowIndex index = new FirstRowIndex();
		assertThat(index.putIfAbsent("Aa", "COAL", 5)).isZero();
		assertThat(index.putIfAbsent("BB", "COAL", 6)).isZero();
		assertThat(index.putIfAbsent("Aa", "COAL", 7)).isEqualTo(5);
		assertThat(index.putIfAbsent("BB", "COAL", 8)).isEqualTo(6);
		// the separator keeps team and indicator apart: B1 + ORE is not B + 1ORE
		assertThat(index.putIfAbsent("B1", "ORE", 9)).isZero();
		assertThat(index.putIfAbsent("B", "1ORE", 10)).isZero();
	}

}
