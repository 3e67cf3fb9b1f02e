#!/usr/bin/env python3
"""Writes the hand-crafted workbooks POI cannot produce. Run from this folder; output is committed."""
import zipfile

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

def workbook(date1904):
    pr = '<workbookPr date1904="1"/>' if date1904 else ''
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
{pr}<sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>"""

# style 0 general, 1 built-in date 14, 2 custom "yyyy-mm", 3 custom number "0.00"
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>
<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>"""

def sheet(body, prolog=""):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
{prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>"""

def xlsx(name, sheet_xml, date1904=False):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", workbook(date1904))
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)

# Billion laughs: a DOCTYPE with nested entities used in an inline string.
laughs = '<!DOCTYPE worksheet [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + ']>\n'
xlsx("doctype-entities.xlsx", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>', laughs))

# Formulas saved without calculation: no <v>; a shared-formula follower has no text either.
xlsx("formula-without-result.xlsx", sheet(
    '<row r="1"><c r="A1"><f>SUM(B1:C1)</f></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>'
    '<c r="D1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>'
    '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f></c><c r="B2"><v>1</v></c></row>'
    '<row r="3"><c r="A3"><f t="shared" si="0"/></c></row>'))

# Written by a minimal generator: no r attributes, rich inline text with phonetics, 1904 dates,
# an ISO t="d" cell, styled-only cells and formatted empty rows, cells out of order.
xlsx("hand-written.xlsx", sheet(
    '<row><c t="inlineStr"><is><r><t>Plan </t></r><r><t xml:space="preserve">fulfil</t></r>'
    '<rPh sb="0" eb="1"><t>ignored</t></rPh></is></c><c><v>81.900000000000006</v></c><c s="3"><v>1234</v></c></row>'
    '<row><c s="1"><v>0</v></c><c s="2"><v>366</v></c><c t="d"><v>1959-08-01</v></c></row>'
    '<row r="5" s="1" customFormat="1"><c r="A5" s="1"/><c r="B5" s="2"/></row>'
    '<row r="6" customHeight="1" ht="20"/>'
    '<row r="7"><c r="C7" t="b"><v>1</v></c><c r="A7" t="e"><v>#DIV/0!</v></c></row>',
), date1904=True)

# An OpenDocument spreadsheet: the stored mimetype entry comes first.
with zipfile.ZipFile("opendocument.ods", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
    z.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>', zipfile.ZIP_DEFLATED)
