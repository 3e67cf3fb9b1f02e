package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The parts a glance at a workbook's first rows needs, found straight in the zip: the content
 * types, the package's and the workbook's relationships, streamed with the hardened parser,
 * and nothing else. POI's package model parses every relationship part and the core properties
 * into DOM documents first, which is two thirds of reading a monthly file's title block.
 * <p>
 * It finds the parts as {@link PoiXlsxParts} does (the same relationships, part names compared
 * without regard to case, the same zip-bomb guard), and refuses with {@link Unusual} whatever it
 * would have to guess at: a strict OOXML package, two parts whose names differ only in case, a
 * part without a content type, a relationship it cannot resolve plainly. The caller then reads
 * the package as a check does. What it finds is therefore never another part than POI's.
 */
final class ZipXlsxParts implements XlsxParts {

	private static final String CONTENT_TYPES = "[content_types].xml";

	private static final String OFFICE_DOCUMENT = PackageRelationshipTypes.CORE_DOCUMENT;

	private final SafeXml xml;

	private final ZipSecureFile zip;

	/** Every entry by its name in lower case (part names are compared without regard to case). */
	private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

	private final Map<String, String> defaults = new HashMap<>();

	private final Map<String, String> overrides = new HashMap<>();

	private final String workbook;

	/** The workbook's relationships by id (internal ones only), as part names. */
	private final Map<String, Relationship> workbookRelationships;

	private record Relationship(String type, String target) {
	}

	ZipXlsxParts(SafeXml xml, Path file) throws IOException, XMLStreamException {
		this.xml = xml;
		this.zip = new ZipSecureFile(file.toFile());
		try {
			index();
			workbook = single(relationships("", "_rels/.rels"), OFFICE_DOCUMENT);
			if (!isWorkbook(contentType(workbook))) {
				throw new Unusual("the office document is no transitional workbook");
			}
			workbookRelationships = relationships(folderOf(workbook), relationshipsOf(workbook));
		}
		catch (IOException | XMLStreamException | RuntimeException e) {
			zip.close();
			throw e;
		}
	}

	@Override
	public InputStream workbook() throws IOException {
		return open(workbook);
	}

	@Override
	public InputStream sharedStrings() throws IOException {
		return related(XSSFRelation.SHARED_STRINGS);
	}

	@Override
	public InputStream styles() throws IOException {
		return related(XSSFRelation.STYLES);
	}

	@Override
	public InputStream sheet(String relationId) throws IOException {
		Relationship sheet = relationId == null ? null : workbookRelationships.get(relationId);
		if (sheet == null) {
			throw new Unusual("no relationship " + relationId);
		}
		return open(sheet.target());
	}

	@Override
	public void close() {
		try {
			zip.close();
		}
		catch (IOException e) {
			// read-only: nothing is lost by a failed close
		}
	}

	/**
	 * As POI: the part the workbook relates to by the relation's type, or null when it relates to
	 * none. POI asks only when some part has the relation's content type; a relation to a part of
	 * another type is left to POI.
	 */
	private InputStream related(XSSFRelation relation) throws IOException {
		String target = null;
		for (Relationship r : workbookRelationships.values()) {
			if (r.type().equals(relation.getRelation())) {
				if (target != null) {
					throw new Unusual("two relationships of type " + r.type());
				}
				target = r.target();
			}
		}
		if (target == null) {
			return null;
		}
		if (!relation.getContentType().equals(contentType(target))) {
			throw new Unusual("the part " + target + " is not of type " + relation.getContentType());
		}
		return open(target);
	}

	private InputStream open(String partName) throws IOException {
		ZipArchiveEntry entry = entries.get(partName);
		if (entry == null) {
			throw new Unusual("no part " + partName);
		}
		return zip.getInputStream(entry);
	}

	private void index() throws IOException, XMLStreamException {
		for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements();) {
			ZipArchiveEntry entry = all.nextElement();
			if (entry.isDirectory()) {
				continue;
			}
			if (entries.put(entry.getName().toLowerCase(Locale.ROOT), entry) != null) {
				throw new Unusual("two entries named " + entry.getName());
			}
		}
		ZipArchiveEntry types = entries.remove(CONTENT_TYPES);
		if (types == null) {
			throw new Unusual("no content types");
		}
		try (InputStream in = zip.getInputStream(types)) {
			XMLStreamReader reader = xml.open(in);
			try {
				while (reader.hasNext()) {
					if (SafeXml.next(reader) != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String type = SafeXml.attribute(reader, "ContentType");
					switch (reader.getLocalName()) {
						case "Default" -> put(defaults, SafeXml.attribute(reader, "Extension"), type);
						case "Override" -> put(overrides, partName(SafeXml.attribute(reader, "PartName")), type);
						default -> {
							// the root element
						}
					}
				}
			}
			finally {
				reader.close();
			}
		}
		for (String name : entries.keySet()) {
			if (contentType(name) == null) {
				throw new Unusual("the part " + name + " has no content type");
			}
		}
	}

