package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.catchup.spreadsheet.CellKind;
import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.validation.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnLayoutTest {

	@ParameterizedTest(name = "''{0}'' is {1}")
	@CsvSource(delimiter = '|', value = { "Team code|TEAM_CODE", "team_code|TEAM_CODE", "TEAM CODE|TEAM_CODE",
			"Brigade-Nr.|TEAM_CODE", "brigade nr|TEAM_CODE", "Brigade|TEAM_NAME", "Team name|TEAM_NAME",
			"Abteilung|SECTION", "Revier|SECTION", "SECTION|SECTION", "Kennziffer|INDICATOR", "Soll|PLAN",
			"Ist|ACTUAL", "Beschäftigte|HEADCOUNT", "Kampf um Titel|STRIVING_TITLE", "striving-title|STRIVING_TITLE",
			"Bemerkungen|REMARKS", "Betrieb-Nr.|ENTERPRISE_CODE", "enterprise_code|ENTERPRISE_CODE",
			"Berichtsmonat|PERIOD", " Plan: |PLAN" })
	void headerNamesMatchTheirColumn(String header, Column column) {
		assertThat(ColumnLayout.byHeader(header)).isEqualTo(column);
	}

	@Test
	void rowWithAllRequiredColumnsIsTheHeader() {
		ColumnLayout layout = ColumnLayout.of(row(4, "Ist", "Soll", "Kennziffer", "Brigade", "Brigade-Nr.",
				"Abteilung", "Kommentar"));

		assertThat(layout.complete()).isTrue();
		assertThat(layout.index(Column.ACTUAL)).isZero();
		assertThat(layout.index(Column.SECTION)).isEqualTo(5);
		assertThat(layout.header(Column.TEAM_CODE)).isEqualTo("Brigade-Nr.");
		assertThat(layout.index(Column.HEADCOUNT)).isEqualTo(-1);
		assertThat(layout.unknownColumns()).extracting(SheetCell::text).containsExactly("Kommentar");
	}

	@Test
	void rowWithSomeColumnsOnlyLooksLikeAHeader() {
		ColumnLayout layout = ColumnLayout.of(row(0, "Section", "Team code", "Plan"));

		assertThat(layout.complete()).isFalse();
		assertThat(layout.looksLikeHeader()).isTrue();
		assertThat(layout.missing()).containsExactly(Column.TEAM_NAME, Column.INDICATOR, Column.ACTUAL);
	}

	@Test
	void titleBlockRowDoesNotLookLikeAHeader() {
		assertThat(ColumnLayout.of(row(0, "Enterprise code", "E01")).looksLikeHeader()).isFalse();
		assertThat(ColumnLayout.of(row(0, "Period", "1959-08")).looksLikeHeader()).isFalse();
	}

	@Test
	void secondColumnOfTheSameNameIsIgnoredAsUnknown() {
		ColumnLayout layout = ColumnLayout.of(row(0, "Section", "Team code", "Team name", "Indicator", "Plan",
				"Actual", "plan"));

		assertThat(layout.index(Column.PLAN)).isEqualTo(4);
		assertThat(layout.unknownColumns()).extracting(SheetCell::column).containsExactly(6);
	}

	private static SheetRow row(int rowIndex, String... texts) {
		List<SheetCell> cells = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			cells.add(new SheetCell(i, CellKind.TEXT, texts[i], 0, false));
		}
		return new SheetRow(rowIndex, cells);
	}

}
