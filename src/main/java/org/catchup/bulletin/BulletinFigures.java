package org.catchup.bulletin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.catchup.figures.AssistancePair;
import org.catchup.figures.DataWarning;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseFigures;
import org.catchup.figures.EnterpriseMonth;
import org.catchup.figures.EnterpriseMonths;
import org.catchup.figures.HiddenLaggard;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.OfferedHelp;
import org.catchup.figures.TeamFigures;
import org.catchup.figures.TeamInMonth;
import org.catchup.figures.TeamIndicatorMonth;
import org.catchup.figures.TeamNeedingHelp;
import org.catchup.figures.TeamSlice;

/**
 * The figures of one bulletin run, read from the warehouse a few enterprises at a time: the
 * enterprise-level figures stay in memory (a few rows per enterprise), the team-level lists go
 * to temporary files ({@link SpilledRows}) as each group of enterprises is done, so memory does
 * not grow with the number of teams. The combine-wide bulletin reads those lists in order, each
 * enterprise's bulletin only its own part. Close it to delete the files.
 */
final class BulletinFigures implements AutoCloseable {

	/**
	 * Enterprises per warehouse read: 20 × 40 teams × 21 months is some 17,000 rows, whatever
	 * the size of the country; one query per enterprise cost 5,000 round trips nationally.
	 */
	static final int ENTERPRISES_PER_READ = 20;

	private final List<Enterprise> enterprises;

	private final Path directory;

	private final SpilledRows<TeamNeedingHelp> needing;

	private final SpilledRows<HiddenLaggard> laggards;

	private final SpilledRows<AssistancePair> pairs;

	private final SpilledRows<DataWarning> warnings;

	private final SpilledRows<TeamInMonth> teams;

	private final MonthlyFigures all;

