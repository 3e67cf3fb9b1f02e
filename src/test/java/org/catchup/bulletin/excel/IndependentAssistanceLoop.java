package org.catchup.bulletin.excel;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SPEC §6a–§6c computed a second time, straight from the raw quantities of a
 * {@link GeneratedCombine}, with plain doubles and loops and none of the figures classes, so that
 * the bulletin can be checked against it. Percentages are null where the SPEC says n/a.
 */
final class IndependentAssistanceLoop {

	record Outlook(String code, String name, String parentCode, Double yearToDate, Double paceNeeded, Double forecast,
			String word) {
	}

	record Result(String helpedEnterprise, String helpedTeam, String helperEnterprise, String helperTeam, String from,
			int monthsOfHelp, Double helpedBefore, Double helpedNow, Double helperBefore, Double helperNow,
			String outcome) {
	}

	record Model(String indicator, int rank, String enterpriseCode, String teamCode, String teamName, double mean) {
	}

	private final GeneratedCombine data;

	private final YearMonth month;

	IndependentAssistanceLoop(GeneratedCombine data, YearMonth month) {
		this.data = data;
		this.month = month;
	}

	/** §6a for every enterprise, combines over all rows and annual plans of their units. */
	List<Outlook> outlooks() {
		List<Outlook> outlooks = new ArrayList<>();
		int m = month.getMonthValue();
		for (GeneratedCombine.Unit unit : data.units) {
			double annual = 0;
			for (GeneratedCombine.Unit each : data.units) {
				if (isWithin(each, unit)) {
					annual += data.annualPlans.getOrDefault(each.code(), 0.0);
				}
			}
			double actual = 0;
			for (int i = 1; i <= m; i++) {
				double[] sum = enterpriseMonth(unit, YearMonth.of(month.getYear(), i));
				if (sum != null) {
					actual += sum[1];
				}
			}
			if (annual == 0) {
				outlooks.add(new Outlook(unit.code(), unit.name(), unit.parentCode(), null, null, null, "n/a"));
				continue;
			}
			Double pace;
			if (m == 12) {
				pace = null;
			}
			else if (actual >= annual) {
				pace = 0.0;
			}
			else {
				pace = (annual - actual) / ((12 - m) / 12.0 * annual) * 100;
			}
			double recent = 0;
			int loaded = 0;
			for (int back = 0; back < 3; back++) {
				double[] sum = enterpriseMonth(unit, month.minusMonths(back));
				if (sum != null) {
					recent += sum[1];
					loaded++;
				}
			}
			Double forecast = loaded == 0 ? null : (actual + (12 - m) * (recent / loaded)) / annual * 100;
			String word;
			if (actual >= annual) {
				word = "met";
			}
			else if (forecast != null && forecast >= 100) {
				word = "on track";
			}
			else if (pace != null && pace <= 120) {
				word = "reachable";
			}
			else {
				word = "out of reach";
			}
			outlooks.add(new Outlook(unit.code(), unit.name(), unit.parentCode(), actual / annual * 100, pace, forecast,
					word));
		}
		return outlooks;
	}

	/** §6b: every registered pair active in the month. */
	List<Result> results() {
		List<Result> results = new ArrayList<>();
		for (GeneratedCombine.Pair pair : data.register) {
			boolean active = !pair.from().isAfter(month) && (pair.to() == null || !pair.to().isBefore(month));
			if (!active) {
				continue;
			}
			YearMonth before = pair.from().minusMonths(1);
			YearMonth previous = month.minusMonths(1);
			double[] helpedBefore = teamMonth(pair.helpedEnterprise(), pair.helpedTeam(), before);
			double[] helpedNow = teamMonth(pair.helpedEnterprise(), pair.helpedTeam(), month);
			double[] helpedPrevious = teamMonth(pair.helpedEnterprise(), pair.helpedTeam(), previous);
			double[] helperBefore = teamMonth(pair.helperEnterprise(), pair.helperTeam(), before);
			double[] helperNow = teamMonth(pair.helperEnterprise(), pair.helperTeam(), month);
			boolean previousWithinHelp = !pair.from().isAfter(previous);
			String outcome;
			if (previousWithinHelp && atLeast(helpedNow, 100) && atLeast(helpedPrevious, 100)) {
				outcome = "caught up";
			}
			else if (helpedNow != null && helpedBefore != null
					&& helpedNow[1] * helpedBefore[0] > helpedBefore[1] * helpedNow[0]) {
				outcome = "improving";
			}
			else {
				outcome = "not yet";
			}
			if (helperNow != null && !atLeast(helperNow, 100)) {
				outcome += "; helper slipped";
			}
			int months = (int) pair.from().until(month, ChronoUnit.MONTHS) + 1;
			results.add(new Result(pair.helpedEnterprise(), pair.helpedTeam(), pair.helperEnterprise(),
					pair.helperTeam(), pair.from().toString(), months, percent(helpedBefore), percent(helpedNow),
					percent(helperBefore), percent(helperNow), outcome));
		}
		return results;
	}

