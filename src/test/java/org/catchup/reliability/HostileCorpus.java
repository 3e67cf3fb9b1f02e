package org.catchup.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.catchup.reliability.Workbooks.Line;
import org.catchup.spreadsheet.OdsFiles;
import org.catchup.spreadsheet.OdsHostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the hostile corpus of {@code src/test/resources/hostile/}: files built to hurt a reader
 * or a warehouse, each with the outcome {@link HostileInboxScenario} expects. Deterministic
 * (fixed seeds). Regenerate and commit after a change:
 * {@code mvn -o test -Dtest=HostileCorpus -Dcatchup.hostile.write=true}
 */
class HostileCorpus {

	static final Path DIR = Path.of("src/test/resources/hostile");

	static final String PERIOD = "1959-08";

	/** Team names a spreadsheet would run as formulas; they must stay text everywhere. */
	static final List<String> FORMULA_NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(1)", "-2+3");

	/** Starts with a dot: the inbox treats it as hidden (not a submission yet) and leaves it alone. */
	static final String HIDDEN_PATH_TRICK = "..%2F..%2Fetc.xlsx";

	static final String PATH_TRICK = "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd.xlsx";

	static final String ODD_NAME = "-rf Überstunden  März 1959 ✓.xlsx";

	@Test
	@EnabledIfSystemProperty(named = "catchup.hostile.write", matches = "true")
	void writeCorpus() throws IOException {
		main(new String[0]);
	}