	/**
	 * Reads the rows of {@code codes} (every enterprise with rows in the window or a submission in
	 * the month, ascending) in groups of {@value #ENTERPRISES_PER_READ}: their team-level figures,
	 * and their rows summed per enterprise and month for the enterprise-level ones.
	 *
	 * @param rowsOf the rows of the figures' window for a group of enterprises
	 * @param warningsOf the month's data warnings of a group of enterprises, by enterprise then place
	 * @param enterpriseFigures the enterprise-level figures from every enterprise's sums
	 */
	BulletinFigures(List<Enterprise> enterprises, TeamFigures teamFigures, List<String> codes,
			Function<Collection<String>, List<TeamIndicatorMonth>> rowsOf,
			Function<Collection<String>, List<DataWarning>> warningsOf,
			Function<List<EnterpriseMonth>, EnterpriseFigures> enterpriseFigures) {
		this.enterprises = List.copyOf(enterprises);
		try {
			this.directory = Files.createTempDirectory("catchup-bulletin-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary folder for the bulletin", ex);
		}
		this.needing = new SpilledRows<>(directory, "needing");
		this.laggards = new SpilledRows<>(directory, "laggards");
		this.pairs = new SpilledRows<>(directory, "pairs");
		this.warnings = new SpilledRows<>(directory, "warnings");
		this.teams = new SpilledRows<>(directory, "teams");
		try (SpilledRows<TeamNeedingHelp> unpaired = new SpilledRows<>(directory, "unpaired")) {
			EnterpriseFigures enterpriseLevel = readAll(codes, teamFigures, unpaired, rowsOf, warningsOf,
					enterpriseFigures);
			// the helpers are known once every enterprise is in: the teams needing help get theirs now
			OfferedHelp help = teamFigures.offerHelp(enterpriseLevel);
			teams.forEachBlock((code, ofEnterprise) -> help.learnHelpers(ofEnterprise));
			unpaired.forEachBlock((code, below) -> {
				needing.append(code, help.withHelpers(below));
				HiddenLaggard laggard = enterpriseLevel.hiddenLaggard(code, below);
				if (laggard != null) {
					laggards.append(code, List.of(laggard));
				}
				pairs.append(code, help.offersTo(below), help.helperEnterprisesOf(code));
			});
			this.all = teamFigures.figures(enterpriseLevel, needing, laggards, pairs, warnings);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** Every group's team-level figures; the enterprise-level ones from their sums, which are then let go. */
	private EnterpriseFigures readAll(List<String> codes, TeamFigures teamFigures,
			SpilledRows<TeamNeedingHelp> unpaired, Function<Collection<String>, List<TeamIndicatorMonth>> rowsOf,
			Function<Collection<String>, List<DataWarning>> warningsOf,
			Function<List<EnterpriseMonth>, EnterpriseFigures> enterpriseFigures) {
		EnterpriseMonths sums = new EnterpriseMonths();
		for (int from = 0; from < codes.size(); from += ENTERPRISES_PER_READ) {
			List<String> group = codes.subList(from, Math.min(codes.size(), from + ENTERPRISES_PER_READ));
			readGroup(group, teamFigures, unpaired, sums, rowsOf, warningsOf);
		}
		teamFigures.allAdded();
		return enterpriseFigures.apply(sums);
	}

	private void readGroup(List<String> group, TeamFigures teamFigures, SpilledRows<TeamNeedingHelp> unpaired,
			EnterpriseMonths sums, Function<Collection<String>, List<TeamIndicatorMonth>> rowsOf,
			Function<Collection<String>, List<DataWarning>> warningsOf) {
		Map<String, List<TeamIndicatorMonth>> rows = new HashMap<>();
		rowsOf.apply(group).forEach(row -> rows.computeIfAbsent(row.enterpriseCode(), code -> new ArrayList<>()).add(row));
		Map<String, List<DataWarning>> groupWarnings = new HashMap<>();
		warningsOf.apply(group)
			.forEach(warning -> groupWarnings.computeIfAbsent(warning.enterpriseCode(), code -> new ArrayList<>())
				.add(warning));
		for (String code : group) {
			List<TeamIndicatorMonth> own = rows.getOrDefault(code, List.of());
			if (!own.isEmpty()) {
				sums.addSums(EnterpriseMonth.sumsOf(own));
				TeamSlice slice = teamFigures.add(code, own);
				unpaired.append(code, slice.teamsNeedingHelp());
				teams.append(code, slice.teams());
			}
			warnings.append(code, groupWarnings.getOrDefault(code, List.of()));
		}
	}

	/** Every enterprise of the reference data. */
	List<Enterprise> enterprises() {
		return enterprises;
	}

	/** The combine-wide figures; the team-level lists are read from the files as they are iterated. */
	MonthlyFigures all() {
		return all;
	}

	/** One enterprise's or combine's part (see {@link ScopedFigures}); {@code codes} is its subtree. */
	MonthlyFigures scoped(String root, Set<String> codes) {
		return ScopedFigures.of(all, root, codes);
	}

	/** Every team of the scope with a row in the month, by enterprise then team code, with its title. */
	EnterpriseTeams teams(Set<String> codes, Set<String> striving) {
		List<EnterpriseTeams.Team> found = new ArrayList<>();
		for (TeamInMonth team : teams.of(codes)) {
			if (codes.contains(team.enterpriseCode())) {
				found.add(new EnterpriseTeams.Team(team.enterpriseCode(), team.teamCode(), team.teamName(),
						team.section(), team.fulfilment(), team.monthsBelowPlan(),
						striving.contains(StrivingTitles.key(team.enterpriseCode(), team.teamCode()))));
			}
		}
		return new EnterpriseTeams(List.copyOf(found));
	}

	@Override
	public void close() {
		for (SpilledRows<?> rows : List.of(needing, laggards, pairs, warnings, teams)) {
			rows.close();
		}
		try {
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the bulletin's temporary folder " + directory, ex);
		}
	}

}
