package org.catchup.reference;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.catchup.warehouse.AnnualPlanEntry;
import org.catchup.warehouse.Indicator;
import org.catchup.warehouse.ReferenceData;

/**
 * Reads the planning office's reference workbook (SPEC §2): three sheets, header in row 1,
 * header names case-insensitive. Everything wrong is collected with its cell; a workbook
 * with any problem is not loaded at all. The workbook is small, so POI's usermodel is fine.
 */
public class ReferenceWorkbookReader {

	private static final String ENTERPRISES = "Enterprises";

	private static final String INDICATORS = "Indicators";

	private static final String ANNUAL_PLAN = "AnnualPlan";

	private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

	/**
	 * What was read, what was wrong, and where each entry came from: {@code locate} names the
	 * cell of an entry's column, e.g. entry 0 of AnnualPlan, column enterprise_code → AnnualPlan!A2.
	 */
	public record Result(ReferenceData data, List<ReferenceProblem> problems, CellLocator locate) {
	}

	/** Names the cell holding {@code column} of the {@code index}-th entry read from {@code sheet}. */
	public interface CellLocator {

		String cell(String sheet, int index, String column);

	}

	public Result read(Path file) {
		List<ReferenceProblem> problems = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			List<Enterprise> enterprises = new ArrayList<>();
			List<Indicator> indicators = new ArrayList<>();
			List<AnnualPlanEntry> plans = new ArrayList<>();
			Map<String, SheetRows> sheets = new HashMap<>();
			sheets.put(ENTERPRISES,
					new SheetRows(workbook, ENTERPRISES, List.of("code", "name", "kind", "parent_code"), problems));
			sheets.put(INDICATORS, new SheetRows(workbook, INDICATORS, List.of("code", "name", "unit", "price"), problems));
			sheets.put(ANNUAL_PLAN, new SheetRows(workbook, ANNUAL_PLAN,
					List.of("enterprise_code", "year", "indicator", "quantity"), problems));
			sheets.get(ENTERPRISES).forEach(row -> enterprise(row).ifPresent(e -> row.keep(enterprises, e)));
			sheets.get(INDICATORS).forEach(row -> indicator(row).ifPresent(i -> row.keep(indicators, i)));
			sheets.get(ANNUAL_PLAN).forEach(row -> annualPlan(row).ifPresent(p -> row.keep(plans, p)));
			return new Result(new ReferenceData(enterprises, indicators, plans), problems,
					(sheet, index, column) -> sheets.get(sheet).cell(index, column));
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new ReferenceProblem(file.getFileName().toString(),
					"cannot be read as a workbook: " + ex.getMessage()));
			return new Result(new ReferenceData(List.of(), List.of(), List.of()), problems,
					(sheet, index, column) -> sheet);
		}
	}

	private Optional<Enterprise> enterprise(RowView row) {
		String code = row.required("code");
		String name = row.required("name");
		String kindText = row.required("kind");
		String parent = row.text("parent_code");
		EnterpriseKind kind = null;
		if (kindText != null) {
			try {
				kind = EnterpriseKind.valueOf(kindText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				row.problem("kind", "kind '" + kindText + "' is not one of MINE, SMELTER, WORKSHOP, COMBINE, OTHER");
			}
		}
		if (code == null || name == null || kind == null) {
			return Optional.empty();
		}
		return Optional.of(new Enterprise(code, name, kind, parent));
	}

	private Optional<Indicator> indicator(RowView row) {
		String code = row.required("code");
		String name = row.required("name");
		String unit = row.required("unit");
		BigDecimal price = row.number("price");
		if (price != null && price.signum() <= 0) {
			row.problem("price", "price " + price.toPlainString() + " must be greater than 0");
			price = null;
		}
		if (code == null || name == null || unit == null || price == null) {
			return Optional.empty();
		}
		return Optional.of(new Indicator(code, name, unit, price));
	}

	private Optional<AnnualPlanEntry> annualPlan(RowView row) {
		String enterprise = row.required("enterprise_code");
		BigDecimal year = row.number("year");
		String indicator = row.required("indicator");
		BigDecimal quantity = row.number("quantity");
		if (year != null && (year.stripTrailingZeros().scale() > 0 || year.intValue() < 1900 || year.intValue() > 2999)) {
			row.problem("year", "year " + year.toPlainString() + " is not a calendar year");
			year = null;
		}
		if (quantity != null && quantity.signum() < 0) {
			row.problem("quantity", "quantity " + quantity.toPlainString() + " must not be negative");
			quantity = null;
		}
		if (enterprise == null || year == null || indicator == null || quantity == null) {
			return Optional.empty();
		}
		return Optional.of(new AnnualPlanEntry(enterprise, year.intValue(), indicator, quantity));
	}

	/** The data rows of one sheet, with its header mapped to column indexes. */
	private final class SheetRows {

		private final Sheet sheet;

		private final Map<String, Integer> columns = new HashMap<>();

		private final List<ReferenceProblem> problems;

		/** The sheet row index of each entry kept, in the order they were kept. */
		private final List<Integer> keptRows = new ArrayList<>();

		SheetRows(Workbook workbook, String name, List<String> required, List<ReferenceProblem> problems) {
			this.problems = problems;
			Sheet found = null;
			for (Sheet candidate : workbook) {
				if (candidate.getSheetName().equalsIgnoreCase(name)) {
					found = candidate;
				}
			}
			if (found == null) {
				problems.add(new ReferenceProblem(name, "the sheet '" + name + "' is missing"));
				this.sheet = null;
				return;
			}
			Row header = found.getRow(0);
			if (header != null) {
				for (Cell cell : header) {
					columns.put(formatter.formatCellValue(cell).trim().toLowerCase(Locale.ROOT), cell.getColumnIndex());
				}
			}
			List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				problems.add(new ReferenceProblem(name + "!A1", "the header row lacks the column(s) " + missing));
				this.sheet = null;
				return;
			}
			this.sheet = found;
		}

		void forEach(Consumer<RowView> action) {
			if (sheet == null) {
				return;
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && !isBlank(row)) {
					action.accept(new RowView(sheet.getSheetName(), row, columns, problems, keptRows));
				}
			}
		}

		String cell(int index, String column) {
			return sheet.getSheetName() + "!"
					+ new CellReference(keptRows.get(index), columns.get(column)).formatAsString(false);
		}

		private boolean isBlank(Row row) {
			for (Cell cell : row) {
				if (!formatter.formatCellValue(cell).isBlank()) {
					return false;
				}
			}
			return true;
		}

	}

	/** One data row, read by column name; every complaint names its cell. */
	private final class RowView {

		private final String sheet;

		private final Row row;

		private final Map<String, Integer> columns;

		private final List<ReferenceProblem> problems;

		private final List<Integer> keptRows;

		RowView(String sheet, Row row, Map<String, Integer> columns, List<ReferenceProblem> problems,
				List<Integer> keptRows) {
			this.sheet = sheet;
			this.row = row;
			this.columns = columns;
			this.problems = problems;
			this.keptRows = keptRows;
		}

		/** Adds the entry read from this row, remembering the row so later checks can name its cells. */
		<T> void keep(List<T> entries, T entry) {
			entries.add(entry);
			keptRows.add(row.getRowNum());
		}

		String text(String column) {
			Cell cell = row.getCell(columns.get(column));
			String text = cell == null ? "" : formatter.formatCellValue(cell).trim();
			return text.isEmpty() ? null : text;
		}

		String required(String column) {
			String text = text(column);
			if (text == null) {
				problem(column, column + " is empty");
			}
			return text;
		}

		BigDecimal number(String column) {
			Cell cell = row.getCell(columns.get(column));
			if (cell != null && cell.getCellType() == CellType.NUMERIC) {
				BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
				return number.scale() < 0 ? number.setScale(0) : number;
			}
			String text = required(column);
			if (text == null) {
				return null;
			}
			try {
				return new BigDecimal(text);
			}
			catch (NumberFormatException ex) {
				problem(column, column + " '" + text + "' is not a number");
				return null;
			}
		}

		void problem(String column, String message) {
			String cell = new CellReference(row.getRowNum(), columns.get(column)).formatAsString(false);
			problems.add(new ReferenceProblem(sheet + "!" + cell, message));
		}

	}

}
