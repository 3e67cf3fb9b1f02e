package org.catchup.bulletin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.SubmissionStatus;
import org.catchup.figures.SubmissionStatusRow;

/**
 * What a reader must know before trusting a month's figures, in the same words in the PDF,
 * the Excel workbook, the web page and the JSON: a month without data, or a preliminary month
 * whose ranking counts only the enterprises that reported.
 */
public final class MonthNotice {

	/** Names listed in the notice; the rest are counted (every one is in the Submissions section). */
	static final int NAMES_SHOWN = 10;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private MonthNotice() {
	}

	/** The sentence to print first, or null for a complete month. */
	public static String of(MonthlyFigures figures) {
		if (!figures.hasData()) {
			return noData(figures);
		}
		if (figures.isPreliminary()) {
			return preliminary(figures);
		}
		return null;
	}

	/** The ranking section's title: "Ranking", or "Ranking (preliminary)" while submissions are missing. */
	public static String rankingTitle(MonthlyFigures figures) {
		return figures.isPreliminary() ? "Ranking (preliminary)" : "Ranking";
	}

	private static String noData(MonthlyFigures figures) {
		String month = figures.month().format(MONTH);
		int expected = figures.submissions().size();
		if (expected == 0) {
			return "No data for " + month + ": no submission has been loaded for this month.";
		}
		return "No data for " + month + ": none of the " + expected + " submissions has been loaded, so nothing is"
				+ " ranked and no team is judged.";
	}

	private static String preliminary(MonthlyFigures figures) {
		List<SubmissionStatusRow> missing = figures.missingSubmissions();
		int expected = figures.submissions().size();
		String names = missing.stream().limit(NAMES_SHOWN).map(MonthNotice::named).collect(Collectors.joining(", "));
		if (missing.size() > NAMES_SHOWN) {
			names += " and " + (missing.size() - NAMES_SHOWN) + " more (see Submissions)";
		}
		return "Preliminary: " + missing.size() + " of " + expected + " submissions " + (missing.size() == 1 ? "is" : "are")
				+ " missing for " + figures.month().format(MONTH) + " (" + names + "). The ranking and the totals count"
				+ " only the enterprises that reported and will change when the rest arrive.";
	}

	private static String named(SubmissionStatusRow row) {
		String name = row.enterprise().code() + " " + row.enterprise().name();
		return row.status() == SubmissionStatus.REJECTED ? name + " (rejected)" : name;
	}

}
