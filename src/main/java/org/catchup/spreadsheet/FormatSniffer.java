package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.catchup.spreadsheet.SpreadsheetException.Reason;

/**
 * Decides what a file really is from its first bytes and, for containers, a look inside;
 * the extension only decides between CSV and "not a spreadsheet" for plain text.
 */
final class FormatSniffer {

	enum Format {
		XLSX, XLS, ODS, CSV
	}

	static final String ACCEPTED = "accepted formats are .xlsx, .xlsm, .xls, .ods and .csv";

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };

	private static final Set<String> EXCEL_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

	/** The workbook extensions: a damaged file with one of these is a damaged workbook, not a wrong format. */
	private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods");

	private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	Format detect(Path file, String fileName) throws SpreadsheetException {
		byte[] head = head(file, fileName);
		String extension = extension(fileName);
		if (startsWith(head, ZIP)) {
			return zip(file, fileName, extension);
		}
		if (startsWith(head, OLE2)) {
			return ole2(file, fileName);
		}
		if (startsWith(head, PDF)) {
			throw unsupported(fileName, "is a PDF document");
		}
		if ("csv".equals(extension)) {
			return Format.CSV;
		}
		if (EXCEL_EXTENSIONS.contains(extension)) {
			throw unsupported(fileName, "is named ." + extension + " but its content is not an Excel workbook");
		}
		if ("ods".equals(extension)) {
			throw unsupported(fileName, "is named .ods but its content is not an OpenDocument spreadsheet");
		}
		throw unsupported(fileName, extension.isEmpty() ? "has no known spreadsheet format"
				: "is a ." + extension + " file");
	}

	private static Format zip(Path file, String fileName, String extension) throws SpreadsheetException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				String type = mimetype(zip, mimetype);
				// a template (.ots) is a spreadsheet all the same
				if (type.equals(ODS_MIMETYPE) || type.equals(ODS_MIMETYPE + "-template")) {
					return Format.ODS;
				}
				throw unsupported(fileName, "is an OpenDocument file (" + type + "), not a spreadsheet");
			}
			if (zip.getEntry("Index/Document.iwa") != null || zip.getEntry("Index.zip") != null) {
				throw unsupported(fileName, "is an Apple Numbers document");
			}
			if (zip.getEntry("[Content_Types].xml") == null) {
				throw unsupported(fileName, "is a ZIP archive, not a spreadsheet");
			}
			if (zip.getEntry("xl/workbook.bin") != null) {
				throw unsupported(fileName, "is an Excel binary workbook (.xlsb); save it as .xlsx");
			}
			if (hasEntryUnder(zip, "xl/")) {
				return Format.XLSX;
			}
			if (hasEntryUnder(zip, "word/")) {
				throw unsupported(fileName, "is a Word document");
			}
			if (hasEntryUnder(zip, "ppt/")) {
				throw unsupported(fileName, "is a PowerPoint presentation");
			}
			throw unsupported(fileName, "is an Office document, but not a spreadsheet");
		}
		catch (IOException | RuntimeException e) {
			// A damaged archive named .odt (or anything not accepted) is first of all the wrong format.
			if (!WORKBOOK_EXTENSIONS.contains(extension)) {
				throw unsupported(fileName, extension.isEmpty() ? "is a damaged ZIP archive" : "is a ." + extension + " file");
			}
			throw Unreadable.of(fileName, "the file is damaged (it is not a complete ZIP archive: " + e.getMessage() + ")",
					e);
		}
	}

	private static Format ole2(Path file, String fileName) throws SpreadsheetException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw encrypted(fileName, null);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK")) {
				return Format.XLS;
			}
			if (root.hasEntry("Book")) {
				throw unsupported(fileName, "is in an old Excel format (Excel 95 or earlier)");
			}
			if (root.hasEntry("WordDocument")) {
				throw unsupported(fileName, "is a Word document");
			}
			throw unsupported(fileName, "is an old-style Office file, but not an Excel workbook");
		}
		catch (IOException | RuntimeException e) {
			throw Unreadable.of(fileName, "the file is damaged (" + e.getMessage() + ")", e);
		}
	}

	private static String mimetype(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			// the mimetype entry is a short stored string; never read more than a line of it
			return new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
		}
	}

	private static boolean hasEntryUnder(ZipFile zip, String folder) {
		return zip.stream().anyMatch(entry -> entry.getName().startsWith(folder));
	}

	private static byte[] head(Path file, String fileName) throws SpreadsheetException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8);
		}
		catch (IOException e) {
			throw Unreadable.of(fileName, "the file could not be opened (" + e.getMessage() + ")", e);
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static SpreadsheetException encrypted(String fileName, Throwable cause) {
		return new SpreadsheetException(Reason.ENCRYPTED,
				"'" + fileName + "': the workbook is password-protected; save it without a password", cause);
	}

	private static SpreadsheetException unsupported(String fileName, String what) {
		return new SpreadsheetException(Reason.UNSUPPORTED_FORMAT, "'" + fileName + "' " + what + "; " + ACCEPTED);
	}

}