	private static void put(Map<String, String> types, String key, String type) {
		if (key == null || type == null || types.put(key.toLowerCase(Locale.ROOT), type) != null) {
			throw new Unusual("a content type that is not plain");
		}
	}

	/** "/xl/workbook.xml" → "xl/workbook.xml". */
	private static String partName(String name) {
		if (name == null || !name.startsWith("/")) {
			throw new Unusual("the part name " + name);
		}
		return name.substring(1);
	}

	private String contentType(String name) {
		String override = overrides.get(name);
		if (override != null) {
			return override;
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot < name.lastIndexOf('/') ? null : defaults.get(name.substring(dot + 1));
	}

	private static boolean isWorkbook(String contentType) {
		return XSSFRelation.WORKBOOK.getContentType().equals(contentType)
				|| XSSFRelation.MACROS_WORKBOOK.getContentType().equals(contentType)
				|| XSSFRelation.TEMPLATE_WORKBOOK.getContentType().equals(contentType)
				|| XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType().equals(contentType);
	}

	/** The internal relationships of a part, by id, their targets as part names. */
	private Map<String, Relationship> relationships(String folder, String relationshipsPart)
			throws IOException, XMLStreamException {
		Map<String, Relationship> found = new HashMap<>();
		ZipArchiveEntry entry = entries.get(relationshipsPart);
		if (entry == null) {
			return found;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader reader = xml.open(in);
			try {
				while (reader.hasNext()) {
					if (SafeXml.next(reader) != XMLStreamConstants.START_ELEMENT
							|| !"Relationship".equals(reader.getLocalName())) {
						continue;
					}
					String id = SafeXml.attribute(reader, "Id");
					String type = SafeXml.attribute(reader, "Type");
					String target = SafeXml.attribute(reader, "Target");
					if (id == null || type == null || target == null) {
						throw new Unusual("a relationship without id, type or target");
					}
					if ("External".equals(SafeXml.attribute(reader, "TargetMode"))) {
						continue;
					}
					if (found.put(id, new Relationship(type, resolve(folder, target))) != null) {
						throw new Unusual("two relationships " + id);
					}
				}
			}
			finally {
				reader.close();
			}
		}
		return found;
	}

	private static String single(Map<String, Relationship> relationships, String type) {
		String target = null;
		for (Relationship r : relationships.values()) {
			if (r.type().equals(type)) {
				if (target != null) {
					throw new Unusual("two relationships of type " + type);
				}
				target = r.target();
			}
		}
		if (target == null) {
			throw new Unusual("no relationship of type " + type);
		}
		return target;
	}

	/** A plain relative or absolute target within the package, as a part name in lower case. */
	static String resolve(String folder, String target) {
		if (target.isEmpty() || target.chars().anyMatch(c -> c == '%' || c == ':' || c == '\\' || c == '?'
				|| c == '#' || c <= ' ')) {
			throw new Unusual("the target " + target);
		}
		Deque<String> path = new ArrayDeque<>();
		String whole = target.startsWith("/") ? target.substring(1) : folder + target;
		for (String segment : whole.split("/", -1)) {
			switch (segment) {
				case "", "." -> throw new Unusual("the target " + target);
				case ".." -> {
					if (path.pollLast() == null) {
						throw new Unusual("the target " + target);
					}
				}
				default -> path.addLast(segment);
			}
		}
		return String.join("/", path).toLowerCase(Locale.ROOT);
	}

	/** "xl/workbook.xml" → "xl/". */
	private static String folderOf(String partName) {
		return partName.substring(0, partName.lastIndexOf('/') + 1);
	}

	/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
	private static String relationshipsOf(String partName) {
		String folder = folderOf(partName);
		return folder + "_rels/" + partName.substring(folder.length()) + ".rels";
	}

	/** A package this reader will not guess at; the caller reads it as a check does. */
	static final class Unusual extends RuntimeException {

		Unusual(String message) {
			super(message, null, false, false);
		}

	}

}
