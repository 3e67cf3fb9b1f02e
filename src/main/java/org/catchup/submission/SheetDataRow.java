package org.catchup.submission;

import java.time.YearMonth;
import java.util.Optional;

import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.validation.Column;
import org.catchup.validation.DataRow;
import org.catchup.validation.NumberReading;

/** A row of the sheet read through the header's {@link ColumnLayout}, for the rules. */
record SheetDataRow(ColumnLayout layout, SheetRow row) implements DataRow {

	@Override
	public int rowIndex() {
		return row.rowIndex();
	}

	@Override
	public boolean has(Column column) {
		return layout.has(column);
	}

	@Override
	public String header(Column column) {
		return layout.header(column);
	}

	@Override
	public String reference(Column column) {
		return SheetCell.reference(row.rowIndex(), layout.index(column));
	}

	@Override
	public String text(Column column) {
		return Labels.text(cell(column));
	}

	@Override
	public String found(Column column) {
		return Labels.found(cell(column));
	}

	@Override
	public boolean isBlank(Column column) {
		return Labels.isBlank(cell(column));
	}

	@Override
	public NumberReading number(Column column) {
		return NumberParser.read(cell(column));
	}

	@Override
	public Optional<YearMonth> month(Column column) {
		return PeriodParser.parse(cell(column));
	}

	private SheetCell cell(Column column) {
		return layout.cell(row, column);
	}

}
