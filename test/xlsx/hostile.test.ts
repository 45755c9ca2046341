/**
 * Hostile and broken files: each gives grids or one clear FILE_* finding,
 * quickly and without exhausting memory. Small files are committed (made by
 * scripts/fixtures/make-hostile-fixtures.py); big ones are generated here in a temp folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkAllocation } from "../../src/core/allocation/check";
import type { Grid } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import type { ReadWorkbookResult } from "../../src/xlsx/read-workbook";
import { bombPart, manyRows, SHEET_HEAD, streamedPart, wideRows, workbookParts, writeZip } from "./make-big-xlsx";

const HOSTILE = path.resolve(__dirname, "..", "fixtures", "hostile");

async function read(name: string): Promise<ReadWorkbookResult> {
  return readWorkbookFile(path.join(HOSTILE, name));
}

async function grids(name: string): Promise<Grid[]> {
  const r = await read(name);
  if (!r.ok) throw new Error(`${name}: ${r.problem.code} ${r.problem.message.en}`);
  return r.grids;
}

async function problemCode(file: string): Promise<string> {
  const r = await readWorkbookFile(file);
  return r.ok ? "ok" : r.problem.code;
}

describe("hostile files committed as fixtures", () => {
  test.each([
    ["empty.xlsx", "FILE_EMPTY"],
    ["truncated.xlsx", "FILE_CORRUPT"],
    ["zero-byte-sheet.xlsx", "FILE_CORRUPT"],
    ["not-xml-sheet.xlsx", "FILE_CORRUPT"],
    ["password-protected.xlsx", "FILE_ENCRYPTED"],
    ["html-saved-as.xls", "FILE_UNSUPPORTED_FORMAT"],
    ["whole-sheet-merge.xlsx", "FILE_LIMIT_EXCEEDED"],
  ])("%s is refused with %s and a message in both languages", async (name, code) => {
    const r = await read(name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ code, severity: "error", file: name });
    expect(r.problem.message.vi.length).toBeGreaterThan(20);
    expect(r.problem.message.en.length).toBeGreaterThan(20);
  });

  test("an .xls (LibreOffice, BIFF8) renamed .xlsx is read as the .xls it is", async () => {
    const g = await grids("xls-renamed.xlsx");
    expect(g[0]?.rows.map((r) => r.map((c) => c?.value))).toEqual([
      ["STT", "Tên TCCSĐ", "Chỉ tiêu"],
      [1, "Đảng bộ Công an huyện", 3],
    ]);
  });

  test("a password-protected workbook says to remove the password and save as .xlsx", async () => {
    const r = await read("password-protected.xlsx");
    expect(r.ok ? "" : r.problem.message.vi).toMatch(/mật khẩu.*\.xlsx/);
  });

  test("a 0-byte sheet part is named in the message", async () => {
    const r = await read("zero-byte-sheet.xlsx");
    expect(r.ok ? "" : r.problem.message.en).toContain("xl/worksheets/sheet1.xml is empty");
  });

  test("formulas returning #REF! and #VALUE! keep the error and the formula, and the quota check flags them", async () => {
    const [g] = await grids("formula-errors.xlsx");
    expect(g!.rows[1]![2]).toEqual({ value: { error: "#REF!" }, formula: "#REF!+1" });
    expect(g!.rows[2]![2]).toEqual({ value: { error: "#VALUE!" }, formula: '"a"*2' });
    expect(g!.rows[3]![2]).toMatchObject({ value: 3, formula: "1+2" });
    const result = checkAllocation([g!], {});
    expect(result.findings.filter((f) => f.code === "QUOTA_INVALID").map((f) => f.cell)).toEqual(expect.arrayContaining(["C2", "C3"]));
  });

  test("a date typed where a quota belongs reads as a date shown dd/mm/yyyy and is flagged, not counted", async () => {
    const gs = await grids("dates-for-numbers.xlsx");
    const cell = gs[0]!.rows[4]![2]!;
    expect(cell.value).toEqual(new Date(Date.UTC(2025, 3, 3)));
    expect(cell.text).toBe("03/04/2025");
    const result = checkAllocation(gs, {});
    expect(result.findings.map((f) => [f.code, f.cell])).toContainEqual(["QUOTA_INVALID", "C5"]);
  });

  test("rich text of thousands of runs and nested unknown elements flattens to plain text", async () => {
    const [g] = await grids("rich-text-deep.xlsx");
    expect(g!.rows[1]![1]!.value).toBe("Đảng bộ xã Ka Đô".repeat(400));
    expect(String(g!.rows[2]![1]!.value)).toMatch(/^Chi bộ thôn/);
  });

  test("merged cells across the table and a hidden sheet with an old copy: merges kept, the visible table wins", async () => {
    const gs = await grids("merged-hidden.xlsx");
    expect(gs.map((g) => [g.name, g.hidden === true])).toEqual([
      ["Phân bổ", false],
      ["Bản cũ", true],
    ]);
    expect(gs[0]!.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 4, left: 1, bottom: 4, right: 2 }]));
    expect(checkAllocation(gs, {}).sheet).toBe("Phân bổ");
  });

  test("whole-sheet defined names and data validations do not hang the reader; names become ranges", async () => {
    const [g] = await grids("whole-sheet-names.xlsx");
    expect(g!.definedNames).toEqual({
      Everything: { top: 0, left: 0, bottom: 1048575, right: 16383 },
      Table: { top: 2, left: 0, bottom: 5, right: 2 },
    });
  });
});

describe("big hostile files generated during the test", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-hostile-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const row = `<row>${"<c><v>1</v></c>".repeat(1000)}</row>`;

  test("a zip bomb whose sheet XML expands past 1 GB is refused from its declared size", async () => {
    const file = path.join(dir, "bomb.xlsx");
    writeZip(file, workbookParts(bombPart("xl/worksheets/sheet1.xml", SHEET_HEAD, row, 80_000)));
    expect(fs.statSync(file).size).toBeLessThan(10 * 1024 * 1024);
    const r = await readWorkbookFile(file);
    expect(r.ok ? null : [r.problem.code, r.problem.args["limit"]]).toEqual(["FILE_LIMIT_EXCEEDED", "entryBytes"]);
  });

  test("a zip bomb that lies about its size is stopped while inflating", async () => {
    const file = path.join(dir, "bomb-lying.xlsx");
    writeZip(file, workbookParts(bombPart("xl/worksheets/sheet1.xml", SHEET_HEAD, row, 80_000, 1000)));
    const r = await readWorkbookFile(file, { maxCells: 100_000_000, maxEntryBytes: 16 * 1024 * 1024 });
    expect(r.ok ? null : [r.problem.code, r.problem.args["limit"]]).toEqual(["FILE_LIMIT_EXCEEDED", "entryBytes"]);
  });

  test("a 1,000,000-row sheet is refused by the row limit before ExcelJS loads it", async () => {
    const file = path.join(dir, "million.xlsx");
    writeZip(file, workbookParts(streamedPart("xl/worksheets/sheet1.xml", manyRows(1_000_000))));
    const r = await readWorkbookFile(file);
    expect(r.ok ? null : [r.problem.code, r.problem.args["limit"]]).toEqual(["FILE_LIMIT_EXCEEDED", "rows"]);
  });

  test("a sheet 16,384 columns wide is read whole", async () => {
    const file = path.join(dir, "wide.xlsx");
    writeZip(file, workbookParts(streamedPart("xl/worksheets/sheet1.xml", wideRows(2, 16_384))));
    const r = await readWorkbookFile(file);
    if (!r.ok) throw new Error(r.problem.message.en);
    expect(r.grids[0]!.rows.map((x) => x.length)).toEqual([16_384, 16_384]);
    expect(r.grids[0]!.rows[1]![16_383]).toMatchObject({ value: 16_384 });
  });

  test("a sheet whose few cells sit in column XFD on many rows is refused by the area limit", async () => {
    const file = path.join(dir, "sparse-wide.xlsx");
    function* rows(): Generator<string> {
      yield SHEET_HEAD;
      for (let r = 1; r <= 5000; r++) yield `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="XFD${r}"><v>2</v></c></row>`;
      yield "</sheetData></worksheet>";
    }
    writeZip(file, workbookParts(streamedPart("xl/worksheets/sheet1.xml", rows())));
    expect(await problemCode(file)).toBe("FILE_LIMIT_EXCEEDED");
  });

  test("a file above the size limit is refused before it is read", async () => {
    const file = path.join(dir, "big.csv");
    fs.writeFileSync(file, "a,b\n".repeat(1000));
    const r = await readWorkbookFile(file, { maxFileBytes: 1000 });
    expect(r.ok ? null : r.problem.code).toBe("FILE_TOO_LARGE");
  });
});
