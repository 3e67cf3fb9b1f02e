package org.catchup.bulletin;

import java.util.List;
import java.util.stream.Collectors;

import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.SubmissionStatus;
import org.catchup.figures.SubmissionStatusRow;
import org.catchup.i18n.Texts;

/**
 * What a reader must know before trusting a month's figures, in the same words in the PDF,
 * the Excel workbook, the web page and the JSON: a month without data, or a preliminary month
 * whose ranking counts only the enterprises that reported. Worded in the reader's language
 * ({@code notice.*} in the message bundles).
 */
public final class MonthNotice {

	/** Names listed in the notice; the rest are counted (every one is in the Submissions section). */
	static final int NAMES_SHOWN = 10;

	private MonthNotice() {
	}

	/** The sentence to print first, or null for a complete month. */
	public static String of(MonthlyFigures figures, Texts texts) {
		if (!figures.hasData()) {
			return noData(figures, texts);
		}
		if (figures.isPreliminary()) {
			return preliminary(figures, texts);
		}
		return null;
	}

	/** The ranking section's title: "Ranking", or "Ranking (preliminary)" while submissions are missing. */
	public static String rankingTitle(MonthlyFigures figures, Texts texts) {
		return texts.get(figures.isPreliminary() ? "ranking.title.preliminary" : "ranking.title");
	}

	private static String noData(MonthlyFigures figures, Texts texts) {
		String month = texts.month(figures.month());
		int expected = figures.submissions().size();
		return expected == 0 ? texts.get("notice.noData.nothingExpected", month)
				: texts.get("notice.noData", month, expected);
	}

	private static String preliminary(MonthlyFigures figures, Texts texts) {
		List<SubmissionStatusRow> missing = figures.missingSubmissions();
		String names = missing.stream()
			.limit(NAMES_SHOWN)
			.map(row -> named(row, texts))
			.collect(Collectors.joining(", "));
		if (missing.size() > NAMES_SHOWN) {
			names = texts.get("notice.preliminary.more", names, missing.size() - NAMES_SHOWN);
		}
		return texts.get("notice.preliminary", missing.size(), figures.submissions().size(),
				texts.month(figures.month()), names);
	}

	private static String named(SubmissionStatusRow row, Texts texts) {
		String name = row.enterprise().code() + " " + row.enterprise().name();
		return row.status() == SubmissionStatus.REJECTED ? texts.get("notice.rejected", name) : name;
	}

}
