package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glance at a workbook's first rows finds its parts straight in the zip: it delivers exactly
 * the rows a full read delivers, or refuses the file, never other rows.
 */
class XlsxGlanceTest {

	private static final int ROWS = 12;

	private final AnyWorkbookReader reader = new AnyWorkbookReader(50L * 1024 * 1024);

	@TempDir
	Path dir;

	@Test
	void everySampleWorkbookGivesTheFirstRowsOfAFullRead() throws Exception {
		int glanced = 0;
		for (Path file : workbooks(Path.of("sample-input"))) {
			RecordingVisitor full = read(file, false);
			RecordingVisitor glance = read(file, true);
			assertThat(glance.sheets).as(file.toString()).isEqualTo(full.sheets);
			assertThat(glance.events).as(file.toString()).isEqualTo(full.events);
			glanced++;
		}
		assertThat(glanced).as("sample workbooks").isGreaterThan(50);
	}

	@Test
	void everyTestWorkbookGivesTheSameRowsOrIsRefused() throws Exception {
		int same = 0;
		int refused = 0;
		for (Path file : workbooks(Path.of("src/test/resources"))) {
			RecordingVisitor glance;
			try {
				glance = read(file, true);
			}
			catch (SpreadsheetException e) {
				refused++;
				continue;
			}
			RecordingVisitor full;
			try {
				full = read(file, false);
			}
			catch (SpreadsheetException e) {
				// POI's package model refuses more than the glance looks at; the check reports it
				continue;
			}
			assertThat(glance.sheets).as(file.toString()).isEqualTo(full.sheets);
			same++;
		}
		assertThat(same).as("test workbooks glanced at").isGreaterThan(30);
		assertThat(refused).as("broken test workbooks refused").isGreaterThan(3);
	}

	@Test
	void aPackageWithTwoPartsNamedAlikeButForCaseIsRefused() throws Exception {
		Path file = workbook("case.xlsx");
		Path twice = dir.resolve("twice.xlsx");
		try (var in = new java.util.zip.ZipFile(file.toFile());
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(twice))) {
			for (var entry : java.util.Collections.list(in.entries())) {
				byte[] data = in.getInputStream(entry).readAllBytes();
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(data);
				out.closeEntry();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					out.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/Sheet1.xml"));
					out.write(data);
					out.closeEntry();
				}
			}
		}
		assertThatThrownBy(() -> read(twice, true)).isInstanceOf(SpreadsheetException.class);
	}

	@Test
	void aSharedStringsRelationshipToAPartOfAnotherTypeIsRefused() throws Exception {
		Path file = workbook("types.xlsx");
		Path retyped = Fixtures.editZipEntry(file, dir.resolve("retyped.xlsx"), "[Content_Types].xml",
				types -> types.replace("spreadsheetml.sharedStrings+xml", "spreadsheetml.somethingElse+xml"));
		assertThatThrownBy(() -> read(retyped, true)).isInstanceOf(SpreadsheetException.class);
	}

	@Test
	void aWorkbookPartNamedOtherwiseIsFoundThroughItsRelationships() throws Exception {
		Path file = workbook("moved.xlsx");
		Path moved = dir.resolve("moved-workbook.xlsx");
		try (var in = new java.util.zip.ZipFile(file.toFile());
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(moved))) {
			for (var entry : java.util.Collections.list(in.entries())) {
				String text = new String(in.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				String name = entry.getName();
				if (name.equals("xl/workbook.xml")) {
					name = "xl/Book.xml";
				}
				else if (name.equals("xl/_rels/workbook.xml.rels")) {
					name = "xl/_rels/Book.xml.rels";
				}
				text = text.replace("/xl/workbook.xml", "/xl/Book.xml").replace("xl/workbook.xml", "xl/Book.xml");
				out.putNextEntry(new java.util.zip.ZipEntry(name));
				out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		assertThat(read(moved, true).sheets).isEqualTo(read(moved, false).sheets).isNotEmpty();
	}

	@Test
	void relationshipTargetsResolveAsPartNamesOrAreRefused() {
		assertThat(ZipXlsxParts.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
		assertThat(ZipXlsxParts.resolve("xl/", "/xl/Worksheets/Sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
		assertThat(ZipXlsxParts.resolve("xl/worksheets/", "../sharedStrings.xml")).isEqualTo("xl/sharedstrings.xml");
		for (String target : List.of("../../etc/passwd", "sheet%201.xml", "http://example.org/a.xml", "a//b.xml",
				"./a.xml", "")) {
			assertThatThrownBy(() -> ZipXlsxParts.resolve("xl/", target)).as(target)
				.isInstanceOf(ZipXlsxParts.Unusual.class);
		}
	}

	private Path workbook(String name) throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		var sheet = workbook.createSheet("Report");
		sheet.createRow(0).createCell(0).setCellValue("Enterprise code");
		sheet.getRow(0).createCell(1).setCellValue("OBS");
		sheet.createRow(1).createCell(0).setCellValue(42.5);
		return Fixtures.write(workbook, dir.resolve(name));
	}

	private RecordingVisitor read(Path file, boolean glance) throws SpreadsheetException {
		RecordingVisitor visitor = new RecordingVisitor(ROWS, true) {
			@Override
			public boolean readsWholeWorkbook() {
				return false;
			}
		};
		if (glance) {
			reader.glance(file, file.getFileName().toString(), visitor);
		}
		else {
			reader.read(file, file.getFileName().toString(), visitor);
		}
		return visitor;
	}

	private static List<Path> workbooks(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(f -> {
				String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
				return name.endsWith(".xlsx") || name.endsWith(".xlsm");
			}).sorted().toList();
		}
	}

}
