package org.catchup.spreadsheet;

import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell style indexes (the {@code s} attribute) carry a date format. Read straight from
 * styles.xml with the hardened parser instead of POI's StylesTable, which builds the whole
 * XmlBeans tree; the date decision itself is POI's {@link DateUtil#isADateFormat(int, String)}.
 */
final class XlsxDateStyles {

	private final BitSet dateStyles;

	private XlsxDateStyles(BitSet dateStyles) {
		this.dateStyles = dateStyles;
	}

	static XlsxDateStyles none() {
		return new XlsxDateStyles(new BitSet());
	}

	static XlsxDateStyles parse(SafeXml xml, InputStream in) throws XMLStreamException {
		Map<Integer, String> customFormats = new HashMap<>();
		BitSet dateStyles = new BitSet();
		int styleIndex = 0;
		boolean inCellXfs = false;
		XMLStreamReader reader = xml.open(in);
		try {
			while (reader.hasNext()) {
				int event = SafeXml.next(reader);
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (reader.getLocalName()) {
						case "numFmt" -> {
							Integer id = parseId(SafeXml.attribute(reader, "numFmtId"));
							String code = SafeXml.attribute(reader, "formatCode");
							if (id != null && code != null) {
								customFormats.put(id, code);
							}
						}
						case "cellXfs" -> inCellXfs = true;
						case "xf" -> {
							// cellStyleXfs also hold xf elements; only cellXfs are indexed by a cell's s
							if (inCellXfs) {
								Integer formatId = parseId(SafeXml.attribute(reader, "numFmtId"));
								if (formatId != null && isDateFormat(formatId, customFormats)) {
									dateStyles.set(styleIndex);
								}
								styleIndex++;
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(reader.getLocalName())) {
					inCellXfs = false;
				}
			}
		}
		finally {
			reader.close();
		}
		return new XlsxDateStyles(dateStyles);
	}

	boolean isDate(int styleIndex) {
		return styleIndex >= 0 && dateStyles.get(styleIndex);
	}

	private static boolean isDateFormat(int formatId, Map<Integer, String> customFormats) {
		String code = customFormats.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
		if (code == null) {
			// 27-36 and 50-58 are the East Asian built-in date formats POI has no code for
			return DateUtil.isInternalDateFormat(formatId) || (formatId >= 27 && formatId <= 36)
					|| (formatId >= 50 && formatId <= 58);
		}
		return DateUtil.isADateFormat(formatId, code);
	}

	private static Integer parseId(String value) {
		if (value == null) {
			return null;
		}
		try {
			int id = Integer.parseInt(value.trim());
			return id >= 0 ? id : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
