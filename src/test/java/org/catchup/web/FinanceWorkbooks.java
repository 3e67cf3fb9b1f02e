package org.catchup.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Workbooks for the finance page tests, made from the story's samples. */
final class FinanceWorkbooks {

	private FinanceWorkbooks() {
	}

	/** OBS's September 1959 workbook with its title block's period set to {@code period}. */
	static Path obsWorkbook(Path folder, String period) throws IOException {
		Path copy = folder.resolve("OBS-" + period + ".xlsx");
		try (InputStream in = Files.newInputStream(WebTestSupport.SAMPLE_INPUT.resolve("submissions/1959-09/OBS-1959-09.xlsx"));
				Workbook workbook = WorkbookFactory.create(in); OutputStream out = Files.newOutputStream(copy)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= 10; r++) {
				Row row = sheet.getRow(r);
				Cell label = row == null ? null : row.getCell(0);
				if (label != null && label.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
						&& label.getStringCellValue().strip().matches("(?i)period|berichtsmonat")) {
					Cell value = row.getCell(1);
					row.removeCell(value);
					row.createCell(1).setCellValue(period);
					workbook.write(out);
					return copy;
				}
			}
		}
		throw new IllegalStateException("No period in the title block of OBS-1959-09.xlsx");
	}

}
