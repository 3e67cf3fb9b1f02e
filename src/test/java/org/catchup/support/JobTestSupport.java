package org.catchup.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small helpers for the job tests: workbooks written from plain rows. */
public final class JobTestSupport {

	private JobTestSupport() {
	}

	/** Writes a workbook with one sheet per entry; numbers stay numeric cells, everything else text. */
	public static Path workbook(Path file, java.util.Map<String, List<List<Object>>> sheets) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheets.forEach((name, rows) -> {
				Sheet sheet = workbook.createSheet(name);
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					List<Object> values = rows.get(r);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value instanceof Number number) {
							row.createCell(c).setCellValue(number.doubleValue());
						}
						else if (value != null) {
							row.createCell(c).setCellValue(value.toString());
						}
					}
				}
			});
			workbook.write(out);
		}
		return file;
	}

}
