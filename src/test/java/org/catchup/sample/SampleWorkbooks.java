package org.catchup.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An independent, deliberately plain reader of the sample workbooks for the tests: it shares
 * no code with the generator, so the story figures are checked against what is really in the
 * files.
 */
final class SampleWorkbooks {

	private SampleWorkbooks() {
	}

	record Line(int rowNumber, String section, String teamCode, String teamName, String indicator, BigDecimal plan,
			BigDecimal actual, String striving, String remarks, boolean textNumber) {
	}

	record Submission(String enterprise, YearMonth period, String sheetName, List<Line> lines, BigDecimal totalPlan,
			BigDecimal totalActual) {
	}

	record Reference(Map<String, String> parents, Map<String, BigDecimal> prices,
			Map<String, Map<String, BigDecimal>> annualPlan) {
	}

	private static final Map<String, Set<String>> ALIASES = Map.of(
			"section", Set.of("section", "abteilung", "revier"),
			"team_code", Set.of("team_code", "brigade-nr."),
			"team_name", Set.of("team_name", "brigade"),
			"indicator", Set.of("indicator", "kennziffer"),
			"plan", Set.of("plan", "soll"),
			"actual", Set.of("actual", "ist"),
			"striving_title", Set.of("striving_title", "kampfumtitel"),
			"remarks", Set.of("remarks", "bemerkungen"));

