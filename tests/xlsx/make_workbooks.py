#!/usr/bin/env python3
"""Writes the XLSX workbooks of the XLSX tests with openpyxl, an independent producer.

Usage: make_workbooks.py OUT_DIR AUDIT_DIR
Writes OUT_DIR/basic.xlsx; OUT_DIR/sample.xlsx, OUT_DIR/beijing_2020.xlsx and
OUT_DIR/shenzhen_2019.xlsx (the CSV tables of AUDIT_DIR, examples/audit, as workbooks: numbers as
numbers, continued 项目名称/一级指标/二级指标 cells merged as on the printed forms);
OUT_DIR/number_formats.xlsx, OUT_DIR/dates_1904.xlsx, OUT_DIR/iso_dates.xlsx and
OUT_DIR/number_formats_table.xlsx (cells in number formats: percentages, dates, times, display-only
formats); OUT_DIR/bomb.xlsx, OUT_DIR/bad_cells.xlsx and OUT_DIR/not_a_zip.xlsx. When openpyxl is missing it
writes nothing, removes OUT_DIR/ready and exits 0: the tests then skip themselves.
"""
import csv
import datetime
import os
import re
import shutil
import sys
import zipfile

out_dir, audit_dir = sys.argv[1], sys.argv[2]
os.makedirs(out_dir, exist_ok=True)
ready = os.path.join(out_dir, "ready")
if os.path.exists(ready):
    os.remove(ready)
try:
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
except ImportError:
    print("python3-openpyxl missing: the XLSX tests will be skipped (tools/setup-deps installs it)")
    sys.exit(0)


# basic.xlsx: every kind of cell, a merged range, a blank row, two sheets.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "数据"
ws["A1"] = "项目名称"
ws["B1"] = 10
ws["C1"] = 9.98
ws["D1"] = 0.1 + 0.2  # written as 0.30000000000000004
ws["E1"] = True
ws["F1"] = "内联"
ws["G1"] = "富文本"  # made rich text runs below
ws["A2"] = "产出指标"
ws.merge_cells("A2:A4")
ws["B3"] = "数量指标"
ws["C4"] = -1.5e-7
ws["G6"] = "远处"
second = wb.create_sheet("第二页")
second["A1"] = "第二个工作表"
second["B2"] = 42
basic = os.path.join(out_dir, "basic.xlsx")
wb.save(basic)


# openpyxl 3.0 writes every string inline; Excel and WPS write shared strings. Move some cells
# into xl/sharedStrings.xml (G1 as rich text runs with a phonetic run, which is not part of the
# value) and add a number as Excel writes doubles, in full (H1).
SHARED = ["A1", "A2", "B3", "G1", "G6"]


def shared_sheet(sheet):
    items = []
    for ref in SHARED:
        pattern = r'<c r="%s"([^>]*?) t="inlineStr"><is>(<t>[^<]*</t>)</is></c>' % ref
        match = re.search(pattern, sheet)
        assert match, ref + " not found in sheet1.xml"
        items.append(match.group(2))
        sheet = sheet.replace(match.group(0),
                              '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, match.group(1),
                                                                   len(items) - 1))
    items[SHARED.index("G1")] = ('<r><rPr><b/></rPr><t>富</t></r>'
                                 '<r><t xml:space="preserve">文本 </t></r>'
                                 '<rPh sb="0" eb="1"><t>フ</t></rPh>')
    sheet = sheet.replace("</row>", '<c r="H1"><v>0.30000000000000004</v></c></row>', 1)
    # A value left inside the merged range A2:A4 (openpyxl clears them; other producers may not).
    sheet = sheet.replace('<row r="3">', '<row r="3"><c r="A3"><v>7</v></c>', 1)
    global SST
    SST = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(items), len(items)) +
           "".join("<si>%s</si>" % i for i in items) + "</sst>")
    return sheet


def add_shared_strings(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename).decode("utf-8")
            if item.filename == "xl/worksheets/sheet1.xml":
                data = shared_sheet(data)
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", (
                    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99"/>'
                    "</Relationships>"))
            elif item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", (
                    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    "</Types>"))
            dst.writestr(item.filename, data.encode("utf-8"))
        dst.writestr("xl/sharedStrings.xml", SST.encode("utf-8"))
    shutil.move(tmp, path)


add_shared_strings(basic)

# The filled tables of examples/audit as a unit's workbook would hold them: numbers as numbers,
# and each 项目名称/一级指标/二级指标 cell merged down over the blank cells that continue it (the
# rows up to the next value in that column or in a column left of it), as the official forms
# print them. A merged range keeps its value in its top-left cell only, so the workbook reads as
# the CSV does.
MERGED = ("项目名称", "一级指标", "二级指标")
NUMBER = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?$")


def write_table(csv_path, xlsx_path, title):
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text == "":
                continue
            if NUMBER.match(text):
                sheet.cell(r, c, float(text) if "." in text else int(text))
            else:
                sheet.cell(r, c, text)
    columns = [rows[0].index(name) for name in MERGED if name in rows[0]]
    cell = lambda r, c: rows[r][c] if c < len(rows[r]) else ""
    for k, col in enumerate(columns):
        left = columns[:k]
        r = 1
        while r < len(rows):
            end = r
            while (end + 1 < len(rows) and any(rows[end + 1]) and cell(end + 1, col) == ""
                   and all(cell(end + 1, c) == "" for c in left)):
                end += 1
            if cell(r, col) != "" and end > r:
                sheet.merge_cells(start_row=r + 1, start_column=col + 1, end_row=end + 1,
                                  end_column=col + 1)
            r = end + 1
    book.save(xlsx_path)


