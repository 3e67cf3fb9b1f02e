package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.catchup.spreadsheet.OdsFiles.raw;
import static org.catchup.spreadsheet.OdsFiles.row;
import static org.catchup.spreadsheet.OdsFiles.tableEnd;
import static org.catchup.spreadsheet.OdsFiles.tableStart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The marked copy of an .ods: its cells untouched but for fill and comment, the list sheet, the sheet it opens on. */
class OdsMarkedCopyTest {

	private static final Path ODS = Path.of("src/test/resources/submission/ods");

	private static final OdsMarkedCopy.ListSheet LIST = new OdsMarkedCopy.ListSheet("Problems",
			List.of("Severity", "Code", "Sheet", "Cell", "Column", "Value", "Message"),
			List.of(List.of("ERROR", "ERROR_CELL", "Report", "F6", "Actual", "#DIV/0!", "The actual is an error value.")));

	@TempDir
	Path dir;

	@Test
	void aLibreOfficeReportComesBackWithItsBadCellsFilledAndCommentedAndItsValuesUnchanged() throws Exception {
		Path copy = dir.resolve("error-cell-checked.ods");

		new OdsMarkedCopy().write(ODS.resolve("error-cell.ods"),
				List.of(new OdsMarkedCopy.Mark("Report", "F6", true, "ERROR: The actual is an error value."),
						new OdsMarkedCopy.Mark("Report", "B1", false, "WARNING: first"),
						new OdsMarkedCopy.Mark("Report", "B1", false, "WARNING: second")),
				LIST, copy);

		OdsDocument document = OdsDocument.open(copy);
		Element f6 = document.cell("Report", "F6");
		assertThat(document.fill(f6)).isEqualTo("#ff0000");
		assertThat(document.comment(f6)).containsExactly("ERROR: The actual is an error value.");
		Element b1 = document.cell("Report", "B1");
		assertThat(document.fill(b1)).isEqualTo("#ff9900");
		assertThat(document.comment(b1)).containsExactly("WARNING: first", "WARNING: second");
		assertThat(document.fill(document.cell("Report", "E6"))).isNull();
		assertThat(document.sheetNames()).containsExactly("Report", "Problems");
		assertThat(document.settings()).containsPattern("config:name=\"ActiveTable\"[^>]*>Problems</config:config-item>");
		assertThat(document.startsWithStoredMimetype()).isTrue();
		RecordingVisitor before = read(ODS.resolve("error-cell.ods"));
		RecordingVisitor after = read(copy);
		assertThat(after.rows("Report")).isEqualTo(before.rows("Report"));
		assertThat(after.cell("Problems", 1, 6).text()).isEqualTo("The actual is an error value.");
		assertThat(after.cell("Problems", 0, 0).text()).isEqualTo("Severity");
	}

	@Test
	void aMarkedDateCellKeepsItsDateFormat() throws Exception {
		Path copy = dir.resolve("date-checked.ods");

		new OdsMarkedCopy().write(ODS.resolve("period-date-cell.ods"),
				List.of(new OdsMarkedCopy.Mark("Report", "B2", true, "ERROR: future")), LIST, copy);

		OdsDocument document = OdsDocument.open(copy);
		OdsDocument original = OdsDocument.open(ODS.resolve("period-date-cell.ods"));
		Element marked = document.style(document.cell("Report", "B2").getAttributeNS(Odf.TABLE, "style-name"));
		Element unmarked = original.style(original.cell("Report", "B2").getAttributeNS(Odf.TABLE, "style-name"));
		assertThat(marked.getAttributeNS(Odf.STYLE, "data-style-name"))
			.isNotEmpty()
			.isEqualTo(unmarked.getAttributeNS(Odf.STYLE, "data-style-name"));
		assertThat(document.fill(document.cell("Report", "B2"))).isEqualTo("#ff0000");
	}

	@Test
	void aMarkInsideRepeatedRowsAndCellsSplitsThemAndMarksOnlyItsCell() throws Exception {
		Path original = OdsFiles.write(dir.resolve("repeats.ods"), out -> {
			out.write(tableStart("Report", false));
			out.write("<table:table-row table:number-rows-repeated=\"3\">"
					+ "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"float\" office:value=\"7\">"
					+ "<text:p>7</text:p></table:table-cell></table:table-row>");
			out.write(tableEnd());
		});
		Path copy = dir.resolve("repeats-checked.ods");

		new OdsMarkedCopy().write(original, List.of(new OdsMarkedCopy.Mark("Report", "B2", true, "ERROR: seven")), LIST,
				copy);

		OdsDocument document = OdsDocument.open(copy);
		assertThat(document.fill(document.cell("Report", "B2"))).isEqualTo("#ff0000");
		for (String other : List.of("A1", "B1", "C1", "A2", "C2", "A3", "B3", "C3")) {
			assertThat(document.fill(document.cell("Report", other))).as(other).isNull();
		}
		assertThat(read(copy).rows("Report")).isEqualTo(read(original).rows("Report"));
	}

