/** The Word plan reader on documents written by python-docx and LibreOffice, and on hostile ones. */
import * as fs from "fs";
import * as path from "path";
import { strToU8, zipSync, type Zippable } from "fflate";
import { cellAt, displayText, type Grid } from "../../src/core/grid";
import { checkAllocation } from "../../src/core/allocation/check";
import { readDocx } from "../../src/docx/read-docx";
import { sniffDocument } from "../../src/docx/sniff-docx";

const FIXTURES = path.join(__dirname, "fixtures");
const PROGRAMS = ["python-docx", "libreoffice"] as const;

function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

function grids(name: string): Grid[] {
  const r = readDocx(fixture(name), name);
  if (!r.ok) throw new Error(`${name}: ${r.problem.code} ${r.problem.message.en}`);
  return r.grids;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A minimal .docx around a body, zipped by fflate: enough for hostile variants. */
function docx(body: string, extra: Zippable = {}, prolog = ""): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": strToU8(xml), ...extra });
}
const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = ""): string => `<w:tc>${props === "" ? "" : `<w:tcPr>${props}</w:tcPr>`}${p(text)}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
const tbl = (...rows: string[]): string => `<w:tbl>${rows.join("")}</w:tbl>`;

function problemOf(bytes: Uint8Array): { code: string; args: unknown } {
  const r = readDocx(bytes, "x.docx");
  if (r.ok) throw new Error("expected a problem");
  return { code: r.problem.code, args: r.problem.args };
}

describe.each(PROGRAMS)("the seed plan written by %s", (program) => {
  const [table] = grids(`seed-plan.${program}.docx`);

  it("is one table named Bảng 1, at A1, its rows the table's rows", () => {
    expect(table?.name).toBe("Bảng 1");
    const g = table as Grid;
    expect(displayText(cellAt(g, 0, 0))).toBe("Chỉ tiêu giao cho các tổ chức cơ sở đảng");
    expect([0, 1, 2, 3].map((c) => displayText(cellAt(g, 1, c)))).toEqual(["STT", "TCCSĐ", "CHỈ TIÊU", "GHI CHÚ"]);
    expect([0, 1, 2].map((c) => displayText(cellAt(g, 2, c)))).toEqual(["01", "Đảng bộ Công an huyện", "03"]);
    expect(displayText(cellAt(g, 12, 2))).toBe("03 (01 HS)");
    expect(g.rows).toHaveLength(17);
  });

  it("keeps the title row's gridSpan and the note's vMerge as merged ranges, the text in their first cell", () => {
    const g = table as Grid;
    expect(g.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 12, left: 3, bottom: 15, right: 3 }]));
    expect(displayText(cellAt(g, 12, 3))).toBe("Học sinh theo Hướng dẫn 14-HD/BTCTU");
    expect(displayText(cellAt(g, 13, 3))).toBe("");
  });

  it("reads a cell of digits as the number it shows, kept as written", () => {
    expect(cellAt(table as Grid, 2, 2)).toEqual({ value: 3, text: "03" });
  });

  it("carries the body before the table and the notes after it as text around the grid", () => {
    const around = table?.textAround;
    expect(around?.before).toEqual(expect.arrayContaining(["KẾ HOẠCH", "PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025"]));
    expect(around?.before.some((l) => l.includes("kết nạp từ 88 đảng viên trở lên"))).toBe(true);
    expect(around?.after[0]).toBe("Lưu ý:");
  });
});

describe("documents with several tables", () => {
  it.each(PROGRAMS)("numbers tables in document order, the letterhead first (%s)", (program) => {
    const gs = grids(`seed-plan-header-table.${program}.docx`);
    expect(gs.map((g) => g.name)).toEqual(["Bảng 1", "Bảng 2"]);
    expect(displayText(cellAt(gs[0] as Grid, 0, 1))).toBe("ĐẢNG CỘNG SẢN VIỆT NAM\nĐơn Dương, ngày tháng 01 năm 2025");
  });

  it("makes a nested table a grid of its own, outside its parent cell's text", () => {
    const nested = tbl(tr(tc("STT"), tc("TCCSĐ"), tc("CHỈ TIÊU")), tr(tc("01"), tc("Đảng bộ xã A"), tc("05")));
    const bytes = docx(`${p("trước")}<w:tbl><w:tr><w:tc>${p("khung")}${nested}</w:tc></w:tr></w:tbl>${p("sau")}`);
    const r = readDocx(bytes, "n.docx");
    expect(r.ok && r.grids.map((g) => [g.name, g.rows.length, displayText(cellAt(g, 0, 0))])).toEqual([
      ["Bảng 1", 1, "khung"],
      ["Bảng 2", 2, "STT"],
    ]);
    expect(r.ok && r.grids[1]?.textAround).toEqual({ before: ["trước"], after: ["sau"] });
  });

  it("places cells after w:gridBefore and spans in grid columns", () => {
    const bytes = docx(tbl(`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("B")}${tc("CD", '<w:gridSpan w:val="2"/>')}${tc("E")}</w:tr>`));
    const r = readDocx(bytes, "g.docx");
    const g = r.ok ? (r.grids[0] as Grid) : undefined;
    expect(g && [1, 2, 3, 4].map((c) => displayText(cellAt(g, 0, c)))).toEqual(["B", "CD", "", "E"]);
    expect(g?.merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
  });
});

describe("a document without a table", () => {
  it("gives no grid, and the check says there is no table instead of failing", () => {
    const r = readDocx(docx(p("KẾ HOẠCH") + p("Phấn đấu kết nạp từ 88 đảng viên trở lên.")), "body.docx");
    expect(r).toEqual({ ok: true, grids: [] });
    expect(checkAllocation([]).findings.map((f) => f.code)).toEqual(["TABLE_NOT_FOUND"]);
  });
});

describe("telling a Word document by its bytes", () => {
  it("knows a .docx, a legacy .doc and a workbook apart, whatever the name", () => {
    expect(sniffDocument(fixture("seed-plan.libreoffice.docx"))).toBe("docx");
    expect(sniffDocument(fixture("seed-plan.libreoffice.doc"))).toBe("doc");
    const xlsx = new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "fixtures", "allocation", "seed-text.xlsx")));
    expect(sniffDocument(xlsx)).toBeNull();
    expect(sniffDocument(strToU8("STT,TCCSĐ,CHỈ TIÊU\n"))).toBeNull();
  });

  it("refuses a legacy .doc with the advice to save it as .docx", () => {
    const r = readDocx(fixture("seed-plan.libreoffice.doc"), "plan.doc");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe("FILE_UNSUPPORTED_DOC");
    expect(r.problem.message.vi).toMatch(/\.docx/);
    expect(r.problem.message.en).toMatch(/Save As “Word Document \(\*\.docx\)”/);
  });
});

describe("hostile documents give a FILE_* finding, never a throw", () => {
  it("refuses a zip bomb by its compression ratio before inflating it", () => {
    const bomb = docx(p(" ".repeat(20 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(problemOf(bomb)).toEqual({ code: "FILE_LIMIT_EXCEEDED", args: expect.objectContaining({ limit: "ratio" }) });
  });

  it("refuses a cell longer than Excel's 32,767 characters, naming the table", () => {
    const long = docx(tbl(tr(tc("x".repeat(40_000)))));
    expect(problemOf(long)).toEqual({ code: "FILE_LIMIT_EXCEEDED", args: expect.objectContaining({ limit: "cellText", max: 32_767, where: "Bảng 1" }) });
    const r = readDocx(long, "x.docx");
    expect(!r.ok && r.problem.message.vi).toMatch(/số ký tự trong một ô/);
    const manyParagraphs = docx(tbl(tr(`<w:tc>${p("y".repeat(1000)).repeat(40)}</w:tc>`)));
    expect(problemOf(manyParagraphs)).toEqual({ code: "FILE_LIMIT_EXCEEDED", args: expect.objectContaining({ limit: "cellText" }) });
    // Just under the limit is read.
    const fits = readDocx(docx(tbl(tr(tc("z".repeat(32_767))))), "fits.docx");
    expect(fits.ok && displayText(cellAt(fits.grids[0] as Grid, 0, 0)).length).toBe(32_767);
  });

  it("refuses a DOCTYPE, so no entity is ever expanded (billion laughs, external entities)", () => {
    const laughs = '<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    expect(problemOf(docx(p("&c;"), {}, laughs)).code).toBe("FILE_CORRUPT");
    const external = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>';
    expect(problemOf(docx(p("&x;"), {}, external)).code).toBe("FILE_CORRUPT");
  });

  it("refuses malformed XML and a zip without its document part as corrupt", () => {
    expect(problemOf(docx("<w:p><w:r><w:t>open")).code).toBe("FILE_CORRUPT");
    const truncated = fixture("seed-plan.python-docx.docx").subarray(0, 5000);
    expect(readDocx(truncated, "t.docx").ok).toBe(false);
  });

  it("refuses a span wider than a sheet's 16,384 columns", () => {
    expect(problemOf(docx(tbl(tr(tc("x", '<w:gridSpan w:val="1000000"/>')))))).toEqual({ code: "FILE_LIMIT_EXCEEDED", args: expect.objectContaining({ limit: "columns" }) });
  });

  it("refuses more parts than a workbook may have", () => {
    const parts: Zippable = {};
    for (let i = 0; i < 10_001; i++) parts[`customXml/item${i}.xml`] = new Uint8Array(0);
    expect(problemOf(docx(p("x"), parts))).toEqual({ code: "FILE_LIMIT_EXCEEDED", args: expect.objectContaining({ limit: "entries" }) });
  });

  it("reads no further than the size a part declares (a lying header truncates, it does not expand)", () => {
    const honest = docx(p("x".repeat(5000)));
    const lying = new Uint8Array(honest);
    const view = new DataView(lying.buffer);
    // Patch the document part's declared size to 100 bytes in its central directory entry.
    for (let i = lying.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(lying.subarray(i + 46, i + 46 + nameLength));
      if (name === "word/document.xml") view.setUint32(i + 24, 100, true);
    }
    expect(problemOf(lying).code).toBe("FILE_CORRUPT");
  });
});
