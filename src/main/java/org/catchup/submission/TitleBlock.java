package org.catchup.submission;

import java.util.EnumMap;
import java.util.Map;

import org.catchup.spreadsheet.CellKind;
import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;

/** The labelled values above the header row: label in column A, value to its right (normally B). */
final class TitleBlock {

	enum Field {
		ENTERPRISE("enterprisecode", "betriebnr"), PERIOD("period", "berichtsmonat"),
		SUBMITTED_BY("submittedby", "bearbeiter");

		private final String english;

		private final String german;

		Field(String english, String german) {
			this.english = english;
			this.german = german;
		}

		static Field byLabel(String label) {
			String key = Labels.normalise(label);
			for (Field field : values()) {
				if (field.english.equals(key) || field.german.equals(key)) {
					return field;
				}
			}
			return null;
		}
	}

	/** A label found, its row, and the value cell (null when the clerk left it blank). */
	record Entry(String label, int rowIndex, SheetCell value) {

		String reference() {
			return SheetCell.reference(rowIndex, value == null ? 1 : value.column());
		}

	}

	private final Map<Field, Entry> entries = new EnumMap<>(Field.class);

	void offer(SheetRow row) {
		SheetCell labelCell = row.cell(0);
		if (!Labels.isText(labelCell)) {
			return;
		}
		String label = labelCell.text().strip();
		Field field = Field.byLabel(label);
		SheetCell value = null;
		int colon = label.indexOf(':');
		if (field == null && colon > 0 && !label.substring(colon + 1).isBlank()) {
			// "Period: 1959-08" typed into A alone
			field = Field.byLabel(label.substring(0, colon));
			value = new SheetCell(0, CellKind.TEXT, label.substring(colon + 1).strip(), 0, false);
			label = label.substring(0, colon).strip();
		}
		else {
			value = valueRightOf(row);
		}
		if (field != null && !entries.containsKey(field)) {
			entries.put(field, new Entry(label, row.rowIndex(), value));
		}
	}

	/** The value normally sits in B; a merged B:C or a skipped column still counts. */
	private static SheetCell valueRightOf(SheetRow row) {
		for (SheetCell cell : row.cells()) {
			if (cell.column() > 0 && !Labels.isBlank(cell)) {
				return cell;
			}
		}
		return null;
	}

	Entry get(Field field) {
		return entries.get(field);
	}

}
