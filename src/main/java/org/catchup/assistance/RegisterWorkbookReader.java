package org.catchup.assistance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.spreadsheet.SpreadsheetException;
import org.catchup.spreadsheet.WorkbookReader;
import org.catchup.submission.Problem;
import org.catchup.submission.ProblemCode;

/**
 * Reads the register workbook (SPEC §9): sheet {@code Assistance}, header in row 1, columns in
 * any order, matched case- and space-insensitively. Streams through the same guarded reader as
 * submissions, so a hostile file is refused the same way.
 */
final class RegisterWorkbookReader {

	static final String SHEET = "Assistance";

	static final String HELPER_ENTERPRISE = "Helper enterprise";

	static final String HELPER_TEAM = "Helper team";

	static final String HELPED_ENTERPRISE = "Helped enterprise";

	static final String HELPED_TEAM = "Helped team";

	static final String FROM = "From";

	static final String TO = "To";

	static final String NOTE = "Note";

	private static final List<String> REQUIRED = List.of(HELPER_ENTERPRISE, HELPER_TEAM, HELPED_ENTERPRISE,
			HELPED_TEAM, FROM);

	private static final List<String> ALL = List.of(HELPER_ENTERPRISE, HELPER_TEAM, HELPED_ENTERPRISE, HELPED_TEAM,
			FROM, TO, NOTE);

	/** The rows read and what made the workbook unreadable as a register (no rule checked yet). */
	record Result(List<RegisterRow> rows, List<Problem> problems) {
	}

	private final WorkbookReader reader;

	RegisterWorkbookReader(WorkbookReader reader) {
		this.reader = reader;
	}

	Result read(Path file, String fileName) {
		Visitor visitor = new Visitor();
		try {
			reader.read(file, fileName, visitor);
		}
		catch (SpreadsheetException ex) {
			return new Result(List.of(), List.of(Problem.ofFile(fileProblem(ex), ex.getMessage())));
		}
		List<Problem> problems = new ArrayList<>(visitor.problems);
		if (!visitor.sawSheet) {
			problems.add(Problem.ofFile(ProblemCode.NO_HEADER_ROW,
					"The workbook has no visible sheet named '" + SHEET + "'; the register is read from that sheet."));
		}
		return new Result(visitor.rows, problems);
	}

	private static ProblemCode fileProblem(SpreadsheetException ex) {
		return switch (ex.reason()) {
			case TOO_LARGE -> ProblemCode.FILE_TOO_LARGE;
			case ENCRYPTED -> ProblemCode.ENCRYPTED_FILE;
			case UNSUPPORTED_FORMAT -> ProblemCode.UNSUPPORTED_FORMAT;
			default -> ProblemCode.UNREADABLE_FILE;
		};
	}

	static String normalised(String header) {
		return header == null ? "" : header.replaceAll("[\\s_]+", "").toLowerCase(Locale.ROOT);
	}

	private static final class Visitor implements SheetVisitor {

		private final List<RegisterRow> rows = new ArrayList<>();

		private final List<Problem> problems = new ArrayList<>();

		private final Map<String, Integer> columns = new LinkedHashMap<>();

		private String sheet;

		private boolean sawSheet;

		private boolean headerRead;

		@Override
		public boolean startSheet(String sheetName) {
			if (sawSheet || !sheetName.equalsIgnoreCase(SHEET)) {
				return false;
			}
			sheet = sheetName;
			sawSheet = true;
			return true;
		}

		@Override
		public boolean row(SheetRow row) {
			if (!headerRead) {
				headerRead = true;
				if (row.rowIndex() != 0) {
					problems.add(Problem.of(ProblemCode.NO_HEADER_ROW, sheet, "A1", null, null,
							"Row 1 of sheet '" + sheet + "' is empty; it must hold the column headers."));
					return false;
				}
				return header(row);
			}
			rows.add(new RegisterRow(sheet, row.rowIndex(), cell(row, HELPER_ENTERPRISE), cell(row, HELPER_TEAM),
					cell(row, HELPED_ENTERPRISE), cell(row, HELPED_TEAM), cell(row, FROM), cell(row, TO),
					cell(row, NOTE)));
			return true;
		}

		private boolean header(SheetRow row) {
			Map<String, String> wanted = new LinkedHashMap<>();
			ALL.forEach(name -> wanted.put(normalised(name), name));
			for (SheetCell cell : row.cells()) {
				String name = wanted.get(normalised(cell.text()));
				if (name != null) {
					columns.putIfAbsent(name, cell.column());
				}
			}
			List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
			for (String name : missing) {
				problems.add(Problem.of(ProblemCode.MISSING_COLUMN, sheet, "A1", name, null,
						"The required column '" + name + "' is missing from row 1 of sheet '" + sheet + "'."));
			}
			return missing.isEmpty();
		}

		private RegisterRow.Cell cell(SheetRow row, String name) {
			Integer column = columns.get(name);
			if (column == null) {
				return new RegisterRow.Cell(null, name, null);
			}
			return new RegisterRow.Cell(SheetCell.reference(row.rowIndex(), column), name, row.cell(column));
		}

		@Override
		public boolean endSheet() {
			return false;
		}

	}

}
