package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.AbstractThrowableAssert;
import org.catchup.spreadsheet.SpreadsheetException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they claim, damaged, encrypted, too big or built to hurt the reader. */
class HostileFileTest {

	private static final long FIFTY_MB = 50L * 1024 * 1024;

	private final AnyWorkbookReader reader = new AnyWorkbookReader(FIFTY_MB);

	@TempDir
	Path dir;

	@Test
	void openDocumentTextIsRefusedNamingTheAcceptedFormats() throws Exception {
		Path file = dir.resolve("letter.odt");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
		}
		assertRefused(file, "letter.odt", Reason.UNSUPPORTED_FORMAT)
			.hasMessage("'letter.odt' is an OpenDocument file (application/vnd.oasis.opendocument.text), not a spreadsheet; "
					+ "accepted formats are .xlsx, .xlsm, .xls, .ods and .csv");
	}

	@Test
	void aMinimalOpenDocumentSpreadsheetWithoutSheetsIsReadAsEmpty() throws Exception {
		RecordingVisitor visitor = new RecordingVisitor();

		reader.read(Fixtures.resource("opendocument.ods"), "x.ods", visitor);

		assertThat(visitor.events).isEmpty();
	}

	@Test
	void pdfIsRefused() throws Exception {
		Path file = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
		assertRefused(file, "report.pdf", Reason.UNSUPPORTED_FORMAT).hasMessageContaining("is a PDF document");
	}

	@Test
	void randomBytesNamedXlsxAreRefused() throws Exception {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		noise[0] = 0x13;
		Path file = Files.write(dir.resolve("noise.xlsx"), noise);
		assertRefused(file, "noise.xlsx", Reason.UNSUPPORTED_FORMAT)
			.hasMessageContaining("is named .xlsx but its content is not an Excel workbook")
			.hasMessageContaining("accepted formats are");
	}

	@Test
	void plainTextThatIsNotCsvIsRefused() throws Exception {
		Path file = Files.writeString(dir.resolve("notes.txt"), "section;team_code\n");
		assertRefused(file, "notes.txt", Reason.UNSUPPORTED_FORMAT).hasMessageContaining("is a .txt file");
	}

	@Test
	void wordDocumentIsRefused() throws Exception {
		Path file = dir.resolve("letter.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}
		assertRefused(file, "letter.docx", Reason.UNSUPPORTED_FORMAT).hasMessageContaining("is a Word document");
	}

	@Test
	void binaryExcelWorkbookIsRefused() throws Exception {
		Path file = dir.resolve("fast.xlsb");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
			zip.write(new byte[] { 1, 2, 3 });
		}
		assertRefused(file, "fast.xlsb", Reason.UNSUPPORTED_FORMAT).hasMessageContaining("(.xlsb); save it as .xlsx");
	}

	@Test
	void aRowRepeatingOneCellBeyondTheColumnLimitIsRefused() throws Exception {
		Path file = dir.resolve("repeats.xlsx");
		Fixtures.rewriteZip(plainXlsx("plain.xlsx"), file, Map.of("xl/worksheets/sheet1.xml", out -> {
			out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<sheetData><row r=\"1\">").getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i <= 16_384; i++) {
				out.write(("<c r=\"A1\"><v>" + i + "</v></c>").getBytes(StandardCharsets.UTF_8));
			}
			out.write("</row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}));

		assertRefused(file, "repeats.xlsx", Reason.UNREADABLE).hasMessageContaining("row 1 holds more than 16384 cells");
	}

	@Test
	void oversizedFileIsRefusedBeforeParsing() throws Exception {
		Path file = dir.resolve("huge.xlsx");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(63_124_275L);
		}
		assertRefused(file, "huge.xlsx", Reason.TOO_LARGE).hasMessage("'huge.xlsx' is 60.2 MB; the limit is 50 MB");
	}

	@Test
	void emptyFileIsUnreadable() throws Exception {
		Path file = Files.createFile(dir.resolve("empty.xlsx"));
		assertRefused(file, "empty.xlsx", Reason.UNREADABLE).hasMessageContaining("is empty");
	}

	@Test
	void truncatedXlsxIsUnreadable() throws Exception {
		byte[] whole = Files.readAllBytes(plainXlsx("whole.xlsx"));
		Path file = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
		assertRefused(file, "cut.xlsx", Reason.UNREADABLE).hasMessageContaining("damaged");
	}

	@Test
	void corruptCompressedDataIsUnreadable() throws Exception {
		Path file = dir.resolve("corrupt.xlsx");
		Fixtures.rewriteZip(plainXlsx("plain.xlsx"), file, Map.of());
		// overwrite the middle of the data with garbage, leaving headers and central directory intact
		byte[] bytes = Files.readAllBytes(file);
		byte[] sheet = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
		int at = indexOf(bytes, sheet) + sheet.length;
		for (int i = at; i < at + 40 && i < bytes.length; i++) {
			bytes[i] = (byte) 0xFF;
		}
		Files.write(file, bytes);
		assertRefused(file, "corrupt.xlsx", Reason.UNREADABLE).hasMessageContaining("'corrupt.xlsx' cannot be read");
	}

	@Test
	void passwordProtectedXlsxIsReportedAsEncrypted() throws Exception {
		Path plain = plainXlsx("plain.xlsx");
		Path file = dir.resolve("secret.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("geheim");
			try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream out = encryptor.getDataStream(fs)) {
				pkg.save(out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertRefused(file, "secret.xlsx", Reason.ENCRYPTED)
			.hasMessageContaining("the workbook is password-protected; save it without a password");
	}

	@Test
	void passwordProtectedXlsIsReportedAsEncrypted() throws Exception {
		Path file = dir.resolve("secret.xls");
		Biff8EncryptionKey.setCurrentUserPassword("geheim");
		try {
			HSSFWorkbook workbook = new HSSFWorkbook();
			workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("x");
			Fixtures.write(workbook, file);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertRefused(file, "secret.xls", Reason.ENCRYPTED).hasMessageContaining("password-protected");
	}

	@Test
	void zipBombIsRefusedNamingIt() throws Exception {
		Path file = dir.resolve("bomb.xlsx");
		byte[] spaces = new byte[1024 * 1024];
		java.util.Arrays.fill(spaces, (byte) ' ');
		Fixtures.rewriteZip(plainXlsx("plain.xlsx"), file, Map.of("xl/worksheets/sheet1.xml", out -> {
			out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				.getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 100; i++) {
				out.write(spaces);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}));
		assertThat(Files.size(file)).isLessThan(1024 * 1024);

		assertRefused(file, "bomb.xlsx", Reason.UNREADABLE).hasMessageContaining("zip bomb")
			.hasMessageContaining("expansion ratio")
			.hasMessageContaining("sheet 'Report'");
	}

	@Test
	void xlsContentUnderAnXlsxNameIsReadByWhatItIs() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("old format");
		Path file = Fixtures.write(workbook, dir.resolve("renamed.xlsx"));
		RecordingVisitor visitor = new RecordingVisitor();

		reader.read(file, "renamed.xlsx", visitor);

		assertThat(visitor.cell("Report", 0, 0).text()).isEqualTo("old format");
	}

	private Path plainXlsx(String name) throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("plain");
		return Fixtures.write(workbook, dir.resolve(name));
	}

	private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file, String name, Reason reason) {
		return assertThatThrownBy(() -> reader.read(file, name, new RecordingVisitor()))
			.isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.reason()).isEqualTo(reason));
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalStateException("not found");
	}

}
