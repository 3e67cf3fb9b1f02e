package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.catchup.bulletin.pdf.SampleBulletin;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.SubmissionStatus;
import org.catchup.figures.SubmissionStatusRow;
import org.catchup.i18n.TestTexts;
import org.catchup.i18n.Texts;
import org.junit.jupiter.api.Test;

class MonthNoticeTest {

	private static final Texts ENGLISH = TestTexts.english();

	@Test
	void aPartialMonthIsPreliminaryAndNamesWhoIsMissing() {
		MonthlyFigures october = OctoberSoFar.onlyObsReported();
		assertThat(october.hasData()).isTrue();
		assertThat(october.isPreliminary()).isTrue();
		assertThat(october.missingSubmissions()).extracting(row -> row.enterprise().code())
			.containsExactly("ABH", "FORT", "KLH", "NRB", "THAE");
		assertThat(MonthNotice.of(october, ENGLISH)).startsWith("Preliminary: 5 of 6 submissions are missing for October 1959 (ABH ");
		assertThat(MonthNotice.rankingTitle(october, ENGLISH)).isEqualTo("Ranking (preliminary)");
		assertThat(BulletinTasklet.topOfRanking(october))
			.isEqualTo("preliminary, 5 of 6 submissions missing: 1. Bergbaubetrieb Mansfeld 100.9 % | 1. Otto-Brosowski-Schacht 100.9 %");
	}

	@Test
	void aMonthWithoutDataIsNotPreliminaryButEmpty() {
		MonthlyFigures october = OctoberSoFar.nobodyReported();
		assertThat(october.hasData()).isFalse();
		assertThat(october.isPreliminary()).isFalse();
		assertThat(MonthNotice.of(october, ENGLISH)).isEqualTo("No data for October 1959: none of the 6 submissions has been"
				+ " loaded, so nothing is ranked and no team is judged.");
		assertThat(MonthNotice.rankingTitle(october, ENGLISH)).isEqualTo("Ranking");
		assertThat(BulletinTasklet.topOfRanking(october)).isEqualTo("nothing ranked: no data for 1959-10");
	}

	@Test
	void aRejectedWorkbookLeavesAGapTooAndTheListStaysShort() {
		MonthlyFigures october = OctoberSoFar.onlyObsReported();
		List<SubmissionStatusRow> many = new ArrayList<>(october.submissions());
		many.set(0, new SubmissionStatusRow(many.get(0).enterprise(), SubmissionStatus.REJECTED, null, null));
		for (int i = 0; i < 20; i++) {
			many.add(new SubmissionStatusRow(new Enterprise("W" + i, "Werk " + i, EnterpriseKind.WORKSHOP, null),
					SubmissionStatus.MISSING, null, null));
		}
		MonthlyFigures gaps = new MonthlyFigures(october.month(), october.headline(), october.ranking(),
				october.fulfilmentOverYear(), october.teamsNeedingHelp(), october.hiddenLaggards(),
				october.pioneersFallingBehind(), october.assistancePairs(), many, october.dataWarnings(),
				october.catchUpOutlook(), october.assistanceResults(), october.teamsToLearnFrom());
		assertThat(MonthNotice.of(gaps, ENGLISH)).startsWith("Preliminary: 25 of 26 submissions are missing")
			.contains("ABH August-Bebel-Hütte (rejected)")
			.contains("and 15 more (see Submissions)");
	}

	@Test
	void theNoticeIsWordedInTheReadersLanguage() {
		MonthlyFigures october = OctoberSoFar.onlyObsReported();
		assertThat(MonthNotice.of(october, TestTexts.german()))
			.startsWith("Vorläufig: 5 von 6 Einreichungen fehlen für Oktober 1959 (ABH ");
		assertThat(MonthNotice.rankingTitle(october, TestTexts.german())).isEqualTo("Rangfolge (vorläufig)");
		assertThat(MonthNotice.of(OctoberSoFar.nobodyReported(), TestTexts.german()))
			.startsWith("Keine Daten für Oktober 1959: keine der 6 Einreichungen wurde geladen");
	}

	@Test
	void aCompleteMonthHasNoNotice() {
		MonthlyFigures september = SampleBulletin.quietEdition().figures();
		assertThat(september.isPreliminary()).isFalse();
		assertThat(MonthNotice.of(september, ENGLISH)).isNull();
	}

}
