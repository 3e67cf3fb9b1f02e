package org.catchup.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.catchup.spreadsheet.CellKind;
import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.spreadsheet.SpreadsheetException;
import org.catchup.spreadsheet.WorkbookReader;

/**
 * A whole-workbook stand-in for the real streaming reader, good enough to run the fixtures
 * through the submission rules until the real one lands. Test code only: it loads everything.
 */
final class UsermodelTestReader implements WorkbookReader {

	@Override
	public void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		switch (extension) {
			case "csv" -> readCsv(file, fileName, visitor);
			case "xlsx", "xlsm", "xls" -> readWorkbook(file, visitor);
			default -> throw new SpreadsheetException(SpreadsheetException.Reason.UNSUPPORTED_FORMAT,
					"Files of type ." + extension + " are not accepted: send .xlsx, .xlsm, .xls or .csv.");
		}
	}

	private static void readWorkbook(Path file, SheetVisitor visitor) throws SpreadsheetException {
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
					continue;
				}
				Sheet sheet = workbook.getSheetAt(s);
				if (!visitor.startSheet(sheet.getSheetName())) {
					continue;
				}
				for (Row row : sheet) {
					List<SheetCell> cells = new ArrayList<>();
					for (Cell cell : row) {
						SheetCell converted = convert(cell);
						if (converted != null) {
							cells.add(converted);
						}
					}
					if (!cells.isEmpty() && !visitor.row(new SheetRow(row.getRowNum(), cells))) {
						break;
					}
				}
				if (!visitor.endSheet()) {
					return;
				}
			}
		}
		catch (EncryptedDocumentException e) {
			throw new SpreadsheetException(SpreadsheetException.Reason.ENCRYPTED,
					"The workbook is protected by a password: save it without one.", e);
		}
		catch (IOException | RuntimeException e) {
			throw new SpreadsheetException(SpreadsheetException.Reason.UNREADABLE,
					"The file is damaged or not a workbook: " + e.getMessage(), e);
		}
	}

	private static SheetCell convert(Cell cell) {
		int column = cell.getColumnIndex();
		boolean formula = cell.getCellType() == CellType.FORMULA;
		if (formula && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
			return new SheetCell(column, CellKind.FORMULA_WITHOUT_RESULT, cell.getCellFormula(), 0, true);
		}
		CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().isEmpty() ? null
					: new SheetCell(column, CellKind.TEXT, cell.getStringCellValue(), 0, formula);
			case NUMERIC -> {
				double value = cell.getNumericCellValue();
				CellKind kind = DateUtil.isCellDateFormatted(cell) ? CellKind.DATE : CellKind.NUMBER;
				yield new SheetCell(column, kind, NumberToTextConverter.toText(value), value, formula);
			}
			case BOOLEAN -> new SheetCell(column, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", 0,
					formula);
			case ERROR -> new SheetCell(column, CellKind.ERROR,
					FormulaError.forInt(cell.getErrorCellValue()).getString(), 0, formula);
			default -> null;
		};
	}

	private static void readCsv(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
			String firstLine = content.lines().findFirst().orElse("");
			char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
				.filter(c -> c == ',')
				.count() ? ';' : ',';
			CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
			if (!visitor.startSheet(fileName.substring(0, fileName.lastIndexOf('.')))) {
				return;
			}
			int rowIndex = 0;
			for (CSVRecord record : CSVParser.parse(content, format)) {
				List<SheetCell> cells = new ArrayList<>();
				for (int i = 0; i < record.size(); i++) {
					if (!record.get(i).isEmpty()) {
						cells.add(new SheetCell(i, CellKind.TEXT, record.get(i), 0, false));
					}
				}
				if (!cells.isEmpty() && !visitor.row(new SheetRow(rowIndex, cells))) {
					break;
				}
				rowIndex++;
			}
			visitor.endSheet();
		}
		catch (IOException e) {
			throw new SpreadsheetException(SpreadsheetException.Reason.UNREADABLE, e.getMessage(), e);
		}
	}

}
