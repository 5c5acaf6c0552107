#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes microsoft_forms_responses.xlsx: the Microsoft Forms responses workbook of
microsoft_forms_responses.csv, as Forms downloads it (real Excel date-times, not text).

Standard library only (zipfile + XML text), so anyone can regenerate it:
    python3 tests/data/import/make_xlsx.py
The output is byte-for-byte stable (fixed zip timestamps), so a regenerated file shows
no diff unless the content changed.

What it exercises in core/io/XlsxReader.cpp: text through sharedStrings.xml (one of them
in two rich-text runs), numbers as plain cells, and date-times as serial numbers whose
cell style points at a date number format -- a custom one (numFmtId 164) on Start time and
Completion time, the built-in 22 ("m/d/yy h:mm") on Last modified time.
"""
import datetime
import pathlib
import zipfile
from xml.sax.saxutils import escape

OUT = pathlib.Path(__file__).with_name("microsoft_forms_responses.xlsx")

HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Company",
          "How likely are you to recommend Example Conf to a friend or colleague?",
          "How satisfied were you with the talks?", "Which tracks did you attend?"]


def t(y, mo, d, h, mi, s):
    return datetime.datetime(y, mo, d, h, mi, s)


# The same (synthetic) people and answers as microsoft_forms_responses.csv.
ROWS = [
    [1, t(2024, 3, 5, 10, 12, 33), t(2024, 3, 5, 10, 15, 2), "ada@example.com", "Ada Example", None,
     "Example Corp", 9, 5, "Cloud;Security;"],
    [2, t(2024, 3, 5, 11, 2, 7), t(2024, 3, 5, 11, 4, 40), "anonymous", None, None, None, 6, 3, "Cloud;"],
    [3, t(2024, 3, 6, 9, 45, 0), t(2024, 3, 6, 9, 46, 30), "zoe@example.org", "Zo\u00eb M\u00fcller",
     t(2024, 3, 6, 10, 0, 12), "Example GmbH", 10, 4, "Security;Frontend;"],
]

# Style indexes (cellXfs): 0 general, 1 custom date-time, 2 built-in 22.
CUSTOM_DATE_STYLE, BUILTIN_DATE_STYLE = 1, 2
RICH_TEXT = {"Example GmbH": ("Example ", "GmbH")}  # written as two <r> runs


def serial(when):
    """Excel's 1900 date system: days since 1899-12-30, the time as a fraction."""
    delta = when - datetime.datetime(1899, 12, 30)
    return repr(delta.days + delta.seconds / 86400)


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def build():
    shared = []

    def string_index(text):
        if text not in shared:
            shared.append(text)
        return shared.index(text)

    sheet_rows = []
    for r, values in enumerate([HEADER] + ROWS, start=1):
        cells = []
        for c, value in enumerate(values):
            ref = f"{column_name(c)}{r}"
            if value is None:
                continue
            if isinstance(value, datetime.datetime):
                style = BUILTIN_DATE_STYLE if HEADER[c] == "Last modified time" else CUSTOM_DATE_STYLE
                cells.append(f'<c r="{ref}" s="{style}"><v>{serial(value)}</v></c>')
            elif isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{string_index(value)}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')

    def si(text):
        if text in RICH_TEXT:
            runs = "".join(f'<r><t xml:space="preserve">{escape(part)}</t></r>' for part in RICH_TEXT[text])
            return f"<si>{runs}</si>"
        return f"<si><t>{escape(text)}</t></si>"

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    parts = {
        "[Content_Types].xml": decl
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>",
        "_rels/.rels": decl
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": decl
        + f"<workbook {ns} {rel_ns}><workbookPr/><sheets>"
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": decl
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/></Relationships>',
        "xl/styles.xml": decl
        + f"<styleSheet {ns}>"
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        "</cellXfs></styleSheet>",
        "xl/worksheets/sheet1.xml": decl + f"<worksheet {ns}><sheetData>{''.join(sheet_rows)}</sheetData></worksheet>",
    }
    # sharedStrings last: the sheet above fills `shared`.
    parts["xl/sharedStrings.xml"] = (decl + f'<sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">'
                                     + "".join(si(s) for s in shared) + "</sst>")
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, parts[name].encode("utf-8"))


if __name__ == "__main__":
    build()
    print(f"wrote {OUT}")
