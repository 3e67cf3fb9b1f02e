"""Rewrites an .ods so that the formula cells matching a pattern keep their formula but lose their
stored result, as a program that writes formulas without calculating them saves them:
python3 without-formula-result.py <in.ods> <out.ods> <formula, e.g. of:=[.E6]*0.95>"""
import re
import sys
import zipfile

source, target, formula = sys.argv[1:4]
cell = re.compile(r'(<table:table-cell[^>]*?table:formula="' + re.escape(formula) + r'")[^>]*?(/>|>.*?</table:table-cell>)')
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "content.xml":
            text, count = cell.subn(lambda m: m.group(1) + "/>", data.decode("utf-8"))
            if count == 0:
                sys.exit("no cell with formula " + formula)
            data = text.encode("utf-8")
        zout.writestr(item, data, compress_type=item.compress_type)
