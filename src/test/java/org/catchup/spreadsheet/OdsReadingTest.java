package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.catchup.spreadsheet.OdsFiles.raw;
import static org.catchup.spreadsheet.OdsFiles.row;
import static org.catchup.spreadsheet.OdsFiles.tableEnd;
import static org.catchup.spreadsheet.OdsFiles.tableStart;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.catchup.spreadsheet.SpreadsheetException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .ods through the production reader: the cells as .xlsx delivers them, LibreOffice's layout, its limits. */
class OdsReadingTest {

	private final AnyWorkbookReader reader = new AnyWorkbookReader(50L * 1024 * 1024);

	@TempDir
	Path dir;

	@Test
	void deliversEveryKindOfCellAsTheXlsxReaderDoes() throws Exception {
		Path file = OdsFiles.write(dir.resolve("typed.ods"), out -> {
			out.write(tableStart("Report", false));
			out.write(row("Enterprise code"));
			out.write(OdsFiles.emptyRow());
			out.write(row(81.9, LocalDate.of(1959, 8, 1), true,
					raw("<table:table-cell table:formula=\"of:=[.E6]/0\" office:value-type=\"string\" office:string-value=\"\" "
							+ "calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"),
					raw("<table:table-cell table:formula=\"of:=[.A3]*2\" office:value-type=\"float\" office:value=\"163.8\" "
							+ "calcext:value-type=\"float\"><text:p>163.8</text:p></table:table-cell>"),
					raw("<table:table-cell table:formula=\"of:=&quot;a&quot;&amp;&quot;b&quot;\" office:value-type=\"string\" "
							+ "office:string-value=\"ab\" calcext:value-type=\"string\"><text:p>ab</text:p></table:table-cell>"),
					1234, raw("<table:table-cell office:value-type=\"percentage\" office:value=\"0.3\" "
							+ "calcext:value-type=\"percentage\"><text:p>30%</text:p></table:table-cell>"),
					"1.234,5"));
			out.write(tableEnd());
		});

		RecordingVisitor visitor = read(file, "typed.ods");

		assertThat(visitor.cell("Report", 0, 0)).isEqualTo(new SheetCell(0, CellKind.TEXT, "Enterprise code", 0, false));
		assertThat(visitor.cell("Report", 2, 0)).isEqualTo(new SheetCell(0, CellKind.NUMBER, "81.9", 81.9, false));
		double serial = DateUtil.getExcelDate(LocalDate.of(1959, 8, 1));
		assertThat(visitor.cell("Report", 2, 1)).isEqualTo(new SheetCell(1, CellKind.DATE, "21763", serial, false));
		assertThat(visitor.cell("Report", 2, 2)).isEqualTo(new SheetCell(2, CellKind.BOOLEAN, "TRUE", 1, false));
		assertThat(visitor.cell("Report", 2, 3)).isEqualTo(new SheetCell(3, CellKind.ERROR, "#DIV/0!", 0, true));
		assertThat(visitor.cell("Report", 2, 4)).isEqualTo(new SheetCell(4, CellKind.NUMBER, "163.8", 163.8, true));
		assertThat(visitor.cell("Report", 2, 5)).isEqualTo(new SheetCell(5, CellKind.TEXT, "ab", 0, true));
		assertThat(visitor.cell("Report", 2, 6)).isEqualTo(new SheetCell(6, CellKind.NUMBER, "1234", 1234, false));
		assertThat(visitor.cell("Report", 2, 7).text()).isEqualTo("0.3");
		assertThat(visitor.cell("Report", 2, 8)).isEqualTo(new SheetCell(8, CellKind.TEXT, "1.234,5", 0, false));
		assertThat(visitor.rows("Report")).extracting(SheetRow::rowIndex).containsExactly(0, 2);
	}

	@Test
	void aFormulaWithoutStoredResultIsReportedWithItsFormula() throws Exception {
		Path file = OdsFiles.write(dir.resolve("uncalculated.ods"), out -> {
			out.write(tableStart("Report", false));
			out.write(row(2, raw("<table:table-cell table:formula=\"of:=[.A1]*3\"/>"),
					raw("<table:table-cell table:formula=\"of:=SUM([.A1:.A9])\"/>")));
			out.write(tableEnd());
		});

		RecordingVisitor visitor = read(file, "uncalculated.ods");

		assertThat(visitor.cell("Report", 0, 1))
			.isEqualTo(new SheetCell(1, CellKind.FORMULA_WITHOUT_RESULT, "=A1*3", 0, true));
		assertThat(visitor.cell("Report", 0, 2).text()).isEqualTo("=SUM(A1:A9)");
	}

