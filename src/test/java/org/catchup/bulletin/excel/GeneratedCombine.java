package org.catchup.bulletin.excel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, deterministic data set unlike the 1959 sample: a combine with four units and one
 * top-level mine, two priced indicators, 4–8 teams per unit, plan and actual quantities from
 * January of the previous year through the bulletin month, annual plans, and an assistance
 * register with the cases the assistance loop must get right. Only raw numbers: the figures are
 * computed elsewhere.
 */
final class GeneratedCombine {

	static final YearMonth MONTH = YearMonth.of(1961, 9);

	static final YearMonth FIRST = YearMonth.of(1960, 1);

	static final String COMBINE = "KOST";

	static final String COAL = "COAL";

	static final String ORE = "ORE";

	static final Map<String, Double> PRICES = Map.of(COAL, 12.5, ORE, 40.0);

	/** code, name, kind, parent (null: top level). */
	record Unit(String code, String name, String kind, String parentCode) {
	}

	record Row(YearMonth period, String enterpriseCode, String teamCode, String teamName, String section,
			String indicator, double planQuantity, double actualQuantity) {

		double planValue() {
			return planQuantity * PRICES.get(indicator);
		}

		double actualValue() {
			return actualQuantity * PRICES.get(indicator);
		}

	}

	record Pair(String helperEnterprise, String helperTeam, String helpedEnterprise, String helpedTeam,
			YearMonth from, YearMonth to) {
	}

	private enum Role {
		STRONG(1.05, 1.25), WEAK(0.70, 0.99), NORMAL(0.85, 1.12);

		final double low;

		final double high;

		Role(double low, double high) {
			this.low = low;
			this.high = high;
		}
	}

	final List<Unit> units = new ArrayList<>();

	final List<Row> rows = new ArrayList<>();

	/** Annual plan value of MONTH's year per submitting unit (Σ quantity × price). */
	final Map<String, Double> annualPlans = new LinkedHashMap<>();

	final List<Pair> register = new ArrayList<>();

	private final Random random;

	/** enterprise/team/period → fulfilment factor that replaces the random one. */
	private final Map<String, Double> forced = new HashMap<>();

	/** enterprise/team → team whose quantities it copies in the last three months. */
	private final Map<String, String[]> twins = new HashMap<>();

	GeneratedCombine(long seed) {
		random = new Random(seed);
		units.add(new Unit(COMBINE, "Kombinat Ost", "COMBINE", null));
		units.add(new Unit("GRUBE1", "Grube Eins", "MINE", COMBINE));
		units.add(new Unit("GRUBE2", "Grube Zwei", "MINE", COMBINE));
		units.add(new Unit("HUETTE", "Hütte Süd", "SMELTER", COMBINE));
		units.add(new Unit("WERK", "Werkstatt Nord", "WORKSHOP", COMBINE));
		units.add(new Unit("ALLEIN", "Schacht Allein", "MINE", null));
		shapeTheCases();
		// the annual plan as a share of twelve months of plan: from met by September to out of reach
		Map<String, Double> annualShare = Map.of("GRUBE1", 0.95, "GRUBE2", 1.04, "HUETTE", 1.35, "WERK", 0.99,
				"ALLEIN", 0.70);
		for (Unit unit : units) {
			if (unit.kind().equals("COMBINE")) {
				continue;
			}
			generateUnit(unit.code(), annualShare.get(unit.code()));
		}
	}

