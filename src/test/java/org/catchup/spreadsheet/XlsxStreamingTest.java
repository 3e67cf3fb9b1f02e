package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big but legitimate workbooks: read row by row, without holding the sheet in memory. */
class XlsxStreamingTest {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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
		// POI writes a table of 100,000 strings slowly; write the two parts as Excel would instead
		XSSFWorkbook seed = new XSSFWorkbook();
		seed.createSheet("Report").createRow(0).createCell(0).setCellValue("seed");
		Path base = Fixtures.write(seed, dir.resolve("seed.xlsx"));
		Path file = Fixtures.rewriteZip(base, dir.resolve("strings.xlsx"), Map.of(
				"xl/sharedStrings.xml", out -> writeParts(out, "<sst xmlns=\"" + MAIN + "\">", "</sst>",
						i -> "<si><t>Brigade number " + i + "</t></si>"),
				"xl/worksheets/sheet1.xml", out -> writeParts(out, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>",
						"</sheetData></worksheet>", i -> "<row r=\"" + (i + 1) + "\"><c r=\"A" + (i + 1)
								+ "\" t=\"s\"><v>" + (99_999 - i) + "</v></c></row>")));

		CountingVisitor counter = new CountingVisitor();
		reader.read(file, "strings.xlsx", counter);

		assertThat(counter.rows).isEqualTo(100_000);
		assertThat(counter.first.cell(0).text()).isEqualTo("Brigade number 99999");
		assertThat(counter.last.cell(0)).isEqualTo(new SheetCell(0, CellKind.TEXT, "Brigade number 0", 0, false));
	}

	private static void writeParts(OutputStream out, String head, String tail, IntFunction<String> item)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(head);
		for (int i = 0; i < 100_000; i++) {
			writer.write(item.apply(i));
		}
		writer.write(tail);
		writer.flush();
	}

	/** Keeps only a count and the last row, so the test itself does not hold the sheet. */
	private static final class CountingVisitor implements SheetVisitor {

		int rows;

		SheetRow first;

		SheetRow last;

		@Override
		public boolean startSheet(String sheetName) {
			return true;
		}

		@Override
		public boolean row(SheetRow row) {
			if (rows++ == 0) {
				first = row;
			}
			last = row;
			return true;
		}

		@Override
		public boolean endSheet() {
			return true;
		}

	}

}
