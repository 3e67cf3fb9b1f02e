package org.catchup.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A CSV submission as an .xlsx workbook of text cells, so it can be annotated like the others. */
final class CsvWorkbook {

	private static final int MAX_CELL_TEXT = 32_767;

	private CsvWorkbook() {
	}

	/** Null when the file cannot be read. */
	static XSSFWorkbook open(Path file, String fileName) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			in.mark(1 << 16);
			char delimiter = delimiter(in.readLine());
			in.reset();
			skipBom(in);
			XSSFWorkbook workbook = new XSSFWorkbook();
			// the reader names a CSV's only sheet after the file; Excel limits what a name may hold
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(stem(fileName)));
			copy(in, delimiter, sheet);
			return workbook;
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static void copy(Reader in, char delimiter, Sheet sheet) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		int rowIndex = 0;
		try (CSVParser parser = CSVParser.parse(in, format)) {
			for (CSVRecord record : parser) {
				Row row = sheet.createRow(rowIndex++);
				for (int i = 0; i < record.size(); i++) {
					String value = record.get(i);
					if (!value.isEmpty()) {
						// always a string cell: text from a file must never become a formula
						row.createCell(i).setCellValue(
								value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value);
					}
				}
			}
		}
	}

	private static char delimiter(String firstLine) {
		if (firstLine == null) {
			return ',';
		}
		long semicolons = firstLine.chars().filter(c -> c == ';').count();
		long commas = firstLine.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

	private static void skipBom(BufferedReader in) throws IOException {
		in.mark(1);
		if (in.read() != '\uFEFF') {
			in.reset();
		}
	}

	private static String stem(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
		return stem.isBlank() ? "Submission" : stem;
	}

}
