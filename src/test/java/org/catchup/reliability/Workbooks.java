package org.catchup.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Plain submission workbooks for the reliability tests: title block, header in row 6, data from row 7. */
final class Workbooks {

	static final String[] HEADER = { "section", "team_code", "team_name", "indicator", "plan", "actual" };

	/** One data row. Plan and actual stay numeric cells. */
	record Line(String section, String teamCode, String teamName, String indicator, BigDecimal plan,
			BigDecimal actual) {

		static Line of(String teamCode, String teamName, String indicator, double plan, double actual) {
			return new Line("Revier 1", teamCode, teamName, indicator, BigDecimal.valueOf(plan),
					BigDecimal.valueOf(actual));
		}

	}

	private Workbooks() {
	}

	static XSSFWorkbook submission(String enterprise, String period, List<Line> lines) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Report");
		sheet.createRow(0).createCell(0).setCellValue("Monthly plan fulfilment");
		label(sheet, 1, "Enterprise code", enterprise);
		label(sheet, 2, "Period", period);
		Row header = sheet.createRow(5);
		for (int c = 0; c < HEADER.length; c++) {
			header.createCell(c).setCellValue(HEADER[c]);
		}
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			Row row = sheet.createRow(6 + i);
			if (line.section() != null) {
				row.createCell(0).setCellValue(line.section());
			}
			row.createCell(1).setCellValue(line.teamCode());
			if (line.teamName() != null) {
				row.createCell(2).setCellValue(line.teamName());
			}
			row.createCell(3).setCellValue(line.indicator());
			row.createCell(4).setCellValue(line.plan().doubleValue());
			row.createCell(5).setCellValue(line.actual().doubleValue());
		}
		return workbook;
	}

	static Path write(XSSFWorkbook workbook, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	private static void label(Sheet sheet, int row, String label, String value) {
		Row r = sheet.createRow(row);
		r.createCell(0).setCellValue(label);
		r.createCell(1).setCellValue(value);
	}

}
