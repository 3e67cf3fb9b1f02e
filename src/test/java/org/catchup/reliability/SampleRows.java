package org.catchup.reliability;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Counts a sample workbook's data rows with POI's usermodel, sharing no code with the reader under test. */
final class SampleRows {

	private static final Set<String> TEAM_CODE = Set.of("team_code", "brigade-nr.");

	private SampleRows() {
	}

	static int count(Path file) throws Exception {
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			int header = -1;
			int rows = 0;
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (header < 0) {
					if (row != null && isHeader(row, formatter)) {
						header = r;
					}
					continue;
				}
				String first = row == null ? "" : formatter.formatCellValue(row.getCell(0)).trim();
				if (row == null || isBlank(row, formatter) || first.equalsIgnoreCase("total")
						|| first.equalsIgnoreCase("summe")) {
					break;
				}
				rows++;
			}
			return rows;
		}
	}

	private static boolean isHeader(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (TEAM_CODE.contains(formatter.formatCellValue(cell).trim().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBlank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

}
