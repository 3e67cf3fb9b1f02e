package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;

/**
 * The submitter's own .ods back with every named cell filled (red for errors, amber for warnings)
 * and commented, plus a sheet listing all problems, opened first. The copy is the original
 * rewritten part by part as it streams: content.xml gets the marks, derived cell styles (so a
 * date stays a date) and the list sheet, settings.xml the sheet to open on; every other part
 * (styles, pictures, macros, charts) is copied unchanged, except a digital signature, which the
 * changes would break. A document that cannot be rewritten (damaged, encrypted) comes back as the
 * list sheet alone, as an .xlsx that cannot be opened does.
 */
public final class OdsMarkedCopy {

	/** A problem to show on a cell: {@code cell} as {@code F17}; several on one cell share its comment. */
	public record Mark(String sheet, String cell, boolean error, String note) {
	}

	/** The sheet listing every problem: its preferred name, header and rows, all as text. */
	public record ListSheet(String name, List<String> headers, List<List<String>> rows) {
	}

	record CellKey(String sheet, int row, int column) {
	}

	/** What one marked cell gets: the fill and the comment text (one line per problem). */
	record MarkedCell(boolean error, String note) {
	}

	static final String ERROR_FILL = "#ff0000";

	static final String WARNING_FILL = "#ff9900";

	private static final List<String> SIGNATURES = List.of("META-INF/documentsignatures.xml",
			"META-INF/macrosignatures.xml", "META-INF/packagesignatures.xml");

	private final SafeXml xml = new SafeXml();

	public void write(Path original, List<Mark> marks, ListSheet list, Path target) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				rewrite(original, byCell(marks), list, out);
			}
		}
		catch (IOException | XMLStreamException | RuntimeException e) {
			// not a document we can rewrite: the list alone tells the submitter what is wrong
			try (OutputStream out = Files.newOutputStream(partial)) {
				listOnly(list, out);
			}
		}
		Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/** Marks grouped by sheet, row and column; unreadable cell references are left to the list sheet. */
	static Map<String, NavigableMap<Integer, NavigableMap<Integer, MarkedCell>>> byCell(List<Mark> marks) {
		Map<String, NavigableMap<Integer, NavigableMap<Integer, MarkedCell>>> sheets = new LinkedHashMap<>();
		for (Mark mark : marks) {
			if (mark.sheet() == null || mark.cell() == null) {
				continue;
			}
			CellReference reference;
			try {
				reference = new CellReference(mark.cell());
			}
			catch (RuntimeException e) {
				continue;
			}
			if (reference.getRow() < 0 || reference.getCol() < 0) {
				continue;
			}
			sheets.computeIfAbsent(mark.sheet(), s -> new TreeMap<>())
				.computeIfAbsent(reference.getRow(), r -> new TreeMap<>())
				.merge((int) reference.getCol(), new MarkedCell(mark.error(), mark.note()),
						(a, b) -> new MarkedCell(a.error() || b.error(), a.note() + "\n" + b.note()));
		}
		return sheets;
	}

	private void rewrite(Path original, Map<String, NavigableMap<Integer, NavigableMap<Integer, MarkedCell>>> marks,
			ListSheet list, OutputStream target) throws IOException, XMLStreamException {
		try (ZipSecureFile zip = new ZipSecureFile(original.toFile())) {
			ZipArchiveEntry content = zip.getEntry(OdsReader.CONTENT);
			ZipArchiveEntry manifest = zip.getEntry(OdsReader.MANIFEST);
			if (content == null || manifest != null && encrypted(zip, manifest)) {
				throw new IOException("not a readable OpenDocument spreadsheet");
			}
			OdsMarkScan.Result scan;
			try (InputStream in = zip.getInputStream(content)) {
				scan = OdsMarkScan.scan(xml, in, marks);
			}
			String listName = freeName(list.name(), scan.sheetNames());
			try (ZipOutputStream out = new ZipOutputStream(target)) {
				stored(out, "mimetype", OdsFiles.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
				for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
					String name = entry.getName();
					if (name.equals("mimetype") || SIGNATURES.contains(name)) {
						continue;
					}
					out.putNextEntry(new ZipEntry(name));
					try (InputStream in = zip.getInputStream(entry)) {
						if (name.equals(OdsReader.CONTENT)) {
							new OdsContentMarker(xml, marks, scan.styles(), new ListSheet(listName, list.headers(),
									list.rows())).rewrite(in, out);
						}
						else if (name.equals("settings.xml")) {
							OdsContentMarker.openOn(xml, in, out, listName);
						}
						else {
							in.transferTo(out);
						}
					}
					out.closeEntry();
				}
			}
		}
	}

	private boolean encrypted(ZipSecureFile zip, ZipArchiveEntry manifest) throws IOException, XMLStreamException {
		try (InputStream in = zip.getInputStream(manifest)) {
			var reader = xml.open(in);
			try {
				while (reader.hasNext()) {
					if (SafeXml.next(reader) == javax.xml.stream.XMLStreamConstants.START_ELEMENT
							&& "encryption-data".equals(reader.getLocalName())) {
						return true;
					}
				}
				return false;
			}
			finally {
				reader.close();
			}
		}
	}

	/** A new document holding the list sheet only. */
	private static void listOnly(ListSheet list, OutputStream target) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(target)) {
			stored(out, "mimetype", OdsFiles.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
			out.putNextEntry(new ZipEntry(OdsReader.MANIFEST));
			out.write(OdsFiles.MANIFEST.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry(OdsReader.CONTENT));
			try {
				OdsContentMarker.listDocument(list, out);
			}
			catch (XMLStreamException e) {
				throw new IOException("the problem list could not be written", e);
			}
			out.closeEntry();
		}
	}

	private static void stored(ZipOutputStream out, String name, byte[] bytes) throws IOException {
		// ODF wants the mimetype first and uncompressed, so a tool can recognise the file by its start
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		out.putNextEntry(entry);
		out.write(bytes);
		out.closeEntry();
	}

	private static String freeName(String name, java.util.Set<String> taken) {
		String free = name;
		for (int n = 2; taken.contains(free); n++) {
			free = name + " (" + n + ")";
		}
		return free;
	}

	/** The constants a written package needs. */
	static final class OdsFiles {

		static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

		static final String MANIFEST = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
				<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
				<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
				</manifest:manifest>""";

		private OdsFiles() {
		}

	}

	static List<String> lines(String note) {
		return new ArrayList<>(List.of(note.split("\n", -1)));
	}

}
