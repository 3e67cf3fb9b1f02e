package org.catchup.bulletin.pdf;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

import org.catchup.figures.AssistancePair;
import org.catchup.figures.DataWarning;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.HiddenLaggard;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.TeamNeedingHelp;

/**
 * How much of the long team-level sections the PDF lists. Up to {@code limit} rows a section
 * (the demo's bulletin, every enterprise's), everything. Beyond it (a country's bulletin: some
 * 100,000 teams below plan, thousands of pages that took minutes to render) the rows of the
 * teams furthest behind: the {@code limit} lowest of Teams needing help, of Hidden laggards' teams
 * and of the teams offered help, in the section's usual order, and the first {@code limit} data
 * warnings; each such section says so. The Excel bulletin lists every row.
 */
final class ListedRows {

	private final int limit;

	private final Selection teams;

	private final Selection laggardTeams;

	private final Selection helped;

	private ListedRows(int limit, Selection teams, Selection laggardTeams, Selection helped) {
		this.limit = limit;
		this.teams = teams;
		this.laggardTeams = laggardTeams;
		this.helped = helped;
	}

	/** Reads each long list once when it has more than {@code limit} rows, keeping the teams furthest behind. */
	static ListedRows of(MonthlyFigures figures, int limit) {
		return new ListedRows(limit,
				Selection.of(figures.teamsNeedingHelp(), limit,
						team -> Row.of(team.enterpriseCode(), team.teamCode(), team.fulfilment())),
				Selection.ofGroups(figures.hiddenLaggards(), limit,
						laggard -> laggard.teams()
							.stream()
							.map(team -> Row.of(laggard.enterprise().code(), team.teamCode(), team.fulfilment()))
							.toList()),
				Selection.of(figures.assistancePairs(), limit,
						pair -> Row.of(pair.enterpriseCode(), pair.teamCode(), pair.teamFulfilment())));
	}

	Collection<TeamNeedingHelp> teamsNeedingHelp(List<TeamNeedingHelp> all) {
		return teams.listsAll() ? all
				: SectionData.filter(all, team -> teams.lists(team.enterpriseCode(), team.teamCode()));
	}

	/** Each laggard with its listed teams only; a laggard with none is left out. */
	Collection<HiddenLaggard> hiddenLaggards(List<HiddenLaggard> all) {
		if (laggardTeams.listsAll()) {
			return all;
		}
		return SectionData.filter(SectionData.map(all, laggard -> new HiddenLaggard(laggard.enterprise(),
				laggard.enterpriseFulfilment(),
				laggard.teams()
					.stream()
					.filter(team -> laggardTeams.lists(laggard.enterprise().code(), team.teamCode()))
					.toList())),
				laggard -> !laggard.teams().isEmpty());
	}

	Collection<AssistancePair> assistancePairs(List<AssistancePair> all) {
		return helped.listsAll() ? all
				: SectionData.filter(all, pair -> helped.lists(pair.enterpriseCode(), pair.teamCode()));
	}

	Collection<DataWarning> dataWarnings(List<DataWarning> all) {
		return all.size() <= limit ? all : all.subList(0, limit);
	}

	/** The line above a cut Teams needing help; null when nothing is cut. */
	String teamsNote(Formats formats) {
		return teams.note("bulletin.longList.teams", formats);
	}

	String laggardsNote(Formats formats) {
		return laggardTeams.note("bulletin.longList.laggards", formats);
	}

	String pairsNote(Formats formats) {
		return helped.note("bulletin.longList.pairs", formats);
	}

	String warningsNote(List<DataWarning> all, Formats formats) {
		return all.size() <= limit ? null : formats.text("bulletin.longList.warnings", limit, all.size());
	}

	/**
	 * A section's row as the selection sees it: whose team, and how far behind as the exact percent
	 * (null for n/a), divided once: the queue compares each row some twenty times, and dividing on
	 * every comparison took half the country's bulletin (200,000 rows).
	 */
	private record Row(String enterpriseCode, String teamCode, BigDecimal percent) {

		static final Comparator<Row> FURTHEST_BEHIND_FIRST = Comparator
			.comparing(Row::percent, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
			.thenComparing(Row::enterpriseCode)
			.thenComparing(Row::teamCode);

		static Row of(String enterpriseCode, String teamCode, Fulfilment fulfilment) {
			return new Row(enterpriseCode, teamCode, fulfilment.percent());
		}

		String key() {
			return enterpriseCode + "\u0000" + teamCode;
		}

	}

	/** The rows of one section that are listed: all, or the {@code limit} furthest behind. */
	private record Selection(int total, Set<String> listed) {

		static <T> Selection of(List<T> all, int limit, Function<T, Row> row) {
			return ofGroups(all, limit, one -> List.of(row.apply(one)));
		}

		static <T> Selection ofGroups(List<T> all, int limit, Function<T, List<Row>> rows) {
			int total = 0;
			// the furthest behind so far, the least far behind of them on top
			PriorityQueue<Row> kept = new PriorityQueue<>(limit + 1, Row.FURTHEST_BEHIND_FIRST.reversed());
			for (T one : all) {
				for (Row row : rows.apply(one)) {
					total++;
					// a row no further behind than the least far behind kept would only be let go again
					if (kept.size() < limit
							|| !kept.isEmpty() && Row.FURTHEST_BEHIND_FIRST.compare(row, kept.peek()) < 0) {
						kept.add(row);
						if (kept.size() > limit) {
							kept.poll();
						}
					}
				}
			}
			if (total <= limit) {
				return new Selection(total, null);
			}
			Set<String> listed = new HashSet<>();
			kept.forEach(row -> listed.add(row.key()));
			return new Selection(total, listed);
		}

		boolean listsAll() {
			return listed == null;
		}

		boolean lists(String enterpriseCode, String teamCode) {
			return listed == null || listed.contains(enterpriseCode + "\u0000" + teamCode);
		}

		String note(String key, Formats formats) {
			return listsAll() ? null : formats.text(key, listed.size(), total);
		}

	}

}
