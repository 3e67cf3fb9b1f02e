package org.catchup.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.catchup.spreadsheet.OdsMarkedCopy;
import org.catchup.validation.Problem;

/**
 * Gives the submitter their own workbook back with every cell named by a problem filled (red
 * for errors, amber for warnings) and commented, plus a {@code Problems} sheet listing all of
 * them. An .xls stays .xls, an .ods stays .ods ({@link OdsMarkedCopy}); .xlsx, .xlsm and .csv come
 * back as .xlsx. A workbook that cannot be opened comes back as the Problems sheet alone.
 */
public final class AnnotatedWorkbookWriter {

	/** The name for the annotated copy: {@code report-checked.xlsx}, {@code report-checked.xls}. */
	public static String annotatedFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
		return stem + "-checked" + (isXls(fileName) ? ".xls" : extension(fileName).equals("ods") ? ".ods" : ".xlsx");
	}

	public void write(Path original, String fileName, List<Problem> problems, Path target) throws IOException {
		if (extension(fileName).equals("ods")) {
			new OdsMarkedCopy().write(original, odsMarks(problems), odsProblemsSheet(problems), target);
			return;
		}
		boolean csv = extension(fileName).equals("csv");
		Workbook copy = csv ? CsvWorkbook.open(original, fileName) : open(original);
		try (Workbook workbook = copy != null ? copy : isXls(fileName) ? new HSSFWorkbook() : new XSSFWorkbook()) {
			new CellAnnotator(workbook, csv && copy != null).annotate(problems);
			new ProblemsSheetWriter(workbook).write(problems);
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
	}

	private static List<OdsMarkedCopy.Mark> odsMarks(List<Problem> problems) {
		return problems.stream()
			.map(p -> new OdsMarkedCopy.Mark(p.sheet(), p.cell(), p.isError(), p.severity() + ": " + p.message()))
			.toList();
	}

	private static OdsMarkedCopy.ListSheet odsProblemsSheet(List<Problem> problems) {
		List<List<String>> rows = problems.stream()
			.map(p -> Arrays.asList(p.severity().name(), p.code().name(), p.sheet(), p.cell(), p.column(), p.value(),
					p.message()))
			.toList();
		return new OdsMarkedCopy.ListSheet(ProblemsSheetWriter.SHEET_NAME, ProblemsSheetWriter.HEADERS, rows);
	}

	/** Null when the file is corrupt, encrypted or not a workbook at all. */
	private static Workbook open(Path original) {
		// from a stream, never from the file: POI may otherwise write to the submitter's original
		try (InputStream in = Files.newInputStream(original)) {
			Workbook workbook = WorkbookFactory.create(in);
			if (workbook instanceof XSSFWorkbook xssf) {
				// an .xlsm saved under .xlsx with the macro content type would not open in Excel
				xssf.setWorkbookType(XSSFWorkbookType.XLSX);
			}
			return workbook;
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static boolean isXls(String fileName) {
		return extension(fileName).equals("xls");
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
