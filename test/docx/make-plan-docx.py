#!/usr/bin/python3
"""Writes the seed plan as a Word document with python-docx, independently of PTĐV.

usage: make-plan-docx.py SEED.txt OUT.docx [--mistakes] [--header-table] [--tcvn3] [--spanned-names]

The body is the seed's text (title, "kết nạp từ 88 đảng viên trở lên", the
chi bộ-size goal "có từ 10 đảng viên trở lên"), the appendix is its table
STT | TCCSĐ | CHỈ TIÊU with a "GHI CHÚ" column, a title row merged across the
table (w:gridSpan) and a note merged down the four THPT rows (w:vMerge).
--mistakes blanks one quota and drops one school's "(01 HS)";
--header-table lays the letterhead out as a borderless table, as many plans do
(the appendix table is then the document's second table);
--tcvn3 types every paragraph and cell in TCVN3 with the .VnTime font (.VnTimeH
for lines in capitals), encoded by glibc's iconv, as old offices did;
--spanned-names widens the TCCSĐ column to two grid columns in every row
(w:gridSpan: Word still shows four cells a row, the quota third) and blanks
two quotas (rows 8 and 10 of the table).
"""
import subprocess
import sys
from docx import Document

seed_path, out_path = sys.argv[1], sys.argv[2]
mistakes = "--mistakes" in sys.argv
header_table = "--header-table" in sys.argv
tcvn3 = "--tcvn3" in sys.argv
spanned_names = "--spanned-names" in sys.argv


def legacy(text):
    """(text, font) as a TCVN3 document holds it: bytes shown as Latin-1 characters."""
    if not tcvn3 or text == "":
        return text, None
    font = ".VnTime"
    # TCVN3 has no toned capitals: .VnTimeH draws lower-case codes as capitals.
    if text == text.upper() and text != text.lower():
        text, font = text.lower(), ".VnTimeH"
    raw = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.replace("\u2019", "'").encode(), capture_output=True, check=True).stdout
    return raw.decode("latin-1"), font


def write(paragraph_or_cell, text):
    value, font = legacy(text)
    paragraph = paragraph_or_cell.paragraphs[0] if hasattr(paragraph_or_cell, "paragraphs") else paragraph_or_cell
    run = paragraph.add_run(value)
    if font is not None:
        run.font.name = font

lines = open(seed_path, encoding="utf-8").read().split("\n")
# The first half of the seed is the document; the second repeats it as broken PDF text.
end = next(i for i, l in enumerate(lines) if l.startswith("  Đ Ả NG"))
doc_lines = [l.strip() for l in lines[:end]]
title_at = doc_lines.index("PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025")
stt_at = doc_lines.index("STT", title_at)
note_at = doc_lines.index("Lưu ý:")
body = [l for l in doc_lines[: title_at + 2] if l != ""]
cells = [l for l in doc_lines[stt_at + 3 : note_at] if l != ""]
rows = [cells[i : i + 3] for i in range(0, len(cells), 3)]
assert len(rows) == 15, rows
notes = [l for l in doc_lines[note_at:] if l != ""]

if tcvn3:
    # Only what the check reads: the title, the target, the chi bộ size goal, the table.
    body = [l for l in body if l.startswith(("KẾ HOẠCH", "Phát triển đảng viên", "- Phấn đấu", "PHÂN BỔ", "(Kèm theo"))]
if mistakes:
    rows[5][2] = ""  # Đảng bộ xã Ka Đơn: quota left blank
    rows[11][2] = "03"  # Chi bộ Trường THPT Hùng Vương: no "(01 HS)"
if spanned_names:
    rows[5][2] = ""  # table row 8
    rows[7][2] = ""  # table row 10

doc = Document()
cut = 0 if tcvn3 else 5
letterhead = body[:cut]
rest = body[cut:]
if header_table:
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐƠN DƯƠNG\n*\nSố    -KH/HU"
    right.text = "ĐẢNG CỘNG SẢN VIỆT NAM\nĐơn Dương, ngày     tháng 01 năm 2025"
else:
    for l in letterhead:
        write(doc.add_paragraph(), l)
for l in rest:
    write(doc.add_paragraph(), l)

# With spanned names the grid has five columns: STT | TCCSĐ TCCSĐ | CHỈ TIÊU | GHI CHÚ.
span = 1 if spanned_names else 0
table = doc.add_table(rows=2 + len(rows), cols=4 + span)
table.style = "Table Grid"
title = table.cell(0, 0).merge(table.cell(0, 3 + span))  # python-docx writes w:gridSpan
write(title, "Chỉ tiêu giao cho các tổ chức cơ sở đảng")
if spanned_names:
    for r in range(1, 2 + len(rows)):
        table.cell(r, 1).merge(table.cell(r, 2))
for c, h in zip([0, 1, 2 + span, 3 + span], ["STT", "TCCSĐ", "CHỈ TIÊU", "GHI CHÚ"]):
    write(table.cell(1, c), h)
for r, (stt, name, quota) in enumerate(rows, start=2):
    write(table.cell(r, 0), stt)
    write(table.cell(r, 1), name)
    write(table.cell(r, 2 + span), quota)
thpt = [r for r, row in enumerate(rows, start=2) if "THPT" in row[1]]
merged = table.cell(thpt[0], 3 + span).merge(table.cell(thpt[-1], 3 + span))  # python-docx writes w:vMerge
write(merged, "Học sinh theo Hướng dẫn 14-HD/BTCTU")

for l in ([] if tcvn3 else notes):
    write(doc.add_paragraph(), l)
doc.save(out_path)
