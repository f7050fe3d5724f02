#!/usr/bin/env python3
"""Reads every .xlsx download of a built site back with openpyxl and checks it against the
CSV beside it (docs/archiving.md §5): the same header and rows, cells typed as the CSV's
Table Schema in datapackage.json says (integer -> int, number -> float, datetime -> a
date-time in the site time zone, string -> text, an empty CSV cell -> no cell), the header
row frozen and bold, and every CSV listed in datapackage.json with its .xlsx twin.

Usage: check-xlsx.py SITE
"""
import csv
import datetime as dt
import json
import pathlib
import sys

import openpyxl

site = pathlib.Path(sys.argv[1])
data = site / "data"
package = json.loads((data / "datapackage.json").read_text())
resources = {r["path"]: r for r in package["resources"]}
sheets = cells = 0


def fail(message):
    sys.exit(f"xlsx: {message}")


def expected(text, field_type):
    if text == "":
        return None
    if field_type == "integer":
        return int(text)
    if field_type == "number":
        return float(text)
    if field_type == "datetime":
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    return text


for csv_path in sorted(data.rglob("*.csv")):
    relative = csv_path.relative_to(data).as_posix()
    book_path = csv_path.with_suffix(".xlsx")
    book_relative = book_path.relative_to(data).as_posix()
    if not book_path.exists():
        fail(f"{relative} has no {book_relative}")
    if relative not in resources or book_relative not in resources:
        fail(f"datapackage.json lacks {relative} or {book_relative}")
    twin = resources[book_relative]
    if twin["format"] != "xlsx" or twin["schema"] != resources[relative]["schema"]:
        fail(f"{book_relative}: not an xlsx resource with the schema of {relative}")
    types = [field["type"] for field in twin["schema"]["fields"]]
    with csv_path.open(encoding="utf-8", newline="") as file:
        table = list(csv.reader(file))
    book = openpyxl.load_workbook(book_path)
    rows = []
    for sheet in book.worksheets:
        sheets += 1
        if sheet.freeze_panes != "A2":
            fail(f"{book_relative}: sheet {sheet.title!r}: header row not frozen ({sheet.freeze_panes})")
        values = list(sheet.iter_rows(values_only=True))
        if list(values[0]) != table[0] or not all(cell.font.b for cell in sheet[1]):
            fail(f"{book_relative}: sheet {sheet.title!r}: header {values[0]} is not the CSV's, in bold")
        rows += values[1:]
    if len(rows) != len(table) - 1:
        fail(f"{book_relative}: {len(rows)} rows, the CSV has {len(table) - 1}")
    for number, (row, csv_row) in enumerate(zip(rows, table[1:]), 2):
        row = list(row) + [None] * (len(types) - len(row))
        for column, (value, text, field_type) in enumerate(zip(row, csv_row, types)):
            want = expected(text, field_type)
            if value != want or type(value) is not type(want):
                fail(f"{book_relative}: row {number} column {table[0][column]}: {value!r}, the CSV says {text!r} ({field_type})")
            cells += 1

print(f"xlsx: ok: {len(list(data.rglob('*.xlsx')))} workbooks ({sheets} sheets, {cells} cells) read back with "
      f"openpyxl {openpyxl.__version__}, equal to their CSVs, typed, header frozen")
