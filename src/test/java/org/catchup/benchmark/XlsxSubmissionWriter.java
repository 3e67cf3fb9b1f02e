package org.catchup.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a valid SPEC §3 submission of any size as xlsx XML straight into a zip: no POI
 * usermodel, no rows in memory. Each team reports every indicator, so there are
 * rows / indicators teams, each with its own code and name in the shared strings (about as
 * many distinct strings as rows / 2 with four indicators). Figures vary from 70 % to 130 %.
 */
final class XlsxSubmissionWriter {

	static final List<String> SECTIONS = List.of("North field", "South field", "Shaft 2", "Workshop");

	private XlsxSubmissionWriter() {
	}

	static void write(Path file, String enterprise, YearMonth period, int rows, List<String> indicators)
			throws IOException {
		int teams = (rows + indicators.size() - 1) / indicators.size();
		int fixed = SECTIONS.size() + indicators.size();
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_SPEED);
			Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
			part(zip, w, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
					<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
					</Types>""");
			part(zip, w, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			part(zip, w, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			part(zip, w, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
					<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
					</Relationships>""");
			part(zip, w, "xl/styles.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
					<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
					<fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
					<borders count="1"><border/></borders>\
					<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
					<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
					</styleSheet>""");

			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
			for (String s : SECTIONS) {
				string(w, s);
			}
			for (String s : indicators) {
				string(w, s);
			}
			for (int t = 0; t < teams; t++) {
				string(w, teamCode(t));
				string(w, teamName(t));
			}
			w.write("</sst>");
			w.flush();
			zip.closeEntry();

			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Enterprise code</t></is></c>"
					+ "<c r=\"B1\" t=\"inlineStr\"><is><t>" + enterprise + "</t></is></c></row>");
			w.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Period</t></is></c>"
					+ "<c r=\"B2\" t=\"inlineStr\"><is><t>" + period + "</t></is></c></row>");
			w.write("<row r=\"4\">");
			String[] header = { "section", "team_code", "team_name", "indicator", "plan", "actual", "headcount" };
			for (int c = 0; c < header.length; c++) {
				w.write("<c r=\"" + (char) ('A' + c) + "4\" t=\"inlineStr\"><is><t>" + header[c] + "</t></is></c>");
			}
			w.write("</row>");
			long seed = enterprise.hashCode() * 31L + period.hashCode();
			for (int i = 0; i < rows; i++) {
				int t = i / indicators.size();
				int ind = i % indicators.size();
				int r = i + 5;
				long random = mix(seed + i);
				int plan = 100 + (int) ((random & 0xFFFF) % 900);
				int percent = 70 + (int) ((random >>> 16 & 0xFFFF) % 61);
				w.write("<row r=\"");
				w.write(Integer.toString(r));
				w.write("\"><c r=\"A");
				w.write(Integer.toString(r));
				w.write("\" t=\"s\"><v>");
				w.write(Integer.toString(t % SECTIONS.size()));
				w.write("</v></c><c r=\"B");
				w.write(Integer.toString(r));
				w.write("\" t=\"s\"><v>");
				w.write(Integer.toString(fixed + 2 * t));
				w.write("</v></c><c r=\"C");
				w.write(Integer.toString(r));
				w.write("\" t=\"s\"><v>");
				w.write(Integer.toString(fixed + 2 * t + 1));
				w.write("</v></c><c r=\"D");
				w.write(Integer.toString(r));
				w.write("\" t=\"s\"><v>");
				w.write(Integer.toString(SECTIONS.size() + ind));
				w.write("</v></c><c r=\"E");
				w.write(Integer.toString(r));
				w.write("\"><v>");
				w.write(Integer.toString(plan));
				w.write("</v></c><c r=\"F");
				w.write(Integer.toString(r));
				w.write("\"><v>");
				w.write(Integer.toString(plan * percent / 100));
				w.write("</v></c><c r=\"G");
				w.write(Integer.toString(r));
				w.write("\"><v>");
				w.write(Integer.toString(5 + t % 20));
				w.write("</v></c></row>");
			}
			w.write("</sheetData></worksheet>");
			w.flush();
			zip.closeEntry();
		}
	}

	static String teamCode(int team) {
		return "B" + team;
	}

	static String teamName(int team) {
		return "Brigade " + team + " \"Glück auf\"";
	}

	private static long mix(long x) {
		x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
		x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return x ^ (x >>> 33);
	}

	private static void string(Writer w, String text) throws IOException {
		w.write("<si><t>");
		w.write(text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"));
		w.write("</t></si>");
	}

	private static void part(ZipOutputStream zip, Writer w, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		w.write(content);
		w.flush();
		zip.closeEntry();
	}

}
