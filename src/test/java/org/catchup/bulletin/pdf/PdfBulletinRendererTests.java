package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.bulletin.OctoberSoFar;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.TeamNeedingHelp;
import org.catchup.i18n.TestTexts;
import org.catchup.i18n.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfBulletinRendererTests {

	private static final List<String> HEADINGS = List.of("Ranking", "Fulfilment over the year", "Teams needing help",
			"Hidden laggards", "Pioneers falling behind", "Assistance pairs", "Catch-up outlook",
			"Assistance under way and its results", "Teams to learn from", "Submissions", "Data warnings");

	private static PdfBulletinRenderer renderer;

	private static byte[] sample;

	@BeforeAll
	static void renderSample() throws IOException {
		System.setProperty("java.awt.headless", "true");
		renderer = new PdfBulletinRenderer(Path.of("report-templates"));
		sample = render(SampleBulletin.edition(), "bulletin-sample.pdf");
	}

	@Test
	void everySectionHasItsHeading() throws IOException {
		String text = text(sample);
		for (String heading : HEADINGS) {
			// the sample month lacks KH's submission, so its ranking is preliminary
			assertThat(text).as(heading).containsPattern("(?m)^" + heading + "( \\(preliminary\\))?$");
		}
		assertThat(text).containsPattern("(?m)^Assisted teams before and during the help$");
	}

	@Test
	void aPartialMonthSaysOnItsFirstPageWhoIsMissingAndMarksTheRankingPreliminary() throws IOException {
		byte[] pdf = render(OctoberSoFar.edition(OctoberSoFar.onlyObsReported()), "bulletin-partial.pdf");
		String firstPage = text(pdf, 1, 1);
		assertThat(firstPage.replaceAll("\\s+", " ")).contains("Preliminary: 5 of 6 submissions are missing for October 1959")
			.contains("ABH August-Bebel-Hütte", "FORT Schacht Fortschritt (Progress)", "KLH Karl-Liebknecht-Hütte",
					"NRB Schacht Niederröblingen", "THAE Thälmann-Schacht")
			.doesNotContain("OBS Otto-Brosowski-Schacht,");
		assertThat(text(pdf)).containsPattern("(?m)^Ranking \\(preliminary\\)$").contains("100.9 %");
	}

	@Test
	void aMonthWithoutDataSaysSoAndRanksAndJudgesNothing() throws IOException {
		byte[] pdf = render(OctoberSoFar.edition(OctoberSoFar.nobodyReported()), "bulletin-no-data.pdf");
		String text = text(pdf);
		assertThat(text(pdf, 1, 1).replaceAll("\\s+", " ")).contains("No data for October 1959: none of the 6 submissions has been loaded");
		assertThat(text).doesNotContainPattern("(?m)^(Ranking|Teams needing help|Hidden laggards|Pioneers falling behind|Assistance pairs)")
			.doesNotContain("teams need help", "enterprises at or above plan")
			.containsPattern("(?m)^Submissions$")
			.contains("MISSING");
	}

	@Test
	void aCompleteMonthHasNoNotice() throws IOException {
		String text = text(render(SampleBulletin.quietEdition(), "bulletin-quiet-notice.pdf"));
		assertThat(text).doesNotContain("Preliminary", "No data").containsPattern("(?m)^Ranking$");
	}

	@Test
	void coverShowsMonthHeadlineAndProvenance() throws IOException {
		String text = text(sample);
		assertThat(text).contains("September 1959", "98.7 %", "73.4 %", "all enterprises",
				"submissions loaded up to #57");
	}

	@Test
	void theAssistanceLoopSectionsFollowTheAssistancePairs() throws IOException {
		String text = text(sample);
		int pairs = text.indexOf("\nAssistance pairs\n");
		assertThat(pairs).isPositive();
		assertThat(text.indexOf("\nCatch-up outlook\n")).isGreaterThan(pairs);
		assertThat(text.indexOf("\nAssistance under way and its results\n"))
			.isGreaterThan(text.indexOf("\nCatch-up outlook\n"));
		assertThat(text.indexOf("\nTeams to learn from\n"))
			.isGreaterThan(text.indexOf("\nAssistance under way and its results\n"));
		assertThat(text.indexOf("\nSubmissions\n")).isGreaterThan(text.indexOf("\nTeams to learn from\n"));
	}

	@Test
	void theAssistanceLoopShowsOutlookOutcomesAndModelsAsRoundedByTheRule() throws IOException {
		String text = text(sample);
		assertThat(text).contains("127.3 %", "out of reach", "reachable", "met");
		// an outcome may wrap in its narrow column
		assertThat(text.replaceAll("\\s+", " ")).contains("caught up", "improving; helper slipped", "not yet");
		// 99.96 % and a mean of 104.97 % are never lifted onto a line
		assertThat(text).contains("99.96 %", "104.97 %").doesNotContain("105.0 %");
		assertThat(text).contains("assistance under way", "of them caught up");
	}

	@Test
	void theHelpChartIsLeftOutWhenNoHelpIsUnderWay() throws IOException {
		assertThat(text(render(SampleBulletin.quietEdition(), "bulletin-quiet-help.pdf")))
			.contains("Assistance under way and its results")
			.doesNotContain("Assisted teams before and during the help");
	}

	@Test
	void anEnterpriseBulletinListsAllItsTeamsWithTheTitleCount() throws IOException {
		EnterpriseTeams teams = new EnterpriseTeams(List.of(
				new EnterpriseTeams.Team("TS", "TS-100", "Brigade Eins", "Revier A", SampleBulletin.f(20_000, 104.2), 0, true),
				new EnterpriseTeams.Team("TS", "TS-101", "Brigade Zwei", "Revier A", SampleBulletin.f(20_000, 97.5), 3,
						false)));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// a renderer of its own: the shared one counts the templates the combine-wide bulletin compiles
		new PdfBulletinRenderer(Path.of("report-templates")).render(SampleBulletin.edition(), teams, TestTexts.english(), bytes);
		String text = text(bytes.toByteArray());
		assertThat(text).containsPattern("(?m)^All teams$")
			.contains("2 teams, 1 of them striving for the \"Socialist Labor Team\" title", "Brigade Zwei", "97.5 %");
		assertThat(text(sample)).doesNotContainPattern("(?m)^All teams$");
	}

	@Test
	void germanNamesKeepTheirUmlauts() throws IOException {
		assertThat(text(sample)).contains("Thälmann-Schacht", "Niederröblingen", "Hütte Helbra",
				"Brigade „Glück auf“");
	}

	@Test
	void percentagesAreShownWithOneDecimalAndNotAvailableAsNa() throws IOException {
		assertThat(text(sample)).contains("86.3 %", "110.0 %", "n/a", "critical", "behind");
	}

	@Test
	void everyPageHasTheFooter() throws IOException {
		String text = text(sample);
		try (PDDocument document = Loader.loadPDF(sample)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				assertThat(text).contains("Page " + page + " of " + pages);
			}
		}
		assertThat(text).contains("Page 1 of").contains("Generated 1959-10-08 06:30 · Catch-Up");
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(sample)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
		}
		assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
	}

	@Test
	void emptySectionsSayNoneThisMonth() throws IOException {
		String text = text(render(SampleBulletin.quietEdition(), "bulletin-quiet.pdf"));
		for (String heading : HEADINGS) {
			assertThat(text).as(heading).containsPattern("(?m)^" + heading + "$");
		}
		// every section but the ranking is empty in a quiet month: ten times "None this month."
		assertThat(text.split("None this month\\.", -1)).hasSize(11);
	}

	@Test
	void aLargeMonthKeepsEveryTeamAndFooterAcrossPages() throws IOException {
		BulletinEdition large = SampleBulletin.largeEdition();
		byte[] pdf = render(large, "bulletin-large.pdf");
		String text = text(pdf);
		large.figures().teamsNeedingHelp().forEach(team -> assertThat(text).contains(team.teamCode() + " "));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(5);
			assertThat(text).contains("Page " + pages + " of " + pages);
		}
		// 24 units are charted eight to a chart
		assertThat(text).contains("Units at level 1 (3 of 3)");
	}

	@Test
	void aBulletinWithMoreTeamsBelowPlanThanTheLimitListsThoseFurthestBehindAndSaysWhereTheRestAre()
			throws IOException {
		MonthlyFigures figures = SampleBulletin.figures();
		List<TeamNeedingHelp> byPercent = figures.teamsNeedingHelp()
			.stream()
			.filter(team -> team.fulfilment().isDefined())
			.sorted(Comparator.comparing(team -> team.fulfilment().percent()))
			.toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfBulletinRenderer(Path.of("report-templates"), 5).render(SampleBulletin.edition(), TestTexts.english(), out);
		String text = text(out.toByteArray()).replaceAll("\\s+", " ");

		assertThat(text).contains("Listed here: the 5 teams furthest behind, of " + figures.teamsNeedingHelp().size()
				+ " below plan. The Excel bulletin lists all of them; each enterprise's bulletin lists its own.")
			.contains("Listed here: the offers to the 5 teams furthest behind, of " + figures.assistancePairs().size()
					+ " offers.")
			// the hidden laggards' three teams are within the limit: all listed, nothing said
			.doesNotContain("of these teams furthest behind");
		byPercent.subList(0, 5).forEach(team -> assertThat(text).contains(team.teamCode() + " " + team.teamName()));
		TeamNeedingHelp notListed = byPercent.get(byPercent.size() - 1);
		assertThat(text).doesNotContain(notListed.teamCode() + " " + notListed.teamName());
		assertThat(text(sample)).doesNotContain("Listed here");
	}

	@Test
	void templatesAreCompiledOnceForManyRenderings() throws IOException {
		int afterFirst = renderer.compilations();
		render(SampleBulletin.edition(), "bulletin-again.pdf");
		render(SampleBulletin.quietEdition(), "bulletin-quiet-again.pdf");
		assertThat(afterFirst).isEqualTo(13);
		assertThat(renderer.compilations()).isEqualTo(afterFirst);
	}

	@Test
	void aGermanBulletinHasGermanHeadingsMonthsAndDecimalCommas() throws IOException {
		byte[] german = render(SampleBulletin.edition(), TestTexts.german(), "bulletin-sample.de.pdf");
		String text = text(german);
		for (String heading : List.of("Brigaden, die Hilfe brauchen", "Versteckte Nachzügler",
				"Zurückfallende Spitzenreiter", "Hilfspaare", "Aussicht auf Planerfüllung",
				"Laufende Hilfe und ihre Ergebnisse", "Brigaden, von denen man lernen kann", "Einreichungen",
				"Hinweise zu den Daten", "Planerfüllung im Jahresverlauf")) {
			assertThat(text).as(heading).containsPattern("(?m)^" + heading + "$");
		}
		assertThat(text).containsPattern("(?m)^Rangfolge \\(vorläufig\\)$")
			.contains("Bulletin zur Planerfüllung", "September 1959", "Planerfüllung des Monats")
			// the helped team KH-903 at 81.9 %, and the rounding rule kept: 99.96 never shows as 100,0
			.contains("81,9 %", "86,3 %", "99,96 %", "104,97 %", "kritisch", "unter Plan", "unerreichbar")
			.doesNotContain("81.9 %", "None this month", "Teams needing help", "100,0 %")
			.contains("Seite 1 von", "Erstellt 1959-10-08 06:30 · Catch-Up")
			.contains("Ist „81,9“ ist als Text eingegeben", "Brigade HH-215 wurde bisher nie gemeldet");
		assertThat(text(german, 1, 1).replaceAll("\\s+", " ")).contains("Vorläufig: 2 von 7 Einreichungen fehlen für September 1959");
		assertThat(text(render(SampleBulletin.edition(), TestTexts.german(), "bulletin-sample-again.de.pdf")))
			.as("the German words come from the bundles each time, not from a cached English fill")
			.contains("Brigaden, die Hilfe brauchen");
	}

	@Test
	void theEnglishBulletinDoesNotBorrowGermanWords() throws IOException {
		assertThat(text(sample)).contains("81.9 %").doesNotContain("81,9 %", "Rangfolge", "Brigaden");
	}

	private static byte[] render(BulletinEdition edition, String file) throws IOException {
		return render(edition, TestTexts.english(), file);
	}

	private static byte[] render(BulletinEdition edition, Texts texts, String file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(edition, texts, out);
		Path target = Path.of("target", file);
		Files.createDirectories(target.getParent());
		Files.write(target, out.toByteArray());
		return out.toByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String text(byte[] pdf, int fromPage, int toPage) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(fromPage);
			stripper.setEndPage(toPage);
			return stripper.getText(document);
		}
	}

}
