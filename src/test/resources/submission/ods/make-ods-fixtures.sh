#!/usr/bin/env bash
# Saves every workbook fixture of ../fixtures/ again with LibreOffice Calc as .ods, into this folder.
# Needs LibreOffice (apt-get install libreoffice-calc-nogui python3-uno). See README.md.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in ../fixtures/*.xlsx ../fixtures/*.xls; do
    case "$(basename "$f")" in
        encrypted.xlsx|corrupt.xlsx) ;;   # made below
        *) cp "$f" "$work/" ;;
    esac
done
soffice --headless --convert-to ods --outdir . "$work"/*.xlsx "$work"/*.xls
# LibreOffice opens the protected original with its password and saves it protected again
/usr/bin/python3 save-with-password.py ../fixtures/encrypted.xlsx secret encrypted.ods secret
# LibreOffice always stores a formula's result; without one is how a non-calculating program writes it
/usr/bin/python3 without-formula-result.py formula-without-result.ods "$work/f.ods" 'of:=[.E6]*0.95'
mv "$work/f.ods" formula-without-result.ods
# the first 600 bytes of a valid report, as ../fixtures/corrupt.xlsx is of its .xlsx
head -c 600 valid-english.ods > corrupt.ods