	/** §6c: per main indicator the first five teams at 105 % or more in each of M−2..M. */
	List<Model> models() {
		Map<String, List<Model>> byIndicator = new TreeMap<>();
		List<String[]> teams = new ArrayList<>();
		for (GeneratedCombine.Row row : data.rows) {
			if (row.period().equals(month)) {
				String[] team = { row.enterpriseCode(), row.teamCode(), row.teamName() };
				if (teams.stream().noneMatch(t -> t[0].equals(team[0]) && t[1].equals(team[1]))) {
					teams.add(team);
				}
			}
		}
		for (String[] team : teams) {
			double sum = 0;
			boolean strongEachMonth = true;
			for (int back = 2; back >= 0; back--) {
				double[] each = teamMonth(team[0], team[1], month.minusMonths(back));
				if (!atLeast(each, 105)) {
					strongEachMonth = false;
				}
				else {
					sum += percent(each);
				}
			}
			if (strongEachMonth) {
				byIndicator.computeIfAbsent(mainIndicator(team[0], team[1]), indicator -> new ArrayList<>())
					.add(new Model(mainIndicator(team[0], team[1]), 0, team[0], team[1], team[2], sum / 3));
			}
		}
		List<Model> models = new ArrayList<>();
		byIndicator.forEach((indicator, candidates) -> {
			candidates.sort(Comparator.comparingDouble(Model::mean)
				.reversed()
				.thenComparing(Model::enterpriseCode)
				.thenComparing(Model::teamCode));
			for (int i = 0; i < Math.min(5, candidates.size()); i++) {
				Model model = candidates.get(i);
				models.add(new Model(indicator, i + 1, model.enterpriseCode(), model.teamCode(), model.teamName(),
						model.mean()));
			}
		});
		return models;
	}

	/** How many teams of each main indicator qualify, before the first five are taken. */
	Map<String, Integer> candidatesPerIndicator() {
		Map<String, Integer> counts = new TreeMap<>();
		List<String> seen = new ArrayList<>();
		for (GeneratedCombine.Row row : data.rows) {
			String key = row.enterpriseCode() + "/" + row.teamCode();
			if (!row.period().equals(month) || seen.contains(key)) {
				continue;
			}
			seen.add(key);
			boolean strong = true;
			for (int back = 0; back < 3; back++) {
				strong &= atLeast(teamMonth(row.enterpriseCode(), row.teamCode(), month.minusMonths(back)), 105);
			}
			if (strong) {
				counts.merge(mainIndicator(row.enterpriseCode(), row.teamCode()), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** The indicator with the team's largest plan value in the month. */
	private String mainIndicator(String enterprise, String team) {
		String main = null;
		double largest = -1;
		for (GeneratedCombine.Row row : data.rows) {
			if (row.period().equals(month) && row.enterpriseCode().equals(enterprise) && row.teamCode().equals(team)
					&& row.planValue() > largest) {
				largest = row.planValue();
				main = row.indicator();
			}
		}
		return main;
	}

	/** {plan value, actual value} of the team's rows in the month; null without rows. */
	private double[] teamMonth(String enterprise, String team, YearMonth period) {
		double[] sum = null;
		for (GeneratedCombine.Row row : data.rows) {
			if (row.period().equals(period) && row.enterpriseCode().equals(enterprise) && row.teamCode().equals(team)) {
				sum = sum == null ? new double[2] : sum;
				sum[0] += row.planValue();
				sum[1] += row.actualValue();
			}
		}
		return sum;
	}

	/** {plan value, actual value} of all rows of the unit and the units below it; null without rows. */
	private double[] enterpriseMonth(GeneratedCombine.Unit unit, YearMonth period) {
		double[] sum = null;
		for (GeneratedCombine.Row row : data.rows) {
			if (row.period().equals(period) && isWithin(unitOf(row.enterpriseCode()), unit)) {
				sum = sum == null ? new double[2] : sum;
				sum[0] += row.planValue();
				sum[1] += row.actualValue();
			}
		}
		return sum;
	}

	private boolean isWithin(GeneratedCombine.Unit each, GeneratedCombine.Unit unit) {
		for (GeneratedCombine.Unit up = each; up != null; up = up.parentCode() == null ? null : unitOf(up.parentCode())) {
			if (up.code().equals(unit.code())) {
				return true;
			}
		}
		return false;
	}

	private GeneratedCombine.Unit unitOf(String code) {
		return data.units.stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * At or above the line, compared without dividing: values are whole multiples of 0.5, so
	 * actual × 100 and line × plan are exact and a fulfilment of exactly 105 % counts.
	 */
	private static boolean atLeast(double[] sum, double line) {
		return sum != null && sum[0] > 0 && sum[1] * 100 >= line * sum[0];
	}

	private static Double percent(double[] sum) {
		return sum == null || sum[0] == 0 ? null : sum[1] / sum[0] * 100;
	}

}
