#!/usr/bin/env python3
"""Writes a CSV table of Lightboard's content as an .xlsx workbook the way Excel saves one:
texts in the shared-strings table, numbers as numbers, the date-time columns as Excel serial
dates (1900 date system; a time with an offset is turned into the site's local time, since Excel
has no time zones). Standard library only, so the benchmark needs no openpyxl.

    bench/csv_to_xlsx.py posts.csv posts.xlsx [TIMEZONE]      (default Asia/Shanghai)
"""
import csv
import datetime
import sys
import zipfile
import zoneinfo
from xml.sax.saxutils import escape

DATE_COLUMNS = {"posted_at", "accepted_at", "replied_at", "settled_at", "date", "joined"}
NUMBER_COLUMNS = {"points"}
EPOCH = datetime.datetime(1899, 12, 30)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column_name(index):
    name = ""
    index += 1
    while index:
        index, digit = divmod(index - 1, 26)
        name = chr(65 + digit) + name
    return name


def serial(text, zone):
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(zone).replace(tzinfo=None)
    days = (moment - EPOCH) / datetime.timedelta(days=1)
    return repr(round(days, 10))


def main(source, target, zone):
    strings, string_index = [], {}

    def shared(text):
        if text not in string_index:
            string_index[text] = len(strings)
            strings.append(text)
        return string_index[text]

    rows = []
    with open(source, newline="", encoding="utf-8-sig") as file:
        reader = csv.reader(file)
        header = next(reader)
        for number, fields in enumerate([header] + list(reader), start=1):
            cells = []
            for index, field in enumerate(fields):
                if field == "":
                    continue
                ref = f"{column_name(index)}{number}"
                name = header[index] if number > 1 else ""
                if name in DATE_COLUMNS:
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(field, zone)}</v></c>')
                elif name in NUMBER_COLUMNS or (name.startswith("rating_") and field.isdigit()):
                    cells.append(f'<c r="{ref}"><v>{field}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(field)}</v></c>')
            rows.append(f'<row r="{number}">{"".join(cells)}</row>')

    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}"><sheetData>' \
        + "".join(rows) + "</sheetData></worksheet>"
    shared_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MAIN}" count="{len(strings)}">' \
        + "".join(f"<si><t>{escape(text)}</t></si>" for text in strings) + "</sst>"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
                         '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
                         f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
                         f'<Relationship Id="rId3" Type="{RELS}/styles" Target="styles.xml"/></Relationships>')
        archive.writestr("xl/styles.xml", f'<?xml version="1.0"?><styleSheet xmlns="{MAIN}">'
                         '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
                         '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
                         '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
        archive.writestr("xl/sharedStrings.xml", shared_xml)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], zoneinfo.ZoneInfo(sys.argv[3] if len(sys.argv) == 4 else "Asia/Shanghai"))
