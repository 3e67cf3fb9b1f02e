package org.catchup.web.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.warehouse.FiguresQueries;
import org.catchup.warehouse.TeamLine;
import org.springframework.stereotype.Component;

/**
 * The blank workbook for an enterprise and month (SPEC §3): the title block filled in, the
 * header row, and one row per team and indicator of the enterprise's last loaded month, with
 * plan and actual left empty for the clerk.
 */
@Component
class TemplateWorkbook {

	static final List<String> HEADER = List.of("section", "team_code", "team_name", "indicator", "plan", "actual",
			"headcount", "striving_title", "remarks");

	private final FiguresQueries queries;

	TemplateWorkbook(FiguresQueries queries) {
		this.queries = queries;
	}

	void write(String enterpriseCode, YearMonth period, String submittedBy, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Report");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			title(sheet, 0, "Enterprise code", enterpriseCode, bold);
			title(sheet, 1, "Period", period.toString(), bold);
			title(sheet, 2, "Submitted by", submittedBy, bold);
			Row header = sheet.createRow(4);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			int next = 5;
			for (TeamLine line : queries.lastTeamLines(enterpriseCode, period)) {
				Row row = sheet.createRow(next++);
				row.createCell(0).setCellValue(line.section());
				row.createCell(1).setCellValue(line.teamCode());
				row.createCell(2).setCellValue(line.teamName());
				row.createCell(3).setCellValue(line.indicator());
				if (line.headcount() != null) {
					row.createCell(6).setCellValue(line.headcount());
				}
				row.createCell(7).setCellValue(line.strivingTitle() ? "yes" : "no");
			}
			sheet.createFreezePane(0, 5);
			for (int c = 0; c < HEADER.size(); c++) {
				sheet.setColumnWidth(c, c == 2 || c == 0 ? 24 * 256 : 14 * 256);
			}
			workbook.write(out);
		}
	}

	private static void title(Sheet sheet, int rowIndex, String label, String value, CellStyle bold) {
		Row row = sheet.createRow(rowIndex);
		row.createCell(0).setCellValue(label);
		row.getCell(0).setCellStyle(bold);
		row.createCell(1).setCellValue(value == null ? "" : value);
	}

}
