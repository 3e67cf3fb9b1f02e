package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.catchup.figures.Fulfilment;
import org.junit.jupiter.api.Test;

class FormatsTests {

	@Test
	void percentIsRoundedHalfUpToOneDecimal() {
		assertThat(Formats.percent(SampleBulletin.f(1000, 86.25))).isEqualTo("86.3 %");
		assertThat(Formats.percent(Fulfilment.NONE)).isEqualTo("n/a");
	}

	@Test
	void percentNeverRoundsUpToALine() {
		assertThat(Formats.percent(SampleBulletin.f(1000, 99.96))).isEqualTo("99.96 %");
		assertThat(Formats.percent(SampleBulletin.f(1000, 89.96))).isEqualTo("89.96 %");
		assertThat(Formats.percent(SampleBulletin.f(1000, 104.96))).isEqualTo("104.96 %");
		assertThat(Formats.percent(SampleBulletin.f(1000, 99.94))).isEqualTo("99.9 %");
	}

	@Test
	void pointsCarryASignAndRoundHalfUp() {
		assertThat(Formats.points(new BigDecimal("0.05"))).isEqualTo("+0.1");
		assertThat(Formats.points(new BigDecimal("-4.449"))).isEqualTo("-4.4");
		assertThat(Formats.points(BigDecimal.ZERO)).isEqualTo("0.0");
		assertThat(Formats.points(null)).isNull();
	}

	@Test
	void bandFollowsTheExactPercentage() {
		assertThat(Formats.band(SampleBulletin.f(1000, 89.99))).isEqualTo("critical");
		assertThat(Formats.band(SampleBulletin.f(1000, 90))).isEqualTo("behind");
		// one decimal would show 100.0 %, yet it is below plan
		assertThat(Formats.band(SampleBulletin.f(1000, 99.96))).isEqualTo("behind");
		assertThat(Formats.band(SampleBulletin.f(1000, 100))).isNull();
		assertThat(Formats.band(Fulfilment.NONE)).isNull();
	}

	@Test
	void monthIsWrittenOutInEnglish() {
		assertThat(Formats.month(YearMonth.of(1959, 9))).isEqualTo("September 1959");
	}

}
