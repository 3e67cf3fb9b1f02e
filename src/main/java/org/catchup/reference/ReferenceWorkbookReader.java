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

	public record Result(ReferenceData data, List<ReferenceProblem> problems) {
	}

	public Result read(Path file) {
		List<ReferenceProblem> problems = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			List<Enterprise> enterprises = new ArrayList<>();
			List<Indicator> indicators = new ArrayList<>();
			List<AnnualPlanEntry> plans = new ArrayList<>();
			new SheetRows(workbook, ENTERPRISES, List.of("code", "name", "kind", "parent_code"), problems)
				.forEach(row -> enterprise(row, problems).ifPresent(enterprises::add));
			new SheetRows(workbook, INDICATORS, List.of("code", "name", "unit", "price"), problems)
				.forEach(row -> indicator(row, problems).ifPresent(indicators::add));
			new SheetRows(workbook, ANNUAL_PLAN, List.of("enterprise_code", "year", "indicator", "quantity"), problems)
				.forEach(row -> annualPlan(row, problems).ifPresent(plans::add));
			return new Result(new ReferenceData(enterprises, indicators, plans), problems);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new ReferenceProblem(file.getFileName().toString(),
					"cannot be read as a workbook: " + ex.getMessage()));
			return new Result(new ReferenceData(List.of(), List.of(), List.of()), problems);
		}
	}

	private Optional<Enterprise> enterprise(RowView row, List<ReferenceProblem> problems) {
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

	private Optional<Indicator> indicator(RowView row, List<ReferenceProblem> problems) {
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

	private Optional<AnnualPlanEntry> annualPlan(RowView row, List<ReferenceProblem> problems) {
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
					action.accept(new RowView(sheet.getSheetName(), row, columns, problems));
				}
			}
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

		RowView(String sheet, Row row, Map<String, Integer> columns, List<ReferenceProblem> problems) {
			this.sheet = sheet;
			this.row = row;
			this.columns = columns;
			this.problems = problems;
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
				return BigDecimal.valueOf(cell.getNumericCellValue());
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