	@Test
	void repeatedCellsAndRowsWithContentAreExpandedAndEmptyOnesSkipped() throws Exception {
		Path file = OdsFiles.write(dir.resolve("repeats.ods"), out -> {
			out.write(tableStart("Report", false));
			out.write("<table:table-row table:number-rows-repeated=\"3\">"
					+ "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value=\"-1\">"
					+ "<text:p>-1</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"5\"/>"
					+ "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>");
			out.write("<table:table-row table:number-rows-repeated=\"1000\"><table:table-cell table:style-name=\"ce1\" "
					+ "table:number-columns-repeated=\"9\"/></table:table-row>");
			out.write(row("after"));
			out.write(tableEnd());
		});

		RecordingVisitor visitor = read(file, "repeats.ods");

		assertThat(visitor.rows("Report")).extracting(SheetRow::rowIndex).containsExactly(0, 1, 2, 1003);
		assertThat(visitor.rows("Report").get(2).cells()).extracting(SheetCell::column).containsExactly(0, 1, 7);
		assertThat(visitor.cell("Report", 1003, 0).text()).isEqualTo("after");
	}

	@Test
	void cellTextIsItsParagraphsWithoutTheCommentAndWithItsSpaces() throws Exception {
		Path file = OdsFiles.write(dir.resolve("text.ods"), out -> {
			out.write(tableStart("Report", false));
			out.write(row(raw("<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>K. Meier</dc:creator>"
					+ "<text:p>check this</text:p></office:annotation><text:p>Brigade<text:s text:c=\"2\"/>"
					+ "<text:span>Rosa</text:span></text:p><text:p>Luxemburg</text:p></table:table-cell>")));
			out.write(tableEnd());
		});

		RecordingVisitor visitor = read(file, "text.ods");

		assertThat(visitor.cell("Report", 0, 0).text()).isEqualTo("Brigade  Rosa\nLuxemburg");
	}

	@Test
	void hiddenSheetsAreNeverOfferedAndSheetsComeInTabOrder() throws Exception {
		Path file = OdsFiles.write(dir.resolve("sheets.ods"), out -> {
			out.write(tableStart("Old", true) + row("secret") + tableEnd());
			out.write(tableStart("Notes", false) + row("note") + tableEnd());
			out.write(tableStart("Report", false) + row("report") + tableEnd());
		});

		RecordingVisitor visitor = read(file, "sheets.ods");

		assertThat(visitor.events).containsExactly("start Notes", "end", "start Report", "end");
	}

	@Test
	void aVisitorStoppingASheetStopsItsRowsAndMayStopTheWorkbook() throws Exception {
		Path file = OdsFiles.write(dir.resolve("stop.ods"), out -> {
			out.write(tableStart("One", false) + row("a") + row("b") + row("c") + tableEnd());
			out.write(tableStart("Two", false) + row("d") + tableEnd());
		});

		RecordingVisitor visitor = new RecordingVisitor(2, true);
		reader.read(file, "stop.ods", visitor);

		assertThat(visitor.rows("One")).hasSize(2);
		assertThat(visitor.events).containsExactly("start One", "end");
	}

	@Test
	void aSavedByLibreOfficeReportReadsAsItsXlsxOriginal() throws Exception {
		Path ods = Path.of("src/test/resources/submission/ods/valid-german.ods");
		Path xlsx = Path.of("src/test/resources/submission/fixtures/valid-german.xlsx");

		RecordingVisitor fromOds = read(ods, "valid-german.ods");
		RecordingVisitor fromXlsx = read(xlsx, "valid-german.xlsx");

		assertThat(fromOds.sheets).isEqualTo(fromXlsx.sheets);
	}

	@Test
	void aPasswordProtectedOdsIsReportedAsEncrypted() throws Exception {
		Path file = OdsFiles.writeEncrypted(dir.resolve("secret.ods"), out -> out.write(tableStart("Report", false)
				+ row("x") + tableEnd()));

		assertRefused(file, "secret.ods", Reason.ENCRYPTED)
			.hasMessage("'secret.ods': the workbook is password-protected; save it without a password");
	}

	@Test
	void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() throws Exception {
		Path file = OdsFiles.withContent(dir.resolve("lol.ods"), OdsHostile.billionLaughs());

		assertRefused(file, "lol.ods", Reason.UNREADABLE).hasMessage("'lol.ods' cannot be read: content: contains a DOCTYPE, refused");
	}