for name, title in (("sample", "自评表"), ("beijing_2020", "自评表"), ("shenzhen_2019", "评分表")):
    write_table(os.path.join(audit_dir, name + ".csv"), os.path.join(out_dir, name + ".xlsx"),
                title)

# number_formats.xlsx: one number per number format the reader tells apart, in column B, with the
# format's name in column A. Percentages are stored as fractions and dates as serial days (as Excel
# stores them); the formats say so. openpyxl writes 0%, 0.00% and mm-dd-yy as the built-in ids 9,
# 10 and 14 and the other formats as custom <numFmt>s.
FORMATS = (
    ("0.00%", 0.9987778125, "0.00%"),
    ("0%", 0.98, "0%"),
    ("0.0%", 0.9987778125, "0.0%"),
    ("0.00%;[Red]-0.00%", -0.125, "0.00%;[Red]-0.00%"),
    ("yyyy-mm-dd", datetime.date(2020, 12, 31), "yyyy-mm-dd"),
    ("yyyy年m月d日", datetime.date(2020, 11, 30), 'yyyy"年"m"月"d"日"'),
    ("mm-dd-yy", datetime.date(2020, 6, 30), "mm-dd-yy"),
    ("yyyy-mm-dd h:mm:ss", datetime.datetime(2020, 12, 31, 8, 30), "yyyy-mm-dd h:mm:ss"),
    ("h:mm", datetime.time(8, 30), "h:mm"),
    ("General", 9.987, "General"),
    ("0.00", 9.987, "0.00"),
    ("#,##0.00", 3718.81, "#,##0.00"),
    ("@ number", 0.9988, "@"),
    ("@ text", "0.9988", "@"),
    ('"¥"#,##0.00', 1234.5, '"¥"#,##0.00'),
    ('0.00"%"', 99.88, '0.00"%"'),
)
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "格式"
for r, (name, value, number_format) in enumerate(FORMATS, start=1):
    sheet.cell(r, 1, name)
    sheet.cell(r, 2, value).number_format = number_format
book.save(os.path.join(out_dir, "number_formats.xlsx"))

# dates_1904.xlsx: the same date and percentage in a workbook of the 1904 date system (serial 0
# is 1904-01-01), and iso_dates.xlsx: dates stored as ISO 8601 text (t="d").
for name, setting in (("dates_1904", "epoch"), ("iso_dates", "iso_dates")):
    book = openpyxl.Workbook()
    if setting == "epoch":
        book.epoch = CALENDAR_MAC_1904
    else:
        book.iso_dates = True
    sheet = book.active
    sheet["A1"] = datetime.date(2020, 12, 31)
    sheet["A1"].number_format = "yyyy-mm-dd"
    sheet["B1"] = datetime.datetime(2020, 12, 31, 8, 30)
    sheet["B1"].number_format = "yyyy-mm-dd h:mm"
    sheet["C1"] = 0.9988
    sheet["C1"].number_format = "0.00%"
    book.save(os.path.join(out_dir, name + ".xlsx"))

# number_formats_table.xlsx: tests/xlsx/number_formats.csv, a consistent table, as a unit's
# workbook holds it: percentages as fractions in a percentage format with the decimals printed
# in the CSV, dates as dates, and each 执行率 as =全年执行数/全年预算数 would cache it (639.2178/640
# is 0.9987778125, shown 99.88%). Its audit must find what the CSV's finds: nothing.
PERCENT = re.compile(r"(-?\d+(?:\.(\d+))?)%$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日$")
with open(os.path.join(os.path.dirname(__file__), "number_formats.csv"), encoding="utf-8",
          newline="") as f:
    rows = list(csv.reader(f))
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "自评表"
header = rows[0]
budget, executed = header.index("全年预算数（万元）"), header.index("全年执行数（万元）")
for r, row in enumerate(rows, start=1):
    for c, text in enumerate(row, start=1):
        percent, date = PERCENT.match(text), DATE.match(text)
        if text == "":
            continue
        if percent:
            decimals = len(percent.group(2) or "")
            value = float(percent.group(1)) / 100
            if header[c - 1] == "执行率":
                value = float(row[executed]) / float(row[budget])
            places = "." + "0" * decimals if decimals else ""
            sheet.cell(r, c, value).number_format = "0" + places + "%"
        elif date:
            sheet.cell(r, c, datetime.date(*map(int, date.groups()))).number_format = (
                'yyyy"年"m"月"d"日"')
        elif NUMBER.match(text):
            sheet.cell(r, c, float(text) if "." in text else int(text))
        else:
            sheet.cell(r, c, text)
book.save(os.path.join(out_dir, "number_formats_table.xlsx"))

# bomb.xlsx: a sheet that inflates to 300 MiB from a few hundred kilobytes.
bomb = os.path.join(out_dir, "bomb.xlsx")
with zipfile.ZipFile(basic) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if item.filename != "xl/worksheets/sheet1.xml":
            dst.writestr(item.filename, src.read(item.filename))
            continue
        with dst.open(item.filename, "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><worksheet>')
            chunk = b" " * (1 << 20)
            for _ in range(300):
                part.write(chunk)
            part.write(b"</worksheet>")

# bad_cells.xlsx: basic.xlsx with a shared string index past the end (A2) and a bad reference.
with zipfile.ZipFile(basic) as src, zipfile.ZipFile(
        os.path.join(out_dir, "bad_cells.xlsx"), "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            data = data.replace(b'<c r="A2" t="s"><v>1</v>', b'<c r="A2" t="s"><v>99</v>')
            data = data.replace(b'<c r="B3"', b'<c r="3B"')
        dst.writestr(item.filename, data)

with open(os.path.join(out_dir, "not_a_zip.xlsx"), "w", encoding="utf-8") as f:
    f.write("项目名称,三级指标\n")
open(ready, "w").close()
