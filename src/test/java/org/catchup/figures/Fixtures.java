package org.catchup.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Small builders so that each test shows its numbers and little else. */
final class Fixtures {

	static final YearMonth JULY = YearMonth.of(1959, 7);

	private Fixtures() {
	}

	static Enterprise mine(String code) {
		return new Enterprise(code, "Mine " + code, EnterpriseKind.MINE, null);
	}

	static Enterprise mine(String code, String parent) {
		return new Enterprise(code, "Mine " + code, EnterpriseKind.MINE, parent);
	}

	static Enterprise combine(String code, String parent) {
		return new Enterprise(code, "Combine " + code, EnterpriseKind.COMBINE, parent);
	}

	static TeamIndicatorMonth row(YearMonth month, String enterprise, String team, String indicator, String plan,
			String actual) {
		return new TeamIndicatorMonth(month, enterprise, team, "Team " + team, "Section 1", indicator,
				new BigDecimal(plan), new BigDecimal(actual));
	}

	/** One team with a single indicator "COAL". */
	static TeamIndicatorMonth row(YearMonth month, String enterprise, String team, String plan, String actual) {
		return row(month, enterprise, team, "COAL", plan, actual);
	}

	static AnnualPlanValue annual(String enterprise, int year, String plan) {
		return new AnnualPlanValue(enterprise, year, new BigDecimal(plan));
	}

	static FiguresInput input(YearMonth month, List<Enterprise> enterprises, List<TeamIndicatorMonth> facts) {
		return new FiguresInput(month, enterprises, facts, List.of(), List.of(), List.of(), LocalDate.of(1959, 8, 5),
				2, List.of(), null);
	}

	static Fulfilment fulfilment(String plan, String actual) {
		return new Fulfilment(new BigDecimal(plan), new BigDecimal(actual));
	}

	static BigDecimal pct(String value) {
		return new BigDecimal(value);
	}

}
