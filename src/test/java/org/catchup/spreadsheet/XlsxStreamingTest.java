package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big but legitimate workbooks: read row by row, without holding the sheet in memory. */
class XlsxStreamingTest {

	private final AnyWorkbookReader reader = new AnyWorkbookReader(50L * 1024 * 1024);

	@TempDir
	Path dir;

	@Test
	void twoHundredThousandRowsAreStreamedOneByOne() throws Exception {
		Path file = dir.resolve("big.xlsx");
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		Sheet sheet = workbook.createSheet("Report");
		for (int r = 0; r < 200_000; r++) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue("T" + (r % 50));
			row.createCell(1).setCellValue(r * 0.5);
		}
		Fixtures.write(workbook, file);
		workbook.dispose();

		CountingVisitor counter = new CountingVisitor();
		reader.read(file, "big.xlsx", counter);

		assertThat(counter.rows).isEqualTo(200_000);
		assertThat(counter.last.rowIndex()).isEqualTo(199_999);
		assertThat(counter.last.cell(1).text()).isEqualTo("99999.5");
	}

	@Test
	void oneHundredThousandDistinctSharedStrings() throws Exception {
		Path file = dir.resolve("strings.xlsx");
		// SXSSF with a shared string table: every team name is a distinct shared string
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
		Sheet sheet = workbook.createSheet("Report");
		for (int r = 0; r < 100_000; r++) {
			sheet.createRow(r).createCell(0).setCellValue("Brigade number " + r);
		}
		Fixtures.write(workbook, file);
		workbook.dispose();
		assertThat(Fixtures.entry(file, "xl/sharedStrings.xml")).contains("Brigade number 99999");

		CountingVisitor counter = new CountingVisitor();
		reader.read(file, "strings.xlsx", counter);

		assertThat(counter.rows).isEqualTo(100_000);
		assertThat(counter.last.cell(0)).isEqualTo(new SheetCell(0, CellKind.TEXT, "Brigade number 99999", 0, false));
	}

	/** Keeps only a count and the last row, so the test itself does not hold the sheet. */
	private static final class CountingVisitor implements SheetVisitor {

		int rows;

		SheetRow last;

		@Override
		public boolean startSheet(String sheetName) {
			return true;
		}

		@Override
		public boolean row(SheetRow row) {
			rows++;
			last = row;
			return true;
		}

		@Override
		public boolean endSheet() {
			return true;
		}

	}

}
