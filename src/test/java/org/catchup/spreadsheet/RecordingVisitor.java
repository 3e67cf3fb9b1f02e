package org.catchup.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what a reader delivers; can stop a sheet after some rows or the workbook after a sheet. */
class RecordingVisitor implements SheetVisitor {

	final Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();

	final List<String> events = new ArrayList<>();

	private final int rowsPerSheet;

	private final boolean stopAfterFirstSheet;

	private List<SheetRow> current;

	RecordingVisitor() {
		this(Integer.MAX_VALUE, false);
	}

	RecordingVisitor(int rowsPerSheet, boolean stopAfterFirstSheet) {
		this.rowsPerSheet = rowsPerSheet;
		this.stopAfterFirstSheet = stopAfterFirstSheet;
	}

	@Override
	public boolean startSheet(String sheetName) {
		events.add("start " + sheetName);
		current = new ArrayList<>();
		sheets.put(sheetName, current);
		return true;
	}

	@Override
	public boolean row(SheetRow row) {
		current.add(row);
		return current.size() < rowsPerSheet;
	}

	@Override
	public boolean endSheet() {
		events.add("end");
		return !stopAfterFirstSheet;
	}

	List<SheetRow> rows(String sheetName) {
		return sheets.get(sheetName);
	}

	SheetCell cell(String sheetName, int rowIndex, int column) {
		return sheets.get(sheetName)
			.stream()
			.filter(row -> row.rowIndex() == rowIndex)
			.findFirst()
			.map(row -> row.cell(column))
			.orElse(null);
	}

}
