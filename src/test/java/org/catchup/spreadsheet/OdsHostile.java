package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** .ods files built to hurt a reader: the .ods side of the hostile corpus. */
public final class OdsHostile {

	private OdsHostile() {
	}

	/** Nine levels of ten entities each: a billion "lol"s from a few hundred bytes. */
	public static String billionLaughs() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		String previous = "lol";
		for (int i = 1; i <= 9; i++) {
			xml.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
			previous = "lol" + i;
		}
		return xml.append("]>\n").append(body("&lol9;")).toString();
	}

	/** A cell whose text would be the server's /etc/passwd. */
	public static String externalEntity() {
		return "<?xml version=\"1.0\"?>\n<!DOCTYPE office:document-content [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
				+ body("&secret;");
	}

	private static String body(String cellText) {
		return OdsFiles.CONTENT_START.substring(OdsFiles.CONTENT_START.indexOf("<office:document-content"))
				+ OdsFiles.tableStart("Report", false) + "<table:table-row><table:table-cell office:value-type=\"string\">"
				+ "<text:p>" + cellText + "</text:p></table:table-cell></table:table-row></table:table>"
				+ OdsFiles.CONTENT_END;
	}

	/** content.xml of 200 MB of spaces inside the body, about 200 KB compressed. */
	public static Path zipBomb(Path file) throws IOException {
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		return rewriteContent(file, out -> {
			out.write((OdsFiles.CONTENT_START + OdsFiles.tableStart("Report", false)).getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 200; i++) {
				out.write(spaces);
			}
			out.write(("</table:table>" + OdsFiles.CONTENT_END).getBytes(StandardCharsets.UTF_8));
		});
	}

	/** A valid title block and header, then one data row repeated down to the last row: 9.4 million cells. */
	public static Path repeatBomb(Path file) throws IOException {
		return OdsFiles.write(file, out -> {
			out.write(OdsFiles.tableStart("Report", false));
			out.write(OdsFiles.row("Enterprise code", "KLH"));
			out.write(OdsFiles.row("Period", "1959-08"));
			out.write(OdsFiles.emptyRow());
			out.write(OdsFiles.row("Section", "Team code", "Team name", "Indicator", "Plan", "Actual", "Headcount",
					"Striving title", "Remarks"));
			out.write("<table:table-row table:number-rows-repeated=\"1048000\">"
					+ OdsFiles.cell("North") + OdsFiles.cell("KL-01") + OdsFiles.cell("Brigade") + OdsFiles.cell("RAWCU")
					+ "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value=\"7\">"
					+ "<text:p>7</text:p></table:table-cell>" + OdsFiles.cell(12) + OdsFiles.cell("ja") + OdsFiles.cell("x")
					+ "</table:table-row></table:table>");
		});
	}

	/** A package with the spreadsheet mimetype and nothing else. */
	public static Path withoutContent(Path file) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(OdsFiles.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
		return file;
	}

	private interface EntryWriter {

		void write(OutputStream out) throws IOException;

	}

	private static Path rewriteContent(Path file, EntryWriter content) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(OdsFiles.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			content.write(zip);
			zip.closeEntry();
		}
		return file;
	}

}
