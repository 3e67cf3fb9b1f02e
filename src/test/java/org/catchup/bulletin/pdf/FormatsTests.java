package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.catchup.figures.Fulfilment;
import org.catchup.i18n.TestTexts;
import org.junit.jupiter.api.Test;

class FormatsTests {

	private static final Formats ENGLISH = new Formats(TestTexts.english());

	private static final Formats GERMAN = new Formats(TestTexts.german());

	@Test
	void percentIsRoundedHalfUpToOneDecimal() {
		assertThat(ENGLISH.percent(SampleBulletin.f(1000, 86.25))).isEqualTo("86.3 %");
		assertThat(ENGLISH.percent(Fulfilment.NONE)).isEqualTo("n/a");
	}

	@Test
	void percentNeverRoundsUpToALine() {
		assertThat(ENGLISH.percent(SampleBulletin.f(1000, 99.96))).isEqualTo("99.96 %");
		assertThat(ENGLISH.percent(SampleBulletin.f(1000, 89.96))).isEqualTo("89.96 %");
		assertThat(ENGLISH.percent(SampleBulletin.f(1000, 104.96))).isEqualTo("104.96 %");
		assertThat(ENGLISH.percent(SampleBulletin.f(1000, 99.94))).isEqualTo("99.9 %");
	}

	@Test
	void pointsCarryASignAndRoundHalfUp() {
		assertThat(ENGLISH.points(new BigDecimal("0.05"))).isEqualTo("+0.1");
		assertThat(ENGLISH.points(new BigDecimal("-4.449"))).isEqualTo("-4.4");
		assertThat(ENGLISH.points(BigDecimal.ZERO)).isEqualTo("0.0");
		assertThat(ENGLISH.points(null)).isNull();
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
	void monthIsWrittenOutInTheBulletinsLanguage() {
		assertThat(ENGLISH.month(YearMonth.of(1959, 9))).isEqualTo("September 1959");
		assertThat(ENGLISH.month(YearMonth.of(1959, 7))).isEqualTo("July 1959");
		assertThat(GERMAN.month(YearMonth.of(1959, 7))).isEqualTo("Juli 1959");
		assertThat(GERMAN.month(YearMonth.of(1959, 3))).isEqualTo("März 1959");
	}

	@Test
	void germanNumbersHaveADecimalCommaAndTheSameRoundingRule() {
		assertThat(GERMAN.percent(SampleBulletin.f(1000, 81.9))).isEqualTo("81,9 %");
		assertThat(GERMAN.percent(SampleBulletin.f(1000, 99.96))).isEqualTo("99,96 %");
		assertThat(GERMAN.percent(SampleBulletin.f(1000, 1234.5))).isEqualTo("1234,5 %");
		assertThat(GERMAN.percent(Fulfilment.NONE)).isEqualTo("k. A.");
		assertThat(GERMAN.points(new BigDecimal("-4.449"))).isEqualTo("-4,4");
		assertThat(GERMAN.points(new BigDecimal("0.05"))).isEqualTo("+0,1");
	}

	@Test
	void aBandIsAKeyForTheStylesAndAWordForTheReader() {
		assertThat(ENGLISH.bandLabel("critical")).isEqualTo("critical");
		assertThat(GERMAN.bandLabel("critical")).isEqualTo("kritisch");
		assertThat(GERMAN.bandLabel("behind")).isEqualTo("unter Plan");
		assertThat(GERMAN.bandLabel(null)).isNull();
	}

}
