package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .ods packages for tests as LibreOffice lays them out (mimetype first and stored, manifest,
 * content.xml with its automatic styles and repeated empty cells), streaming, so a 100,000-row
 * file costs no memory to make. Cells: a String is text, a Number a float, a LocalDate a date, a
 * Boolean a boolean, null an empty cell; {@link #raw(String)} puts XML in as it is.
 */
public final class OdsFiles {

	public static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	static final String CONTENT_START = """
			<?xml version="1.0" encoding="UTF-8"?>
			<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
			xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
			xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
			xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
			xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
			xmlns:dc="http://purl.org/dc/elements/1.1/" \
			xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" \
			xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">\
			<office:automatic-styles>\
			<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>\
			<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>\
			<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"/>\
			</office:automatic-styles><office:body><office:spreadsheet>""";

	static final String CONTENT_END = "</office:spreadsheet></office:body></office:document-content>";

	/** Writes the rows of a document body (tables) to the content. */
	@FunctionalInterface
	public interface Body {

		void write(Writer out) throws IOException;

	}

	/** XML put into a row as it is. */
	public record Raw(String xml) {
	}

	private OdsFiles() {
	}

	public static Raw raw(String xml) {
		return new Raw(xml);
	}

	/** A package whose content.xml is exactly {@code content}. */
	public static Path withContent(Path file, String content) throws IOException {
		return write(file, out -> out.write(content), false);
	}

	/** A package whose body (between office:spreadsheet tags) {@code body} writes. */
	public static Path write(Path file, Body body) throws IOException {
		return write(file, out -> {
			out.write(CONTENT_START);
			body.write(out);
			out.write(CONTENT_END);
		}, false);
	}

	/** As {@link #write(Path, Body)}, with a manifest that declares content.xml encrypted. */
	public static Path writeEncrypted(Path file, Body body) throws IOException {
		return write(file, out -> {
			out.write(CONTENT_START);
			body.write(out);
			out.write(CONTENT_END);
		}, true);
	}

	private static Path write(Path file, Body content, boolean encrypted) throws IOException {
		try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
			byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(manifest(encrypted).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			content.write(out);
			out.flush();
			zip.closeEntry();
		}
		return file;
	}

	private static String manifest(boolean encrypted) {
		String encryption = encrypted ? """
				<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" \
				manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" \
				manifest:initialisation-vector="AAAA"/></manifest:encryption-data>""" : "";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
				<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
				<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">""" + encryption
				+ "</manifest:file-entry></manifest:manifest>";
	}

	public static String tableStart(String name, boolean hidden) {
		return "<table:table table:name=\"" + escape(name) + "\" table:style-name=\"" + (hidden ? "ta2" : "ta1")
				+ "\"><table:table-column table:number-columns-repeated=\"16384\"/>";
	}

	public static String tableEnd() {
		// as LibreOffice ends every sheet: the empty rest down to row 1,048,576
		return "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
				+ "table:number-columns-repeated=\"16384\"/></table:table-row></table:table>";
	}

	/** One row of cells from column A, padded as LibreOffice pads it. */
	public static String row(Object... cells) {
		StringBuilder row = new StringBuilder("<table:table-row>");
		for (Object cell : cells) {
			row.append(cell(cell));
		}
		row.append("<table:table-cell table:number-columns-repeated=\"").append(16_384 - cells.length).append("\"/>");
		return row.append("</table:table-row>").toString();
	}

	public static String emptyRow() {
		return "<table:table-row><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
	}

	static String cell(Object value) {
		if (value == null) {
			return "<table:table-cell/>";
		}
		if (value instanceof Raw raw) {
			return raw.xml();
		}
		if (value instanceof Number number) {
			String text = number.toString();
			return "<table:table-cell table:style-name=\"ce1\" office:value-type=\"float\" office:value=\"" + text
					+ "\" calcext:value-type=\"float\"><text:p>" + text + "</text:p></table:table-cell>";
		}
		if (value instanceof LocalDate date) {
			return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + date
					+ "\" calcext:value-type=\"date\"><text:p>" + date + "</text:p></table:table-cell>";
		}
		if (value instanceof Boolean truth) {
			return "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"" + truth
					+ "\" calcext:value-type=\"boolean\"><text:p>" + (truth ? "TRUE" : "FALSE") + "</text:p></table:table-cell>";
		}
		return "<table:table-cell table:style-name=\"ce1\" office:value-type=\"string\" calcext:value-type=\"string\"><text:p>"
				+ escape(value.toString()) + "</text:p></table:table-cell>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * A submission of {@code rows} rows in the standard layout (title block, header in row 5), one
	 * team per row, streamed to the file.
	 */
	public static Path submission(Path file, String enterprise, String period, int rows, String... indicators)
			throws IOException {
		return write(file, out -> {
			out.write(tableStart("Report", false));
			out.write(row("Enterprise code", enterprise));
			out.write(row("Period", period));
			out.write(row("Submitted by", "A. Clerk"));
			out.write(emptyRow());
			out.write(row("Section", "Team code", "Team name", "Indicator", "Plan", "Actual", "Headcount",
					"Striving title", "Remarks"));
			for (int i = 0; i < rows; i++) {
				int plan = 100 + i % 50;
				out.write(row("S" + (i % 20), "T" + i, "Team " + i, indicators[i % indicators.length], plan,
						plan - i % 9, 10 + i % 7, i % 2 == 0 ? "ja" : "nein", null));
			}
			out.write("<table:table-row table:number-rows-repeated=\"" + Math.max(1, 1_048_000 - rows)
					+ "\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row></table:table>");
		});
	}

}
