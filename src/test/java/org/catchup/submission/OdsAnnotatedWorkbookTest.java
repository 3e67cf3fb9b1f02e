package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The annotated copy of an .ods submission is an .ods: each LibreOffice fixture whose problem names
 * a cell comes back with that cell commented with the problem, and with the Problems sheet, as the
 * .xlsx copy does.
 */
class OdsAnnotatedWorkbookTest {

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	@TempDir
	Path dir;

	static Stream<FixtureCatalog.Fixture> fixturesNamingACell() {
		return OdsFixturesTest.workbookFixtures().filter(f -> f.cell() != null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixturesNamingACell")
	void theProblemCellOfTheOdsTwinIsCommentedInAnOdsCopy(FixtureCatalog.Fixture fixture) throws Exception {
		String name = OdsFixturesTest.odsTwin(fixture);
		Path original = OdsFixturesTest.DIR.resolve(name);
		SubmissionReport report = new SubmissionReader(new AnyWorkbookReader(Long.MAX_VALUE)).read(original, name,
				Submissions.REFERENCE, fixture.context().rules(), header -> fixture.context().history(), line -> {
				});
		Path copy = dir.resolve(AnnotatedWorkbookWriter.annotatedFileName(name));

		new AnnotatedWorkbookWriter().write(original, name, report.problems(), copy);

		assertThat(copy.getFileName().toString()).endsWith("-checked.ods");
		Problem problem = report.problems().get(0);
		assertThat(comment(copy, problem.sheet(), problem.cell())).contains(problem.message());
		List<String> sheets = sheets(copy);
		assertThat(sheets).endsWith("Problems");
	}

	@Test
	void theCopyOfAnOdsIsNamedAsAnOds() {
		assertThat(AnnotatedWorkbookWriter.annotatedFileName("OBS-1959-09.ods")).isEqualTo("OBS-1959-09-checked.ods");
	}

	private static List<String> sheets(Path ods) throws Exception {
		List<String> names = new ArrayList<>();
		new AnyWorkbookReader(Long.MAX_VALUE).read(ods, ods.getFileName().toString(), new SheetVisitor() {

			@Override
			public boolean startSheet(String sheetName) {
				names.add(sheetName);
				return false;
			}

			@Override
			public boolean row(SheetRow row) {
				return false;
			}

			@Override
			public boolean endSheet() {
				return true;
			}
		});
		return names;
	}

	/** The text of the comment on {@code cell} (e.g. F6), repeats counted. */
	private static String comment(Path ods, String sheet, String cell) throws Exception {
		org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cell);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document content;
		try (ZipFile zip = new ZipFile(ods.toFile()); InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
			content = factory.newDocumentBuilder().parse(in);
		}
		NodeList tables = content.getElementsByTagNameNS(TABLE, "table");
		for (int t = 0; t < tables.getLength(); t++) {
			Element table = (Element) tables.item(t);
			if (!table.getAttributeNS(TABLE, "name").equals(sheet)) {
				continue;
			}
			NodeList rows = table.getElementsByTagNameNS(TABLE, "table-row");
			int row = 0;
			for (int r = 0; r < rows.getLength(); r++) {
				Element rowElement = (Element) rows.item(r);
				int repeat = count(rowElement, "number-rows-repeated");
				if (ref.getRow() < row + repeat) {
					int column = 0;
					NodeList cells = rowElement.getElementsByTagNameNS(TABLE, "*");
					for (int c = 0; c < cells.getLength(); c++) {
						Element cellElement = (Element) cells.item(c);
						if (cellElement.getParentNode() != rowElement) {
							continue;
						}
						int columns = count(cellElement, "number-columns-repeated");
						if (ref.getCol() < column + columns) {
							NodeList notes = cellElement.getElementsByTagNameNS(OFFICE, "annotation");
							return notes.getLength() == 0 ? "" : notes.item(0).getTextContent();
						}
						column += columns;
					}
					return "";
				}
				row += repeat;
			}
		}
		return "";
	}

	private static int count(Element element, String attribute) {
		String value = element.getAttributeNS(TABLE, attribute);
		return value.isEmpty() ? 1 : Integer.parseInt(value);
	}

}
