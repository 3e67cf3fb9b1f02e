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
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private static final String LAST_TEAMS = """
			SELECT f.section, f.team_code, f.team_name, f.indicator_code, f.headcount, f.striving_title
			FROM fact f JOIN submission s ON s.id = f.submission_id AND s.status = 'CURRENT'
			WHERE f.enterprise_code = :enterprise AND f.period = (
			    SELECT MAX(period) FROM submission
			    WHERE enterprise_code = :enterprise AND status = 'CURRENT' AND period < :period)
			ORDER BY f.sheet_row""";

	private final JdbcClient jdbc;

	TemplateWorkbook(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
			int[] next = { 5 };
			jdbc.sql(LAST_TEAMS).param("enterprise", enterpriseCode).param("period", period.toString()).query(rs -> {
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(rs.getString("section"));
				row.createCell(1).setCellValue(rs.getString("team_code"));
				row.createCell(2).setCellValue(rs.getString("team_name"));
				row.createCell(3).setCellValue(rs.getString("indicator_code"));
				int headcount = rs.getInt("headcount");
				if (!rs.wasNull()) {
					row.createCell(6).setCellValue(headcount);
				}
				row.createCell(7).setCellValue(rs.getBoolean("striving_title") ? "yes" : "no");
			});
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