	static Reference reference(Path file) throws IOException {
		// from a stream: a workbook opened from a File is saved back on close()
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
			Map<String, String> parents = new LinkedHashMap<>();
			for (Row row : body(wb.getSheet("Enterprises"))) {
				parents.put(text(row.getCell(0)), text(row.getCell(3)));
			}
			Map<String, BigDecimal> prices = new LinkedHashMap<>();
			for (Row row : body(wb.getSheet("Indicators"))) {
				prices.put(text(row.getCell(0)), number(row.getCell(3)));
			}
			Map<String, Map<String, BigDecimal>> annual = new LinkedHashMap<>();
			for (Row row : body(wb.getSheet("AnnualPlan"))) {
				if (number(row.getCell(1)).intValue() == 1959) {
					annual.computeIfAbsent(text(row.getCell(0)), k -> new LinkedHashMap<>())
							.merge(text(row.getCell(2)), number(row.getCell(3)), BigDecimal::add);
				}
			}
			return new Reference(parents, prices, annual);
		}
	}

	private static List<Row> body(Sheet sheet) {
		List<Row> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && !text(row.getCell(0)).isEmpty()) {
				rows.add(row);
			}
		}
		return rows;
	}

	static Submission submission(Path file) throws IOException {
		return submission(file, false);
	}

	/** Reads a broken file: a number that cannot be read becomes null instead of failing. */
	static Submission submissionLenient(Path file) throws IOException {
		return submission(file, true);
	}

	/** Every non-blank cell of the first sheet as text, by address ("F13" -> "1,234"). */
	static Map<String, String> rawCells(Path file) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
			Map<String, String> cells = new LinkedHashMap<>();
			for (Row row : wb.getSheetAt(0)) {
				for (Cell cell : row) {
					if (!text(cell).isEmpty()) {
						cells.put(cell.getAddress().formatAsString(), text(cell));
					}
				}
			}
			return cells;
		}
	}

	private static Submission submission(Path file, boolean lenient) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = wb.getSheetAt(0);
			int headerRow = -1;
			Map<String, Integer> columns = new LinkedHashMap<>();
			String enterprise = null;
			YearMonth period = null;
			for (Row row : sheet) {
				columns = headerColumns(row);
				if (columns.keySet().containsAll(List.of("section", "team_code", "team_name", "indicator", "plan", "actual"))) {
					headerRow = row.getRowNum();
					break;
				}
				String label = text(row.getCell(0)).toLowerCase(Locale.ROOT);
				if (label.equals("enterprise code") || label.equals("betrieb-nr.")) {
					enterprise = text(row.getCell(1));
				} else if (label.equals("period") || label.equals("berichtsmonat")) {
					period = period(row.getCell(1));
				}
			}
			if (headerRow < 0) {
				throw new IllegalStateException("no header row in " + file);
			}
			List<Line> lines = new ArrayList<>();
			BigDecimal totalPlan = null;
			BigDecimal totalActual = null;
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row)) {
					break;
				}
				String first = text(row.getCell(0)).toLowerCase(Locale.ROOT);
				if (first.equals("total") || first.equals("summe")) {
					totalPlan = number(row.getCell(columns.get("plan")));
					totalActual = number(row.getCell(columns.get("actual")));
					break;
				}
				Cell plan = row.getCell(columns.get("plan"));
				Cell actual = row.getCell(columns.get("actual"));
				lines.add(new Line(r + 1, text(row.getCell(columns.get("section"))), text(row.getCell(columns.get("team_code"))),
						text(row.getCell(columns.get("team_name"))), text(row.getCell(columns.get("indicator"))),
						number(plan, lenient), number(actual, lenient), text(row.getCell(columns.getOrDefault("striving_title", -1))),
						text(row.getCell(columns.getOrDefault("remarks", -1))),
						plan.getCellType() == CellType.STRING || actual.getCellType() == CellType.STRING));
			}
			return new Submission(enterprise, period, sheet.getSheetName(), lines, totalPlan, totalActual);
		}
	}

	private static Map<String, Integer> headerColumns(Row row) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (Cell cell : row) {
			String name = text(cell).toLowerCase(Locale.ROOT).replace(" ", "");
			ALIASES.forEach((field, aliases) -> {
				if (aliases.contains(name)) {
					columns.put(field, cell.getColumnIndex());
				}
			});
		}
		return columns;
	}

	private static boolean blank(Row row) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK && !text(cell).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static YearMonth period(Cell cell) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDate date = cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
			return YearMonth.from(date);
		}
		String value = text(cell);
		for (String pattern : List.of("yyyy-MM", "MM/yyyy", "MMMM yyyy")) {
			try {
				return YearMonth.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
			} catch (RuntimeException notThisForm) {
				// try the next form
			}
		}
		throw new IllegalArgumentException("period " + value);
	}

	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
		case STRING -> cell.getStringCellValue().trim();
		case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		default -> "";
		};
	}

	private static final Pattern GERMAN = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d+|\\d+,\\d+");
	private static final Pattern ENGLISH = Pattern.compile("\\d+\\.\\d+|\\d+");
	/** one separator followed by exactly three digits: thousands or decimals? */
	private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,3}[.,]\\d{3}");

	private static BigDecimal number(Cell cell, boolean lenient) {
		try {
			return number(cell);
		} catch (IllegalArgumentException e) {
			if (lenient) {
				return null;
			}
			throw e;
		}
	}

	static BigDecimal number(Cell cell) {
		if (cell == null) {
			throw new IllegalArgumentException("missing number");
		}
		return switch (cell.getCellType()) {
		case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue());
		case FORMULA -> BigDecimal.valueOf(cell.getNumericCellValue()); // the stored result
		case STRING -> parse(cell.getStringCellValue().trim());
		default -> throw new IllegalArgumentException("not a number at " + cell.getAddress());
		};
	}

	/** SPEC §3: unambiguous text numbers only; "1,234" and "1.234" are refused. */
	static BigDecimal parse(String text) {
		if (AMBIGUOUS.matcher(text).matches()) {
			throw new IllegalArgumentException("ambiguous number " + text);
		}
		if (GERMAN.matcher(text).matches()) {
			return new BigDecimal(text.replace(".", "").replace(',', '.'));
		}
		if (ENGLISH.matcher(text).matches()) {
			return new BigDecimal(text);
		}
		throw new IllegalArgumentException("not a number: " + text);
	}

	/** SPEC §6: one decimal, rounded half up. */
	static BigDecimal percent(BigDecimal actualValue, BigDecimal planValue) {
		return actualValue.multiply(BigDecimal.valueOf(100)).divide(planValue, 1, RoundingMode.HALF_UP);
	}

}
