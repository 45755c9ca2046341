/**
 * Small hostile files that used to exhaust memory or time (review D): each is
 * built in a temp folder and must end in grids or one FILE_* finding.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { AllocationRow } from "../../src/core/allocation/types";
import { templateSheetSpec } from "../../src/core/reports/template-spec";
import { parseCsv } from "../../src/xlsx/csv";
import { readDefinedNames, stripDefinedNames } from "./legacy-reader/defined-names-regex";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { readWorkbook, type ReadWorkbookResult } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { MAX_CELL_TEXT, xmlSafeText } from "../../src/xlsx/xml-text";
import { bombPart, SHEET_HEAD, SHEET_TAIL, streamedPart, workbookParts, writeZip } from "./make-big-xlsx";

function outcome(r: ReadWorkbookResult): unknown {
  return r.ok ? "ok" : [r.problem.code, r.problem.args["limit"] ?? r.problem.args["detail"]];
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-limits-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sheetFile(name: string, xml: string): string {
  const file = path.join(dir, name);
  writeZip(file, workbookParts(streamedPart("xl/worksheets/sheet1.xml", [xml])));
  return file;
}

describe("merged ranges", () => {
  test("one merge of 1.9 million cells in a tiny file is refused by the merged-cell limit", async () => {
    const file = sheetFile("merge.xlsx", `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>${SHEET_TAIL.replace("</worksheet>", "")}<mergeCells count="1"><mergeCell ref="A1:T95000"/></mergeCells></worksheet>`);
    expect(fs.statSync(file).size).toBeLessThan(4096);
    expect(outcome(await readWorkbookFile(file))).toEqual(["FILE_LIMIT_EXCEEDED", "mergedCells"]);
  });

  test("a title merged across a few columns is still read with its merge", async () => {
    const file = sheetFile("title.xlsx", `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c></row>${SHEET_TAIL.replace("</worksheet>", "")}<mergeCells count="1"><mergeCell ref="A1:H2"/></mergeCells></worksheet>`);
    const r = await readWorkbookFile(file);
    expect(r.ok && r.grids[0]?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 7 }]);
  });
});

describe("row span", () => {
  test("a sheet holding only A1 and A1048576 is refused by the row-span limit", async () => {
    const file = sheetFile("tall.xlsx", `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>2</v></c></row>${SHEET_TAIL}`);
    expect(outcome(await readWorkbookFile(file))).toEqual(["FILE_LIMIT_EXCEEDED", "rowSpan"]);
  });

  test("rows numbered only by their <row r> attribute count too", async () => {
    const file = sheetFile("tall-rows.xlsx", `${SHEET_HEAD}<row r="1"><c><v>1</v></c></row><row r="500000"><c><v>2</v></c></row>${SHEET_TAIL}`);
    expect(outcome(await readWorkbookFile(file))).toEqual(["FILE_LIMIT_EXCEEDED", "rowSpan"]);
  });

  test("a gap within the limit reads as empty rows between the two values", async () => {
    const file = sheetFile("gap.xlsx", `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="150000"><c r="A150000"><v>2</v></c></row>${SHEET_TAIL}`);
    const r = await readWorkbookFile(file);
    if (!r.ok) throw new Error(r.problem.message.en);
    const rows = r.grids[0]?.rows ?? [];
    expect([rows.length, rows[0]?.[0]?.value, rows[74_999]?.length, rows[149_999]?.[0]?.value]).toEqual([150_000, 1, 0, 2]);
  });

  test("row spans are summed over the workbook", async () => {
    const file = sheetFile("span-total.xlsx", `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="900"><c r="A900"><v>2</v></c></row>${SHEET_TAIL}`);
    expect(outcome(await readWorkbookFile(file, { maxTotalRowSpan: 500 }))).toEqual(["FILE_LIMIT_EXCEEDED", "totalRowSpan"]);
  });
});

describe("zip bombs outside the sheet XML", () => {
  // The one-pass reader inflates only the parts it reads (workbook, rels, strings, styles, sheets):
  // a lying binary part is never expanded, so it cannot cost anything and the sheet reads.
  test("a binary part that lies about its size is never inflated, and the sheet reads", async () => {
    const file = path.join(dir, "junk-bomb.xlsx");
    const parts = workbookParts(streamedPart("xl/worksheets/sheet1.xml", [`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`]));
    parts.push(bombPart("docProps/junk.bin", "", "\0".repeat(1 << 20), 40, 1000));
    writeZip(file, parts);
    const r = await readWorkbookFile(file, { maxEntryBytes: 16 * 1024 * 1024 });
    expect(r.ok && r.grids[0]?.rows[0]?.[0]?.value).toBe(1);
  });

  test("a shared-strings part that lies about its size is stopped while inflating", async () => {
    const file = path.join(dir, "strings-bomb.xlsx");
    const parts = workbookParts(streamedPart("xl/worksheets/sheet1.xml", [`${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`]));
    parts.push(bombPart("xl/sharedStrings.xml", "<sst><si><t>", "x".repeat(1 << 20), 40, 1000));
    writeZip(file, parts);
    expect(outcome(await readWorkbookFile(file, { maxEntryBytes: 16 * 1024 * 1024 }))).toEqual(["FILE_LIMIT_EXCEEDED", "entryBytes"]);
  });

  test("parts that are read count toward the total inflated size", async () => {
    const file = path.join(dir, "styles-bomb.xlsx");
    const parts = workbookParts(streamedPart("xl/worksheets/sheet1.xml", [`${SHEET_HEAD}${SHEET_TAIL}`]));
    // Strings honest at 6 MB pass every per-part check; styles claim 100 bytes and inflate to 10 MB.
    parts.push(streamedPart("xl/sharedStrings.xml", ["<sst><si><t>", ...Array.from({ length: 6 }, () => "x".repeat(1 << 20)), "</t></si></sst>"]));
    parts.push(bombPart("xl/styles.xml", "<styleSheet>", " ".repeat(1 << 20), 10, 100));
    writeZip(file, parts);
    expect(outcome(await readWorkbookFile(file, { maxTotalBytes: 15 * 1024 * 1024 }))).toEqual(["FILE_LIMIT_EXCEEDED", "totalBytes"]);
  });
});

describe("defined names scanned in linear time", () => {
  const lookAlikes = "<definedNames-x/>".repeat(80_000);

  test("80,000 look-alike <definedNames-x/> elements are left alone and real names still read", () => {
    const xml = `<workbook>${lookAlikes}<definedNames><definedName name="Bang">'Sheet 1'!$A$1:$B$2</definedName></definedNames></workbook>`;
    expect(stripDefinedNames(xml)).toBe(`<workbook>${lookAlikes}</workbook>`);
    expect(readDefinedNames(xml, ["Sheet 1"])).toEqual([{ name: "Bang", sheet: "Sheet 1", range: { top: 0, left: 0, bottom: 1, right: 1 } }]);
  });

  test("80,000 unclosed <definedName> tags give no names and leave an unclosed block in place", () => {
    const xml = `<workbook><definedNames>${'<definedName name="x">A1<b>'.repeat(80_000)}</workbook>`;
    expect(readDefinedNames(xml, ["Sheet1"])).toEqual([]);
    expect(stripDefinedNames(xml)).toBe(xml);
  });

  test("prefixed and self-closing definedNames blocks are stripped", () => {
    expect(stripDefinedNames('<x:workbook><x:definedNames ><x:definedName name="a">S!A1</x:definedName></x:definedNames ><definedNames/></x:workbook>')).toBe("<x:workbook></x:workbook>");
  });
});

describe("CSV limits while parsing", () => {
  test("49 MB of newlines is refused by the row limit", async () => {
    const r = await readWorkbook(new Uint8Array(49 * 1024 * 1024).fill(10), "nl.csv");
    expect(outcome(r)).toEqual(["FILE_LIMIT_EXCEEDED", "rows"]);
  });

  test("one line of 20,000 fields is refused by the column limit", async () => {
    expect(outcome(await readWorkbook(new TextEncoder().encode(`a,b\n${",".repeat(20_000)}\n`), "wide.csv"))).toEqual(["FILE_LIMIT_EXCEEDED", "columns"]);
  });

  test("fields are counted across lines against the cell limit", async () => {
    const text = "1,2,3,4\n".repeat(1000);
    expect(outcome(await readWorkbook(new TextEncoder().encode(text), "cells.csv", { maxCells: 3000 }))).toEqual(["FILE_LIMIT_EXCEEDED", "cells"]);
    expect(outcome(await readWorkbook(new TextEncoder().encode(text), "cells.csv", { maxCells: 4000 }))).toBe("ok");
  });

  test("parseCsv without bounds still parses everything", () => {
    expect(parseCsv("a;b\n1;2", ";")).toEqual([["a", "b"], ["1", "2"]]);
  });
});

describe("the writer writes only what XML and Excel accept", () => {
  test("forbidden characters and lone surrogates are dropped, tab/newline and emoji kept, text capped at 32,767", () => {
    expect(xmlSafeText("a\u0000b\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800c\uDC00d\t\n\r😀")).toBe("abcd\t\n\r😀");
    expect(xmlSafeText("x".repeat(40_000)).length).toBe(MAX_CELL_TEXT);
    expect(xmlSafeText(`${"x".repeat(MAX_CELL_TEXT - 1)}😀`)).toBe("x".repeat(MAX_CELL_TEXT - 1));
  });

  test("an organisation named with U+FFFE gets a template that reads back", async () => {
    const org: AllocationRow = { row: 5, stt: "01", name: "Chi bộ\uFFFE Ka\u0001 Đô\uFFFF", kind: "other" as AllocationRow["kind"], quota: 3, quotaMax: 3, studentQuota: 0, subQuotas: {}, nameCell: "B5", quotaCell: "C5" };
    const spec = templateSheetSpec(org, 2025);
    const bytes = await writeWorkbook({ sheets: [{ ...spec, name: `${spec.name}\uFFFE` }], properties: { title: "T\uFFFF", creator: "c\u0000" } });
    const r = await readWorkbook(bytes, "template.xlsx");
    if (!r.ok) throw new Error(r.problem.message.en);
    const texts = r.grids.flatMap((g) => g.rows.flatMap((row) => row.map((c) => c?.value)));
    expect(texts).toContain("Chi bộ Ka Đô");
    expect(r.grids[0]?.name).toBe(spec.name);
  });

  test("a 40,000-character cell is written capped at 32,767 and reads back", async () => {
    const bytes = await writeWorkbook({ sheets: [{ name: "S", role: "progress", rows: [[{ value: "y".repeat(40_000) }]] }] });
    const r = await readWorkbook(bytes, "long.xlsx");
    expect(r.ok && (r.grids[0]?.rows[0]?.[0]?.value as string).length).toBe(MAX_CELL_TEXT);
  });
});

describe("special files", () => {
  const onLinux = fs.existsSync("/dev/zero") ? test : test.skip;
  onLinux("/dev/zero is refused as not a regular file instead of being read forever", async () => {
    const r = await readWorkbookFile("/dev/zero");
    expect(r.ok ? null : [r.problem.code, r.problem.message.en]).toEqual(["FILE_NOT_REGULAR", expect.stringContaining("character device")]);
  });

  test("a folder is still unreadable, a missing file not found", async () => {
    expect(outcome(await readWorkbookFile(dir))).toEqual(["FILE_UNREADABLE", "is a folder"]);
    expect(outcome(await readWorkbookFile(path.join(dir, "nope.xlsx")))).toEqual(["FILE_NOT_FOUND", undefined]);
  });
});