	@Test
	void theSubmittersOwnCommentStaysBelowOurs() throws Exception {
		Path original = OdsFiles.write(dir.resolve("noted.ods"), out -> out.write(tableStart("Report", false)
				+ row(raw("<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>K. Meier</dc:creator>"
						+ "<text:p>estimated</text:p></office:annotation><text:p>T01</text:p></table:table-cell>"))
				+ tableEnd()));
		Path copy = dir.resolve("noted-checked.ods");

		new OdsMarkedCopy().write(original, List.of(new OdsMarkedCopy.Mark("Report", "A1", false, "WARNING: new team")),
				LIST, copy);

		OdsDocument document = OdsDocument.open(copy);
		Element a1 = document.cell("Report", "A1");
		assertThat(document.annotations(a1)).isEqualTo(1);
		assertThat(document.comment(a1)).containsExactly("WARNING: new team", "", "estimated");
		assertThat(read(copy).cell("Report", 0, 0).text()).isEqualTo("T01");
	}

	@Test
	void marksBeyondTheWrittenCellsAreAdded() throws Exception {
		Path original = OdsFiles.withContent(dir.resolve("short.ods"), OdsFiles.CONTENT_START
				+ "<table:table table:name=\"Report\"><table:table-row><table:table-cell office:value-type=\"string\">"
				+ "<text:p>x</text:p></table:table-cell></table:table-row></table:table>" + OdsFiles.CONTENT_END);
		Path copy = dir.resolve("short-checked.ods");

		new OdsMarkedCopy().write(original, List.of(new OdsMarkedCopy.Mark("Report", "C1", true, "ERROR: missing"),
				new OdsMarkedCopy.Mark("Report", "B4", true, "ERROR: missing too")), LIST, copy);

		OdsDocument document = OdsDocument.open(copy);
		assertThat(document.comment(document.cell("Report", "C1"))).containsExactly("ERROR: missing");
		assertThat(document.comment(document.cell("Report", "B4"))).containsExactly("ERROR: missing too");
		assertThat(document.fill(document.cell("Report", "B4"))).isEqualTo("#ff0000");
	}

	@Test
	void anExistingProblemsSheetKeepsItsNameAndTheListTakesTheNext() throws Exception {
		Path original = OdsFiles.write(dir.resolve("named.ods"), out -> out.write(tableStart("Problems", false)
				+ row("mine") + tableEnd()));
		Path copy = dir.resolve("named-checked.ods");

		new OdsMarkedCopy().write(original, List.of(), LIST, copy);

		assertThat(OdsDocument.open(copy).sheetNames()).containsExactly("Problems", "Problems (2)");
	}

	@Test
	void aDigitalSignatureIsDroppedBecauseTheMarksBreakIt() throws Exception {
		Path signed = dir.resolve("signed.ods");
		Fixtures.rewriteZip(ODS.resolve("valid-english.ods"), signed, Map.of());
		Path withSignature = dir.resolve("with-signature.ods");
		try (var zip = new java.util.zip.ZipFile(signed.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(withSignature))) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				zip.getInputStream(entry).transferTo(out);
			}
			out.putNextEntry(new ZipEntry("META-INF/documentsignatures.xml"));
			out.write("<signatures/>".getBytes(StandardCharsets.UTF_8));
		}
		Path copy = dir.resolve("signed-checked.ods");

		new OdsMarkedCopy().write(withSignature, List.of(), LIST, copy);

		assertThat(OdsDocument.open(copy).entries()).doesNotContain("META-INF/documentsignatures.xml")
			.contains("styles.xml", "META-INF/manifest.xml");
	}

	@Test
	void aDocumentThatCannotBeRewrittenComesBackAsTheListAlone() throws Exception {
		for (String name : List.of("corrupt.ods", "encrypted.ods")) {
			Path copy = dir.resolve(name + "-checked.ods");

			new OdsMarkedCopy().write(ODS.resolve(name), List.of(new OdsMarkedCopy.Mark("Report", "A1", true, "x")), LIST,
					copy);

			RecordingVisitor visitor = read(copy);
			assertThat(visitor.sheets.keySet()).as(name).containsExactly("Problems");
			assertThat(visitor.cell("Problems", 1, 1).text()).isEqualTo("ERROR_CELL");
			assertThat(OdsDocument.open(copy).startsWithStoredMimetype()).isTrue();
		}
	}

	private static RecordingVisitor read(Path file) throws SpreadsheetException {
		RecordingVisitor visitor = new RecordingVisitor();
		new AnyWorkbookReader(Long.MAX_VALUE).read(file, file.getFileName().toString(), visitor);
		return visitor;
	}

}