	@Test
	void anExternalEntityIsNeverFetched() throws Exception {
		Path file = OdsFiles.withContent(dir.resolve("xxe.ods"), OdsHostile.externalEntity());

		assertRefused(file, "xxe.ods", Reason.UNREADABLE).hasMessageContaining("contains a DOCTYPE, refused");
	}

	@Test
	void aZipBombIsRefusedAsForXlsx() throws Exception {
		Path file = OdsHostile.zipBomb(dir.resolve("bomb.ods"));

		assertRefused(file, "bomb.ods", Reason.UNREADABLE).hasMessageContaining("it looks like a zip bomb");
	}

	@Test
	void rowsRepeatedIntoMillionsOfCellsAreRefused() throws Exception {
		Path file = OdsHostile.repeatBomb(dir.resolve("repeats.ods"));

		assertRefused(file, "repeats.ods", Reason.UNREADABLE)
			.hasMessageContaining("repeated rows expand to more than 1000000 cells");
	}

	@Test
	void aCellBeyondTheLastColumnIsRefused() throws Exception {
		Path file = OdsFiles.write(dir.resolve("wide.ods"), out -> out.write(tableStart("Report", false)
				+ "<table:table-row><table:table-cell table:number-columns-repeated=\"16384\"/>"
				+ "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>"
				+ tableEnd()));

		assertRefused(file, "wide.ods", Reason.UNREADABLE)
			.hasMessage("'wide.ods' cannot be read: sheet 'Report', row 1: row 1 has a cell beyond the last column XFD");
	}

	@Test
	void aRowBeyondTheLastRowIsRefused() throws Exception {
		Path file = OdsFiles.write(dir.resolve("long.ods"), out -> out.write(tableStart("Report", false)
				+ "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell/></table:table-row>"
				+ row("x") + "</table:table>"));

		assertRefused(file, "long.ods", Reason.UNREADABLE).hasMessageContaining("row number 1048577 is outside 1..1048576");
	}

	@Test
	void aGiantCellIsRefusedWithItsPlace() throws Exception {
		Path file = OdsFiles.write(dir.resolve("giant.ods"), out -> out.write(tableStart("Report", false)
				+ row("ok", "x".repeat(40_000)) + tableEnd()));

		assertRefused(file, "giant.ods", Reason.UNREADABLE)
			.hasMessage("'giant.ods' cannot be read: sheet 'Report', cell B1: a value is longer than 32767 characters");
	}

	@Test
	void aPackageWithoutContentIsDamaged() throws Exception {
		Path file = OdsHostile.withoutContent(dir.resolve("empty.ods"));

		assertRefused(file, "empty.ods", Reason.UNREADABLE).hasMessageContaining("it has no content.xml");
	}

	@Test
	void aTruncatedOdsIsDamagedNotAWrongFormat() throws Exception {
		Path whole = OdsFiles.submission(dir.resolve("whole.ods"), "E01", "1959-08", 50, "COAL");
		Path cut = dir.resolve("cut.ods");
		byte[] bytes = java.nio.file.Files.readAllBytes(whole);
		java.nio.file.Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		assertRefused(cut, "cut.ods", Reason.UNREADABLE).hasMessageContaining("damaged");
	}

	@Test
	void randomBytesNamedOdsAreNotASpreadsheet() throws Exception {
		Path file = java.nio.file.Files.write(dir.resolve("noise.ods"), new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 });

		assertRefused(file, "noise.ods", Reason.UNSUPPORTED_FORMAT)
			.hasMessage("'noise.ods' is named .ods but its content is not an OpenDocument spreadsheet; "
					+ "accepted formats are .xlsx, .xlsm, .xls, .ods and .csv");
	}

	@Test
	void anOdsTooLargeIsRefusedBeforeParsing() throws Exception {
		Path file = OdsFiles.submission(dir.resolve("big.ods"), "E01", "1959-08", 500, "COAL");

		assertThatThrownBy(() -> new AnyWorkbookReader(1000).read(file, "big.ods", new RecordingVisitor()))
			.isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
			.hasMessageContaining("the limit is 1000 bytes");
	}

	private RecordingVisitor read(Path file, String name) throws SpreadsheetException {
		RecordingVisitor visitor = new RecordingVisitor();
		reader.read(file, name, visitor);
		return visitor;
	}

	private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file, String name,
			Reason reason) {
		return assertThatThrownBy(() -> reader.read(file, name, new RecordingVisitor()))
			.isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(reason));
	}

}
