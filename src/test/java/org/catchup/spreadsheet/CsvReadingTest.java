package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.catchup.spreadsheet.SpreadsheetException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

	private final AnyWorkbookReader reader = new AnyWorkbookReader(50L * 1024 * 1024);

	@TempDir
	Path dir;

	@Test
	void commaSeparatedFileIsOneSheetNamedAfterTheFile() throws Exception {
		RecordingVisitor visitor = read("august-1959.csv", "enterprise_code,period,plan\nM-01,1959-08,1234.5\n");

		assertThat(visitor.sheets).containsOnlyKeys("august-1959");
		assertThat(visitor.rows("august-1959")).hasSize(2);
		assertThat(visitor.cell("august-1959", 1, 2)).isEqualTo(new SheetCell(2, CellKind.TEXT, "1234.5", 0, false));
	}

	@Test
	void semicolonSeparatedFileWithDecimalCommasAndBom() throws Exception {
		RecordingVisitor visitor = read("m.csv", "\uFEFFsection;plan;actual\r\nNord;81,9;1.234,5\r\n");

		assertThat(visitor.cell("m", 0, 0).text()).isEqualTo("section");
		assertThat(visitor.cell("m", 1, 1).text()).isEqualTo("81,9");
		assertThat(visitor.cell("m", 1, 2).text()).isEqualTo("1.234,5");
	}

	@Test
	void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() throws Exception {
		RecordingVisitor visitor = read("q.csv",
				"team_name;remarks\n\"Brigade \"\"Ost\"\"; Nord\";\"two\nlines, with comma\"\nX;y\n");

		assertThat(visitor.cell("q", 1, 0).text()).isEqualTo("Brigade \"Ost\"; Nord");
		assertThat(visitor.cell("q", 1, 1).text()).isEqualTo("two\nlines, with comma");
		assertThat(visitor.cell("q", 2, 1).text()).isEqualTo("y");
	}

	@Test
	void separatorsInsideQuotesDoNotDecideTheDelimiter() throws Exception {
		RecordingVisitor visitor = read("d.csv", "\"a;b;c;d\",x,y\n1,2,3\n");

		assertThat(visitor.rows("d").get(0).cells()).extracting(SheetCell::text).containsExactly("a;b;c;d", "x", "y");
	}

	@Test
	void emptyLinesAndFieldsAreBlankButKeepTheRowNumbers() throws Exception {
		RecordingVisitor visitor = read("e.csv", "a,,c\n\n,,\nd\n");

		assertThat(visitor.rows("e")).extracting(SheetRow::rowIndex).containsExactly(0, 3);
		assertThat(visitor.rows("e").get(0).cells()).extracting(SheetCell::column).containsExactly(0, 2);
	}

	@Test
	void invalidUtf8IsUnreadableNamingTheLine() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("section;plan\nNord;1\n".getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("Gr".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xFC); // "ü" in ISO-8859-1, as a Windows export would write it
		bytes.writeBytes("n;2\n".getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(dir.resolve("latin1.csv"), bytes.toByteArray());

		assertThatThrownBy(() -> reader.read(file, "latin1.csv", new RecordingVisitor()))
			.isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
			.hasMessageContaining("'latin1.csv'")
			.hasMessageContaining("line 3 is not valid UTF-8");
	}

	@Test
	void aQuoteNeverClosedIsUnreadableNamingWhereTheParserStopped() throws Exception {
		Path file = Files.writeString(dir.resolve("open.csv"), "a,b\n1,2\n3,\"never closed\n4,5\n");

		assertThatThrownBy(() -> reader.read(file, "open.csv", new RecordingVisitor()))
			.isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
			.hasMessageContaining("'open.csv' cannot be read: the CSV is malformed near line");
	}

	@Test
	void visitorCanStopTheSheet() throws Exception {
		Path file = Files.writeString(dir.resolve("s.csv"), "a\nb\nc\n");
		RecordingVisitor visitor = new RecordingVisitor(1, false);

		reader.read(file, "s.csv", visitor);

		assertThat(visitor.rows("s")).hasSize(1);
		assertThat(visitor.events).containsExactly("start s", "end");
	}

	private RecordingVisitor read(String name, String content) throws Exception {
		Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		RecordingVisitor visitor = new RecordingVisitor();
		reader.read(file, name, visitor);
		return visitor;
	}

}
