package org.catchup.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.catchup.figures.AnnualPlanValue;
import org.catchup.figures.DataWarning;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseFigures;
import org.catchup.figures.EnterpriseKind;
import org.catchup.figures.FiguresCalculator;
import org.catchup.figures.FiguresInput;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.figures.SubmissionFact;
import org.catchup.figures.TeamFigures;
import org.catchup.figures.TeamIndicatorMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulletin's figures, read a group of enterprises at a time with the long lists kept in
 * files, are the figures the calculator computes with every row in memory: combine-wide, for
 * each enterprise and combine, and every team of a scope.
 */
class BulletinFiguresTests {

	private static final YearMonth MONTH = YearMonth.of(1960, 9);

	private static final List<String> INDICATORS = List.of("COAL", "ORE", "CU");

	private final List<Enterprise> enterprises = new ArrayList<>();

	private final List<TeamIndicatorMonth> rows = new ArrayList<>();

	private final List<AnnualPlanValue> plans = new ArrayList<>();

	private final List<SubmissionFact> submissions = new ArrayList<>();

	private final List<DataWarning> warnings = new ArrayList<>();

	private final List<RegisteredAssistance> register = new ArrayList<>();

	private final List<Collection<String>> reads = new ArrayList<>();

	private BulletinFigures figures;

	/** Three combines of 15 mines (45 mines: three reads), six teams each, random months from January 1959. */
	BulletinFiguresTests() {
		Random random = new Random(1960);
		for (int k = 1; k <= 3; k++) {
			enterprises.add(new Enterprise("K" + k, "Combine " + k, EnterpriseKind.COMBINE, null));
			for (int m = 1; m <= 15; m++) {
				String code = "K" + k + "M" + (char) ('A' + m);
				enterprises.add(new Enterprise(code, "Mine " + code, EnterpriseKind.MINE, "K" + k));
				plans.add(new AnnualPlanValue(code, MONTH.getYear(), BigDecimal.valueOf(50_000 + random.nextInt(50_000))));
				for (int t = 1; t <= 6; t++) {
					int level = 75 + random.nextInt(50);
					for (YearMonth month = YearMonth.of(1959, 1); !month.isAfter(MONTH); month = month.plusMonths(1)) {
						if (random.nextInt(20) == 0) {
							continue;
						}
						for (String indicator : INDICATORS.subList(0, 1 + (t + m) % 2)) {
							int plan = 100 + random.nextInt(5) * 50;
							int percent = level + random.nextInt(15) - 7;
							rows.add(new TeamIndicatorMonth(month, code, "T" + t, "Team " + t, "Section " + t % 2,
									indicator.equals("COAL") ? INDICATORS.get(t % 3) : indicator,
									BigDecimal.valueOf(plan), BigDecimal.valueOf(plan * percent, 2)));
						}
					}
				}
				if (m % 7 != 0) {
					submissions.add(new SubmissionFact(code, MONTH, 1, MONTH.plusMonths(1).atDay(1 + m % 9).atTime(8, 0),
							false, null));
				}
				if (m % 4 == 0) {
					warnings.add(new DataWarning(code, "NUMBER_AS_TEXT", "Report!F" + m, "actual", "1,5", "As text."));
				}
			}
		}
		for (int i = 0; i < 6; i++) {
			register.add(new RegisteredAssistance("K1M" + (char) ('B' + i), "T2", "K2M" + (char) ('C' + i), "T1",
					MONTH.minusMonths(i), null, null));
		}
	}

	@AfterEach
	void close() {
		if (figures != null) {
			figures.close();
		}
	}

	@Test
	void theCombineWideFiguresAreTheCalculatorsReadInGroupsOfEnterprises() {
		figures = read();

		assertThat(reads).hasSize(3).allSatisfy(group -> assertThat(group).hasSizeLessThanOrEqualTo(20));
		MonthlyFigures expected = inMemory();
		assertThat(expected.teamsNeedingHelp()).hasSizeGreaterThan(30);
		assertThat(expected.assistancePairs()).hasSizeGreaterThan(10);
		assertThat(expected.hiddenLaggards()).isNotEmpty();
		assertThat(expected.assistanceResults()).isNotEmpty();
		assertThat(expected.teamsToLearnFrom()).isNotEmpty();
		assertThat(figures.all()).isEqualTo(expected);
	}