	private void shapeTheCases() {
		// help from January: the month before is December of the previous year
		register.add(new Pair("GRUBE1", "GRUBE1-10", "GRUBE1", "GRUBE1-11", YearMonth.of(1961, 1), null));
		// ended before the month: not listed
		register.add(new Pair("HUETTE", "HUETTE-10", "GRUBE1", "GRUBE1-11", YearMonth.of(1961, 3), YearMonth.of(1961, 6)));
		// across enterprises, the helped team improving
		register.add(new Pair("HUETTE", "HUETTE-10", "GRUBE2", "GRUBE2-11", YearMonth.of(1961, 7), null));
		forced.put("GRUBE2/GRUBE2-11/1961-06", 0.80);
		forced.put("GRUBE2/GRUBE2-11/1961-09", 0.96);
		// the helper below plan in the month, ending in the month (still active)
		register.add(new Pair("GRUBE2", "GRUBE2-12", "GRUBE2", "GRUBE2-13", YearMonth.of(1961, 8), MONTH));
		forced.put("GRUBE2/GRUBE2-12/1961-09", 0.93);
		// a top-level team helped from another enterprise, caught up
		register.add(new Pair("GRUBE1", "GRUBE1-10", "ALLEIN", "ALLEIN-11", YearMonth.of(1961, 6), null));
		forced.put("ALLEIN/ALLEIN-11/1961-08", 1.02);
		forced.put("ALLEIN/ALLEIN-11/1961-09", 1.03);
		// WERK submitted nothing for April and August: no before, and no caught up without August
		register.add(new Pair("WERK", "WERK-10", "WERK", "WERK-11", YearMonth.of(1961, 5), null));
		forced.put("WERK/WERK-11/1961-09", 1.04);
		// help that starts in the month
		register.add(new Pair("HUETTE", "HUETTE-12", "ALLEIN", "ALLEIN-12", MONTH, null));
		// help that starts next month: not listed
		register.add(new Pair("GRUBE1", "GRUBE1-10", "WERK", "WERK-12", MONTH.plusMonths(1), null));
		// equal means: ranked by enterprise code, then team code
		twins.put("GRUBE2/GRUBE2-10", new String[] { "GRUBE1", "GRUBE1-10" });
		twins.put("GRUBE1/GRUBE1-15", new String[] { "GRUBE1", "GRUBE1-10" });
		for (YearMonth month = MONTH.minusMonths(2); !month.isAfter(MONTH); month = month.plusMonths(1)) {
			forced.put("GRUBE1/GRUBE1-10/" + month, 1.31);
		}
	}

	private void generateUnit(String code, double annualShare) {
		int teams = 4 + random.nextInt(5);
		if (code.equals("GRUBE1")) {
			// room for the twin GRUBE1-15
			teams = Math.max(teams, 6);
		}
		double annual = 0;
		for (int i = 0; i < teams; i++) {
			String team = code + "-" + (10 + i);
			Role role = i == 0 || i == 2 ? Role.STRONG : i == 1 ? Role.WEAK : Role.values()[random.nextInt(3)];
			boolean coalMain = random.nextBoolean();
			if (twins.containsKey(code + "/" + team) || team.equals("GRUBE1-10")) {
				coalMain = true;
			}
			double coal = coalMain ? 800 + random.nextInt(400) : 100 + random.nextInt(150);
			double ore = coalMain ? 50 + random.nextInt(50) : 300 + random.nextInt(150);
			annual += Math.round(12 * coal * annualShare) * PRICES.get(COAL)
					+ Math.round(12 * ore * annualShare) * PRICES.get(ORE);
			String section = i % 2 == 0 ? "Revier A" : "Revier B";
			for (YearMonth month = FIRST; !month.isAfter(MONTH); month = month.plusMonths(1)) {
				if (code.equals("WERK") && (month.equals(YearMonth.of(1961, 4)) || month.equals(YearMonth.of(1961, 8)))) {
					continue;
				}
				if (team.equals("GRUBE2-13") && month.equals(YearMonth.of(1961, 7))) {
					continue;
				}
				double factor = role.low + (role.high - role.low) * random.nextDouble();
				factor = forced.getOrDefault(code + "/" + team + "/" + month, factor);
				double coalPlan = Math.round(coal * (0.95 + 0.1 * random.nextDouble()));
				double orePlan = Math.round(ore * (0.95 + 0.1 * random.nextDouble()));
				double coalActual = Math.round(coalPlan * factor);
				double oreActual = Math.round(orePlan * factor);
				String[] twin = twins.get(code + "/" + team);
				if (twin != null && !month.isBefore(MONTH.minusMonths(2))) {
					Row coalRow = find(twin, month, COAL);
					Row oreRow = find(twin, month, ORE);
					coalPlan = coalRow.planQuantity();
					coalActual = coalRow.actualQuantity();
					orePlan = oreRow.planQuantity();
					oreActual = oreRow.actualQuantity();
				}
				rows.add(new Row(month, code, team, "Brigade " + team, section, COAL, coalPlan, coalActual));
				rows.add(new Row(month, code, team, "Brigade " + team, section, ORE, orePlan, oreActual));
			}
		}
		annualPlans.put(code, annual);
	}

	private Row find(String[] team, YearMonth month, String indicator) {
		for (Row row : rows) {
			if (row.enterpriseCode().equals(team[0]) && row.teamCode().equals(team[1]) && row.period().equals(month)
					&& row.indicator().equals(indicator)) {
				return row;
			}
		}
		throw new IllegalStateException("the twin's model " + team[1] + " must be generated first");
	}

}
