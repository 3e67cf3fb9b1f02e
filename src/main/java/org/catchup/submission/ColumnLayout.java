package org.catchup.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.validation.Column;

/**
 * Where each column sits in one candidate header row, and what the file calls it. A row is the
 * header when it holds every required column; a row with two or more known names but not all
 * required ones merely looks like a header (and earns MISSING_COLUMN if no better one follows).
 */
final class ColumnLayout {

	/** Every accepted header name, normalised, to its column. */
	private static final Map<String, Column> BY_NAME = byName();

	private final int rowIndex;

	private final Map<Column, SheetCell> columns = new EnumMap<>(Column.class);

	private final List<SheetCell> unknown = new ArrayList<>();

	private ColumnLayout(int rowIndex) {
		this.rowIndex = rowIndex;
	}

	static ColumnLayout of(SheetRow row) {
		ColumnLayout layout = new ColumnLayout(row.rowIndex());
		for (SheetCell cell : row.cells()) {
			String text = Labels.text(cell);
			if (text == null) {
				continue;
			}
			Column column = Labels.isText(cell) ? byHeader(text) : null;
			if (column == null || layout.columns.containsKey(column)) {
				// a second `plan` column is as useless to us as an unknown one
				layout.unknown.add(cell);
			}
			else {
				layout.columns.put(column, cell);
			}
		}
		return layout;
	}

	/** The column a header names, matched as {@link Labels#normalise} compares; null for none. */
	static Column byHeader(String header) {
		return BY_NAME.get(Labels.normalise(header));
	}

	private static Map<String, Column> byName() {
		Map<String, Column> byName = new HashMap<>();
		for (Column column : Column.values()) {
			for (String name : column.names()) {
				byName.put(Labels.normalise(name), column);
			}
		}
		return Map.copyOf(byName);
	}

	int rowIndex() {
		return rowIndex;
	}

	boolean complete() {
		return missing().isEmpty();
	}

	boolean looksLikeHeader() {
		return columns.size() >= 2 && columns.keySet().stream().anyMatch(Column::required);
	}

	List<Column> missing() {
		List<Column> missing = new ArrayList<>();
		for (Column column : Column.values()) {
			if (column.required() && !columns.containsKey(column)) {
				missing.add(column);
			}
		}
		return missing;
	}

	boolean has(Column column) {
		return columns.containsKey(column);
	}

	/** The 0-based sheet column of {@code column}, or -1 when the file lacks it. */
	int index(Column column) {
		SheetCell cell = columns.get(column);
		return cell == null ? -1 : cell.column();
	}

	/** The header as written in the file, e.g. {@code Brigade-Nr.}; the canonical name when absent. */
	String header(Column column) {
		SheetCell cell = columns.get(column);
		return cell == null ? column.displayName() : cell.text().strip();
	}

	/** The cell of {@code column} in a data row, or null when blank or the column is absent. */
	SheetCell cell(SheetRow row, Column column) {
		int index = index(column);
		return index < 0 ? null : row.cell(index);
	}

	List<SheetCell> unknownColumns() {
		return unknown;
	}

}
