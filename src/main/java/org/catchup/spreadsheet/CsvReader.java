package org.catchup.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV (with or without BOM, {@code ,} or {@code ;} separated) as one sheet named
 * after the file. Every field is TEXT: the validator decides what is a number.
 */
final class CsvReader {

	private static final char BOM = '\uFEFF';

	void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		try {
			long badLine;
			try (InputStream in = Files.newInputStream(file)) {
				badLine = Utf8Check.firstInvalidLine(in);
			}
			if (badLine > 0) {
				throw Unreadable.of(fileName,
						"line " + badLine + " is not valid UTF-8 text; save the file as CSV UTF-8");
			}
			char delimiter = delimiter(file);
			if (!visitor.startSheet(sheetName(fileName))) {
				return;
			}
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.setIgnoreEmptyLines(false)
				.get();
			try (Reader reader = withoutBom(file);
					CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
				parse(parser, fileName, visitor);
			}
			visitor.endSheet();
		}
		catch (IOException e) {
			throw Unreadable.of(fileName, "the file could not be read (" + e.getMessage() + ")", e);
		}
	}

	private static void parse(CSVParser parser, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		try {
			for (CSVRecord record : parser) {
				int rowIndex = Math.toIntExact(record.getRecordNumber() - 1);
				List<SheetCell> cells = cells(record, rowIndex, fileName);
				if (!cells.isEmpty() && !visitor.row(new SheetRow(rowIndex, cells))) {
					return;
				}
			}
		}
		catch (VisitorFailure e) {
			throw e;
		}
		catch (UncheckedIOException | IllegalStateException | ArithmeticException e) {
			// typically a quote that is never closed; the parser knows how far it got
			throw Unreadable.of(fileName, "the CSV is malformed near line " + parser.getCurrentLineNumber()
					+ " (" + rootMessage(e) + ")", e);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	private static List<SheetCell> cells(CSVRecord record, int rowIndex, String fileName) throws SpreadsheetException {
		if (record.size() > XlsxSheetParser.MAX_COLUMNS) {
			throw Unreadable.of(fileName,
					"record " + (rowIndex + 1) + " has more than " + XlsxSheetParser.MAX_COLUMNS + " fields");
		}
		List<SheetCell> cells = new ArrayList<>();
		for (int column = 0; column < record.size(); column++) {
			String value = record.get(column);
			if (!value.isEmpty()) {
				cells.add(new SheetCell(column, CellKind.TEXT, value, 0, false));
			}
		}
		return List.copyOf(cells);
	}

	/** The separator that occurs more often outside quotes on the first non-empty line; ',' on a tie. */
	private static char delimiter(Path file) throws IOException {
		try (BufferedReader reader = new BufferedReader(withoutBom(file))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					return countOutsideQuotes(line, ';') > countOutsideQuotes(line, ',') ? ';' : ',';
				}
			}
		}
		return ',';
	}

	private static int countOutsideQuotes(String line, char separator) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				count++;
			}
		}
		return count;
	}

	private static Reader withoutBom(Path file) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
		reader.mark(1);
		if (reader.read() != BOM) {
			reader.reset();
		}
		return reader;
	}

	private static String sheetName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

}
