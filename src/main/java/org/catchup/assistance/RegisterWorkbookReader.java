package org.catchup.assistance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.catchup.assistance.PairRules.Field;
import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.spreadsheet.SpreadsheetException;
import org.catchup.spreadsheet.WorkbookReader;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;

/**
 * Reads the register workbook (SPEC §9): sheet {@code Assistance}, header in row 1, columns in
 * any order, matched case- and space-insensitively. Streams through the same guarded reader as
 * submissions, so a hostile file is refused the same way.
 */
final class RegisterWorkbookReader {

	static final String SHEET = "Assistance";

	private static final Set<Field> OPTIONAL = EnumSet.of(Field.TO, Field.NOTE);

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

		private final Map<Field, Integer> columns = new EnumMap<>(Field.class);

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
			rows.add(new RegisterRow(sheet, row.rowIndex(), cell(row, Field.HELPER_ENTERPRISE),
					cell(row, Field.HELPER_TEAM), cell(row, Field.HELPED_ENTERPRISE), cell(row, Field.HELPED_TEAM),
					cell(row, Field.FROM), cell(row, Field.TO), cell(row, Field.NOTE)));
			return true;
		}

		private boolean header(SheetRow row) {
			Map<String, Field> wanted = new LinkedHashMap<>();
			for (Field field : Field.values()) {
				wanted.put(normalised(field.label()), field);
			}
			for (SheetCell cell : row.cells()) {
				Field field = wanted.get(normalised(cell.text()));
				if (field != null) {
					columns.putIfAbsent(field, cell.column());
				}
			}
			List<Field> missing = EnumSet.complementOf(EnumSet.copyOf(OPTIONAL))
				.stream()
				.filter(field -> !columns.containsKey(field))
				.toList();
			for (Field field : missing) {
				problems.add(Problem.of(ProblemCode.MISSING_COLUMN, sheet, "A1", field.label(), null, "The required column '"
						+ field.label() + "' is missing from row 1 of sheet '" + sheet + "'."));
			}
			return missing.isEmpty();
		}

		private RegisterRow.Cell cell(SheetRow row, Field field) {
			Integer column = columns.get(field);
			if (column == null) {
				return new RegisterRow.Cell(null, field.label(), null);
			}
			return new RegisterRow.Cell(SheetCell.reference(row.rowIndex(), column), field.label(), row.cell(column));
		}

		@Override
		public boolean endSheet() {
			return false;
		}

	}

}