	public static void main(String[] args) throws IOException {
		Files.createDirectories(DIR);
		Path plain = Files.createTempFile("plain", ".xlsx");
		try {
			Workbooks.write(good("KLH", "RAWCU", 3), plain);
			zipBomb(plain, DIR.resolve("zip-bomb.xlsx"));
			corrupt(plain, DIR.resolve("corrupt.xlsx"));
			byte[] whole = Files.readAllBytes(plain);
			Files.write(DIR.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
			encrypt(plain, DIR.resolve("encrypted.xlsx"));
			replaceSheet(plain, DIR.resolve("entity-expansion.xlsx"), billionLaughs());
			replaceSheet(plain, DIR.resolve("external-entity.xlsx"), externalEntity());
			byte[] junk = new byte[64 * 1024];
			new Random(42).nextBytes(junk);
			junk[0] = 0x7f;
			Files.write(DIR.resolve("binary-junk.xlsx"), junk);
		}
		finally {
			Files.deleteIfExists(plain);
		}
		Workbooks.write(allColumns(), DIR.resolve("16384-columns.xlsx"));
		Workbooks.write(manyStrings(), DIR.resolve("100000-shared-strings.xlsx"));
		Workbooks.write(Workbooks.submission("ABH", PERIOD,
				List.of(Line.of("AB-01", "x".repeat(32_767), "RAWCU", 10, 10))), DIR.resolve("giant-cell.xlsx"));
		XSSFWorkbook giantTitle = Workbooks.submission("Z".repeat(32_767), PERIOD,
				List.of(Line.of("X-1", "Team", "CU", 10, 10)));
		Row by = giantTitle.getSheetAt(0).createRow(3);
		by.createCell(0).setCellValue("Submitted by");
		by.createCell(1).setCellValue("y".repeat(32_767));
		Workbooks.write(giantTitle, DIR.resolve("giant-title.xlsx"));
		Workbooks.write(Workbooks.submission("OBS", PERIOD,
				List.of(new Line(null, "OB-90", null, "CU", java.math.BigDecimal.TEN, java.math.BigDecimal.ONE),
						new Line(null, "OB-91", null, "CU", java.math.BigDecimal.TEN, java.math.BigDecimal.ONE))),
				DIR.resolve("blank-names.xlsx"));
		Workbooks.write(good("NRB", "CU", 2), DIR.resolve(PATH_TRICK));
		Workbooks.write(good("NRB", "ORE", 2), DIR.resolve(HIDDEN_PATH_TRICK));
		Workbooks.write(good("THAE", "CU", 2), DIR.resolve(ODD_NAME));
		Workbooks.write(formulaNames("FORT", "CU", false), DIR.resolve("formula-team-names.xlsx"));
		Workbooks.write(formulaNames("OBS", "CU", true), DIR.resolve("formula-team-names-rejected.xlsx"));
		odsCorpus(DIR);
	}

	/** The .ods side: the same attacks on LibreOffice's format. */
	static void odsCorpus(Path dir) throws IOException {
		OdsHostile.zipBomb(dir.resolve("zip-bomb.ods"));
		OdsFiles.withContent(dir.resolve("entity-expansion.ods"), OdsHostile.billionLaughs());
		OdsFiles.withContent(dir.resolve("external-entity.ods"), OdsHostile.externalEntity());
		OdsHostile.repeatBomb(dir.resolve("repeat-bomb.ods"));
		Path whole = OdsFiles.submission(Files.createTempFile("whole", ".ods"), "KLH", PERIOD, 40, "RAWCU");
		try {
			byte[] bytes = Files.readAllBytes(whole);
			Files.write(dir.resolve("truncated.ods"), Arrays.copyOf(bytes, bytes.length / 2));
		}
		finally {
			Files.deleteIfExists(whole);
		}
	}

	/** A valid submission of {@code teams} teams, every one at 95 %: below plan. */
	static XSSFWorkbook good(String enterprise, String indicator, int teams) {
		List<Line> lines = new java.util.ArrayList<>();
		for (int t = 1; t <= teams; t++) {
			lines.add(Line.of(enterprise + "-H" + t, "Team " + t, indicator, 100, 95));
		}
		return Workbooks.submission(enterprise, PERIOD, lines);
	}

	/** Formula-like team names, below plan so they reach the bulletin; optionally one bad indicator. */
	private static XSSFWorkbook formulaNames(String enterprise, String indicator, boolean broken) {
		List<Line> lines = new java.util.ArrayList<>();
		for (int i = 0; i < FORMULA_NAMES.size(); i++) {
			lines.add(Line.of(FORMULA_NAMES.get(i), FORMULA_NAMES.get(i), indicator, 100, 80 + i));
		}
		if (broken) {
			lines.add(Line.of("=1+1", "@cmd", "NOPE", 100, 100));
		}
		return Workbooks.submission(enterprise, PERIOD, lines);
	}

	/** A valid submission whose header row runs to XFD, the last column Excel has. */
	private static XSSFWorkbook allColumns() {
		XSSFWorkbook workbook = good("KLH", "RAWCU", 2);
		Sheet sheet = workbook.getSheetAt(0);
		Row header = sheet.getRow(5);
		Row first = sheet.getRow(6);
		for (int c = Workbooks.HEADER.length; c < 16_384; c++) {
			header.createCell(c).setCellValue(c);
			first.createCell(c).setCellValue(c);
		}
		return workbook;
	}

	/** A valid submission followed, below a blank row, by 100,000 distinct strings in column A. */
	private static XSSFWorkbook manyStrings() {
		XSSFWorkbook workbook = good("ABH", "RAWCU", 2);
		Sheet sheet = workbook.getSheetAt(0);
		for (int i = 0; i < 100_000; i++) {
			sheet.createRow(10 + i).createCell(0).setCellValue("distinct note " + i);
		}
		return workbook;
	}

	private static void zipBomb(Path plain, Path target) throws IOException {
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		rewrite(plain, target, "xl/worksheets/sheet1.xml", out -> {
			out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
				.getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 200; i++) {
				out.write(spaces);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
	}

	/** Garbage over the compressed sheet data; headers and central directory stay intact. */
	private static void corrupt(Path plain, Path target) throws IOException {
		rewrite(plain, target, null, null);
		byte[] bytes = Files.readAllBytes(target);
		byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
		int at = indexOf(bytes, name) + name.length;
		for (int i = at; i < at + 64 && i < bytes.length; i++) {
			bytes[i] = (byte) 0xFF;
		}
		Files.write(target, bytes);
	}

	private static void encrypt(Path plain, Path target) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("geheim");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			catch (java.security.GeneralSecurityException ex) {
				throw new IOException(ex);
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				fs.writeFilesystem(out);
			}
		}
	}

	private static String billionLaughs() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		String previous = "lol";
		for (int i = 1; i <= 9; i++) {
			xml.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
			previous = "lol" + i;
		}
		xml.append("]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
			.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
		return xml.toString();
	}

	private static String externalEntity() {
		return "<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>";
	}

	private static void replaceSheet(Path plain, Path target, String xml) throws IOException {
		rewrite(plain, target, "xl/worksheets/sheet1.xml", out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private interface EntryWriter {

		void write(OutputStream out) throws IOException;

	}

	private static void rewrite(Path source, Path target, String entryName, EntryWriter writer) throws IOException {
		try (ZipFile in = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : Collections.list(in.entries())) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(0);
				out.putNextEntry(copy);
				if (entry.getName().equals(entryName)) {
					writer.write(out);
				}
				else {
					try (InputStream data = in.getInputStream(entry)) {
						data.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
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
