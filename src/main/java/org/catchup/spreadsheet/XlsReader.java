package org.catchup.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.catchup.spreadsheet.SpreadsheetException.Reason;

/**
 * Reads .xls (BIFF8) through POI's usermodel: an .xls holds at most 65,536 rows, so the whole
 * workbook fits in memory. Nothing is evaluated; formula cells give their stored result.
 */
final class XlsReader {

	private static final int DAYS_1904_TO_1900 = 1462;

	void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		String where = "";
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
			boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					continue;
				}
				Sheet sheet = workbook.getSheetAt(i);
				where = "sheet '" + sheet.getSheetName() + "': ";
				if (!visitor.startSheet(sheet.getSheetName())) {
					continue;
				}
				for (Iterator<Row> rows = sheet.rowIterator(); rows.hasNext();) {
					Row row = rows.next();
					where = "sheet '" + sheet.getSheetName() + "', row " + (row.getRowNum() + 1) + ": ";
					List<SheetCell> cells = cells(row, date1904);
					if (!cells.isEmpty() && !visitor.row(new SheetRow(row.getRowNum(), List.copyOf(cells)))) {
						break;
					}
				}
				if (!visitor.endSheet()) {
					return;
				}
			}
		}
		catch (VisitorFailure e) {
			throw e;
		}
		catch (EncryptedDocumentException e) {
			throw FormatSniffer.encrypted(fileName, e);
		}
		catch (OldExcelFormatException e) {
			throw new SpreadsheetException(Reason.UNSUPPORTED_FORMAT, "'" + fileName
					+ "' is in an old Excel format (Excel 95 or earlier); save it as .xlsx", e);
		}
		catch (IOException | RuntimeException e) {
			throw Unreadable.of(fileName, where + Unreadable.describe(e), e);
		}
	}

	private static List<SheetCell> cells(Row row, boolean date1904) {
		List<SheetCell> cells = new ArrayList<>();
		for (Iterator<Cell> it = row.cellIterator(); it.hasNext();) {
			SheetCell cell = cell(it.next(), date1904);
			if (cell != null) {
				cells.add(cell);
			}
		}
		return cells;
	}

	private static SheetCell cell(Cell cell, boolean date1904) {
		boolean formula = cell.getCellType() == CellType.FORMULA;
		CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		int column = cell.getColumnIndex();
		return switch (type) {
			case STRING -> {
				String text = cell.getStringCellValue();
				yield text == null || text.isEmpty() ? null : new SheetCell(column, CellKind.TEXT, text, 0, formula);
			}
			case NUMERIC -> number(cell, column, date1904, formula);
			case BOOLEAN -> {
				boolean truth = cell.getBooleanCellValue();
				yield new SheetCell(column, CellKind.BOOLEAN, truth ? "TRUE" : "FALSE", truth ? 1 : 0, formula);
			}
			case ERROR -> new SheetCell(column, CellKind.ERROR, errorText(cell.getErrorCellValue()), 0, formula);
			default -> null;
		};
	}

	private static SheetCell number(Cell cell, int column, boolean date1904, boolean formula) {
		double value = cell.getNumericCellValue();
		if (!Double.isFinite(value)) {
			return new SheetCell(column, CellKind.ERROR, "#NUM!", 0, formula);
		}
		if (DateUtil.isCellDateFormatted(cell)) {
			double serial = date1904 ? value + DAYS_1904_TO_1900 : value;
			return new SheetCell(column, CellKind.DATE, ExcelNumbers.general(serial), serial, formula);
		}
		return new SheetCell(column, CellKind.NUMBER, ExcelNumbers.general(value), value, formula);
	}

	private static String errorText(byte code) {
		return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
	}

}
