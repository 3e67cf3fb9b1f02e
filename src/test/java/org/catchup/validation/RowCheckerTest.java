package org.catchup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The row rules on rows given as plain values: no workbook needed. */
class RowCheckerTest {

	private static final ReferenceLookup REFERENCE = new ReferenceLookup() {
		@Override
		public boolean isKnownEnterprise(String enterpriseCode) {
			return enterpriseCode.equals("E01");
		}

		@Override
		public boolean isKnownIndicator(String indicatorCode) {
			return indicatorCode.equals("COAL");
		}
	};

	private final List<Problem> problems = new ArrayList<>();

	private final RowChecker checker = new RowChecker("Report", REFERENCE, TeamHistory.NONE, "E01",
			YearMonth.of(1959, 8), true, problems::add);

	@Test
	void aRowWithoutProblemsComesBackWithItsValues() {
		CheckedRow row = checker.check(row(5, "T01", "COAL", "100", "95"));

		assertThat(problems).isEmpty();
		assertThat(row.rowNumber()).isEqualTo(6);
		assertThat(row.teamCode()).isEqualTo("T01");
		assertThat(row.plan()).isEqualByComparingTo("100");
		assertThat(row.actual()).isEqualByComparingTo("95");
	}

	@Test
	void theSameTeamAndIndicatorTwiceIsAnErrorAtTheSecondRow() {
		checker.check(row(5, "T01", "COAL", "100", "95"));
		CheckedRow second = checker.check(row(6, "T01", "COAL", "100", "95"));

		assertThat(second).isNull();
		assertThat(problems).extracting(Problem::code, Problem::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.DUPLICATE_TEAM_INDICATOR, "B7"));
	}

	@Test
	void aNegativeActualIsAnErrorAndAnActualAboveTwiceThePlanAWarning() {
		assertThat(checker.check(row(5, "T01", "COAL", "100", "-1"))).isNull();
		assertThat(checker.check(row(6, "T02", "COAL", "100", "250"))).isNotNull();

		assertThat(problems).extracting(Problem::code)
			.containsExactly(ProblemCode.NEGATIVE_NUMBER, ProblemCode.ACTUAL_ABOVE_TWICE_PLAN);
	}

	/** Team code in B, indicator in D, plan in E, actual in F; numbers as numeric cells. */
	private static DataRow row(int rowIndex, String team, String indicator, String plan, String actual) {
		Map<Column, String> values = new EnumMap<>(Column.class);
		values.put(Column.TEAM_CODE, team);
		values.put(Column.INDICATOR, indicator);
		values.put(Column.PLAN, plan);
		values.put(Column.ACTUAL, actual);
		String letters = "ABCDEF";
		Map<Column, Integer> places = Map.of(Column.SECTION, 0, Column.TEAM_CODE, 1, Column.TEAM_NAME, 2,
				Column.INDICATOR, 3, Column.PLAN, 4, Column.ACTUAL, 5);
		return new DataRow() {
			@Override
			public int rowIndex() {
				return rowIndex;
			}

			@Override
			public boolean has(Column column) {
				return places.containsKey(column);
			}

			@Override
			public String header(Column column) {
				return column.names().get(0);
			}

			@Override
			public String reference(Column column) {
				Integer place = places.get(column);
				return (place == null ? "?" : String.valueOf(letters.charAt(place))) + (rowIndex + 1);
			}

			@Override
			public String text(Column column) {
				return values.get(column);
			}

			@Override
			public String found(Column column) {
				return values.get(column);
			}

			@Override
			public boolean isBlank(Column column) {
				return values.get(column) == null;
			}

			@Override
			public NumberReading number(Column column) {
				String value = values.get(column);
				return value == null ? NumberReading.of(NumberReading.Kind.BLANK)
						: new NumberReading(NumberReading.Kind.NUMBER, new BigDecimal(value));
			}

			@Override
			public Optional<YearMonth> month(Column column) {
				return Optional.empty();
			}
		};
	}

}