	@Test
	void eachEnterprisesAndCombinesPartIsCutAsFromTheFiguresInMemory() {
		figures = read();
		MonthlyFigures expected = inMemory();

		for (Enterprise enterprise : enterprises) {
			Set<String> codes = BulletinScope.of(enterprise.code()).subtree(enterprises);
			assertThat(figures.scoped(enterprise.code(), codes)).as(enterprise.code())
				.isEqualTo(ScopedFigures.of(expected, enterprise.code(), codes));
		}
	}

	@Test
	void everyTeamOfAScopeIsListedWithItsMonthsBelowPlanAndTheTitle() {
		figures = read();
		MonthlyFigures expected = inMemory();
		Set<String> combine = BulletinScope.of("K2").subtree(enterprises);

		EnterpriseTeams teams = figures.teams(combine, Set.of(StrivingTitles.key("K2MC", "T1"),
				StrivingTitles.key("K1MB", "T2")));

		long teamsInMonth = rows.stream()
			.filter(row -> row.period().equals(MONTH) && combine.contains(row.enterpriseCode()))
			.map(row -> row.enterpriseCode() + "/" + row.teamCode())
			.distinct()
			.count();
		assertThat(teams.teams()).hasSize((int) teamsInMonth);
		assertThat(teams.teams()).extracting(team -> team.enterpriseCode() + "/" + team.teamCode()).isSorted();
		assertThat(teams.striving()).isEqualTo(1);
		expected.teamsNeedingHelp()
			.stream()
			.filter(below -> combine.contains(below.enterpriseCode()))
			.forEach(below -> assertThat(teams.teams())
				.filteredOn(team -> team.enterpriseCode().equals(below.enterpriseCode())
						&& team.teamCode().equals(below.teamCode()))
				.singleElement()
				.satisfies(team -> {
					assertThat(team.fulfilment()).isEqualTo(below.fulfilment());
					assertThat(team.monthsBelowPlan()).isEqualTo(below.monthsBelowPlan()).isPositive();
				}));
		assertThat(teams.teams()).filteredOn(team -> !team.fulfilment().isBelowPlan())
			.allSatisfy(team -> assertThat(team.monthsBelowPlan()).isZero());
	}

	@Test
	void closingDeletesTheFiles() throws IOException {
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		Set<Path> before = bulletinFolders(temp);
		figures = read();
		assertThat(bulletinFolders(temp)).hasSize(before.size() + 1);

		figures.close();
		figures = null;

		assertThat(bulletinFolders(temp)).isEqualTo(before);
	}

	private static Set<Path> bulletinFolders(Path temp) throws IOException {
		try (Stream<Path> files = Files.list(temp)) {
			return new TreeSet<>(files.filter(file -> file.getFileName().toString().startsWith("catchup-bulletin-")).toList());
		}
	}

	private MonthlyFigures inMemory() {
		return new FiguresCalculator().calculate(new FiguresInput(MONTH, enterprises, rows, plans, submissions, warnings,
				deadline(), 2, register, null));
	}

	private BulletinFigures read() {
		TreeSet<String> codes = new TreeSet<>();
		rows.forEach(row -> codes.add(row.enterpriseCode()));
		return new BulletinFigures(enterprises, new TeamFigures(MONTH, 2, register), List.copyOf(codes), group -> {
			reads.add(List.copyOf(group));
			return rows.stream().filter(row -> group.contains(row.enterpriseCode())).toList();
		}, group -> warnings.stream().filter(warning -> group.contains(warning.enterpriseCode())).toList(),
				sums -> new EnterpriseFigures(MONTH, enterprises, sums, plans, submissions, deadline(), null));
	}

	private static LocalDate deadline() {
		return MONTH.plusMonths(1).atDay(5);
	}

}
