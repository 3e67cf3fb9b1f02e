package org.catchup.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.Outlook;
import org.catchup.figures.PioneerFallingBehind;
import org.junit.jupiter.api.Test;

/** One place formats for a reader: the rounding rule decides the decimals, the language the separator and the words. */
class TextsTest {

	private static final Texts ENGLISH = TestTexts.english();

	private static final Texts GERMAN = TestTexts.german();

	@Test
	void aPercentageHasTheRulesDecimalsAndTheLanguagesSeparator() {
		assertThat(ENGLISH.percent(new BigDecimal("81.9"))).isEqualTo("81.9 %");
		assertThat(GERMAN.percent(new BigDecimal("81.9"))).isEqualTo("81,9 %");
		// 99.96 would round onto the plan line: two decimals in both languages
		assertThat(ENGLISH.percent(new BigDecimal("99.96"))).isEqualTo("99.96 %");
		assertThat(GERMAN.percent(new BigDecimal("99.96"))).isEqualTo("99,96 %");
		assertThat(GERMAN.percent(new BigDecimal("104.996"))).isEqualTo("104,996 %");
		assertThat(ENGLISH.percent((BigDecimal) null)).isEqualTo("n/a");
		assertThat(GERMAN.percent((BigDecimal) null)).isEqualTo("k. A.");
		assertThat(GERMAN.percentNumber(new BigDecimal("81.94"))).isEqualTo("81,9");
	}

	@Test
	void pointsAndMonthsFollowTheLanguage() {
		assertThat(ENGLISH.points(new BigDecimal("-1.25"))).isEqualTo("-1.3");
		assertThat(GERMAN.points(new BigDecimal("2"))).isEqualTo("+2,0");
		assertThat(ENGLISH.month(YearMonth.of(1959, 7))).isEqualTo("July 1959");
		assertThat(GERMAN.month(YearMonth.of(1959, 7))).isEqualTo("Juli 1959");
		assertThat(ENGLISH.shortMonth(YearMonth.of(1959, 9))).isEqualTo("Sep");
	}

	@Test
	void aLanguageWithoutBundleGetsEnglishWordsNeverTheServersOwn() {
		Texts french = Texts.of(MessagesConfiguration.bundles(), Locale.FRENCH);
		assertThat(french.outlook(Outlook.OUT_OF_REACH)).isEqualTo("out of reach");
	}

	@Test
	void theFiguresAreWordedInEachLanguage() {
		assertThat(ENGLISH.outlook(Outlook.OUT_OF_REACH)).isEqualTo("out of reach");
		assertThat(GERMAN.outlook(Outlook.OUT_OF_REACH)).isEqualTo("unerreichbar");
		assertThat(GERMAN.outlook(null)).isEqualTo("k. A.");
		Enterprise mine = new Enterprise("TS", "Thälmann-Schacht", EnterpriseKind.MINE, null);
		PioneerFallingBehind both = new PioneerFallingBehind(mine, percent(96.3), 4, 6,
				List.of(percent(112), percent(108.4), percent(104.1), percent(96.3)));
		assertThat(ENGLISH.pioneerReason(both)).isEqualTo(
				"Top third in 4 of the last 6 months; now 96.3 %; fell three months running: 112.0 % → 108.4 % → 104.1 % → 96.3 %");
		assertThat(GERMAN.pioneerReason(both)).isEqualTo("Im oberen Drittel in 4 der letzten 6 Monate; jetzt 96,3 %;"
				+ " drei Monate in Folge gesunken: 112,0 % → 108,4 % → 104,1 % → 96,3 %");
		PioneerFallingBehind fell = new PioneerFallingBehind(mine, percent(101.2), 4, 6,
				List.of(percent(112), percent(108.4), percent(104.1), percent(101.2)));
		assertThat(ENGLISH.pioneerReason(fell)).startsWith("Fell three months running: 112.0 %");
	}

	@Test
	void aProblemSaysTheRulesSentenceInEnglishAndIsWordedByItsCodeInGerman() {
		String rule = "Indicator 'KUPFR' is not in the reference list of indicators.";
		assertThat(ENGLISH.problem("UNKNOWN_INDICATOR", "Report!D9", "Kennziffer", "KUPFR", rule)).isEqualTo(rule);
		assertThat(GERMAN.problem("UNKNOWN_INDICATOR", "Report!D9", "Kennziffer", "KUPFR", rule))
			.isEqualTo("Die Kennziffer „KUPFR“ steht nicht in der Referenzliste der Kennziffern.");
		assertThat(GERMAN.problem("UNKNOWN_INDICATOR", "Report!D9", "Kennziffer", null, "Indicator is empty: …"))
			.startsWith("Die Kennziffer ist leer");
		assertThat(GERMAN.problem("NOT_A_NUMBER", "Report!F12", "Ist", "zwölf", "Actual 'zwölf' is not a number."))
			.isEqualTo("Ist „zwölf“ ist keine Zahl.");
		assertThat(GERMAN.problem("MISSING_COLUMN", "Report!A8", null, "plan, actual", "The header row 8 lacks…"))
			.isEqualTo("Der Kopfzeile in Report!A8 fehlen Pflichtspalten: plan, actual.");
		// a code the bundles do not know yet keeps the rule's sentence
		assertThat(GERMAN.problem("SOME_NEW_RULE", "", null, null, "A new rule says so.")).isEqualTo("A new rule says so.");
	}

	private static Fulfilment percent(double percent) {
		return new Fulfilment(BigDecimal.valueOf(1000), BigDecimal.valueOf(percent * 10));
	}

}
