package org.catchup.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.figures.Fixtures.fulfilment;
import static org.catchup.figures.Fixtures.pct;

import org.junit.jupiter.api.Test;

class ShownPercentTest {

	@Test
	void aValueJustBelowALineIsShownWithTwoDecimalsInsteadOfReachingIt() {
		assertThat(ShownPercent.text(pct("89.96"))).isEqualTo("89.96 %");
		assertThat(ShownPercent.text(pct("99.96"))).isEqualTo("99.96 %");
		assertThat(ShownPercent.text(pct("104.96"))).isEqualTo("104.96 %");
		assertThat(ShownPercent.decimals(pct("99.96"))).isEqualTo(2);
		// 99.95 rounds half up to 100.0 too
		assertThat(ShownPercent.of(pct("99.95"))).isEqualByComparingTo("99.95");
	}

	@Test
	void everyOtherValueKeepsOneDecimalRoundedHalfUp() {
		assertThat(ShownPercent.text(pct("99.94"))).isEqualTo("99.9 %");
		assertThat(ShownPercent.text(pct("100.0"))).isEqualTo("100.0 %");
		assertThat(ShownPercent.text(pct("100"))).isEqualTo("100.0 %");
		// above a line, rounding down to it says nothing false
		assertThat(ShownPercent.text(pct("100.04"))).isEqualTo("100.0 %");
		assertThat(ShownPercent.text(pct("89.94"))).isEqualTo("89.9 %");
		assertThat(ShownPercent.text(pct("104.95"))).isEqualTo("104.95 %");
		assertThat(ShownPercent.text(pct("110.96"))).isEqualTo("111.0 %");
		assertThat(ShownPercent.decimals(pct("81.95"))).isEqualTo(1);
		assertThat(ShownPercent.text(null)).isEqualTo("n/a");
	}

	@Test
	void moreDecimalsOnlyWhenTwoWouldStillReachTheLine() {
		assertThat(ShownPercent.text(pct("99.996"))).isEqualTo("99.996 %");
		assertThat(ShownPercent.decimals(pct("99.996"))).isEqualTo(3);
		assertThat(ShownPercent.text(pct("99.9949"))).isEqualTo("99.99 %");
	}

	@Test
	void aFulfilmentIsShownByTheSameRule() {
		// 9996 / 10000 = 99.96 %: below plan, so it must not read 100.0 %
		Fulfilment justBelow = fulfilment("10000", "9996");
		assertThat(justBelow.shown()).isEqualTo("99.96 %");
		assertThat(justBelow.shownPercent()).isEqualByComparingTo("99.96");
		assertThat(justBelow.shownDecimals()).isEqualTo(2);
		// 2 / 3 = 66.666… %
		assertThat(fulfilment("3", "2").shown()).isEqualTo("66.7 %");
		assertThat(fulfilment("3", "2").shownDecimals()).isEqualTo(1);
		assertThat(fulfilment("0", "5").shown()).isEqualTo("n/a");
	}

}
