import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gridFromValues, type CellValue, type Grid } from "../../src/core/grid";
import { aliasSheetSpec, aliasSheetSpecPreserving, readAliasGrid, readAliasGrids, type Alias } from "../../src/core/names/aliases";
import { specToGrid } from "../../src/browser/spec-grid";
import { createMatcher } from "../../src/core/names/matcher";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { seedOrganisations } from "./seed-orgs";

const ORGS = seedOrganisations().map((name) => ({ name }));
const HEADER = ["Viết là", "Tổ chức cơ sở đảng"];

function aliasGrid(rows: ReadonlyArray<ReadonlyArray<CellValue>>, name = "Bí danh"): Grid {
  return gridFromValues(name, [HEADER, ...rows]);
}

function codes(grid: Grid): string[] {
  return readAliasGrid(grid, ORGS, "bi-danh.xlsx").findings.map((f) => `${f.code}@${f.cell ?? ""}`);
}

describe("readAliasGrid", () => {
  it("reads confirmed aliases and gives each the table's own spelling of the organisation", () => {
    const r = readAliasGrid(aliasGrid([["Trường Hùng Vương cũ", "THPT Hùng Vương"], ["Công an H. Đơn Dương", "Đảng bộ Công an huyện"]]), ORGS);
    expect(r.findings).toEqual([]);
    expect(r.aliases).toEqual([
      { written: "Trường Hùng Vương cũ", target: "Chi bộ Trường THPT Hùng Vương" },
      { written: "Công an H. Đơn Dương", target: "Đảng bộ Công an huyện" },
    ]);
  });

  it("reports an unknown target with suggestions and skips the row", () => {
    const r = readAliasGrid(aliasGrid([["KĐ", "Đảng bộ xã Ka Đo"]]), ORGS, "bi-danh.xlsx");
    expect(r.aliases).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "ALIAS_UNKNOWN_TARGET", severity: "warning", file: "bi-danh.xlsx", sheet: "Bí danh", cell: "B2" });
    expect(r.findings[0]?.message.vi).toContain("Đảng bộ xã Ka Đô");
  });

  it("reports aliases that point at each other in a loop", () => {
    expect(codes(aliasGrid([["A", "B"], ["B", "A"]]))).toEqual(["ALIAS_CIRCULAR@B2", "ALIAS_CIRCULAR@B3"]);
  });

  it("follows an alias whose target is another alias", () => {
    const r = readAliasGrid(aliasGrid([["Lê Lợi cũ", "LL"], ["LL", "THPT Lê Lợi"]]), ORGS);
    expect(r.aliases.map((a) => a.target)).toEqual(["Chi bộ Trường THPT Lê Lợi", "Chi bộ Trường THPT Lê Lợi"]);
  });

  it("refuses to redirect another organisation's own name", () => {
    expect(codes(aliasGrid([["Ka Đơn", "Đảng bộ xã Ka Đô"]]))).toEqual(["ALIAS_CONFLICT@A2"]);
  });

  it("reports a name mapped twice: repeated (info) or contradictory (conflict)", () => {
    const grid = aliasGrid([
      ["Trường Đơn Dương", "Chi bộ Trường THPT Đơn Dương"],
      ["trường  đơn dương", "THPT Đơn Dương"],
      ["TRƯỜNG ĐƠN DƯƠNG", "Chi bộ Trường PT DTNT THCS Đơn Dương"],
    ]);
    const r = readAliasGrid(grid, ORGS);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ["ALIAS_DUPLICATE", "info"],
      ["ALIAS_CONFLICT", "warning"],
    ]);
    expect(r.aliases).toHaveLength(1);
  });

  it("reports an ambiguous target and a half-filled row", () => {
    expect(codes(aliasGrid([["ĐD", "Đơn Dương"], ["", "Ka Đô"], [null, null]]))).toEqual(["ALIAS_AMBIGUOUS_TARGET@B2", "ALIAS_INCOMPLETE@A3"]);
  });

  it("finds the header below a title and in other columns, in English too", () => {
    const grid = gridFromValues("Aliases", [["Bảng bí danh"], [], [null, "Written as", "Organisation (as in the allocation table)"], [null, "KĐ", "Ka Đô"]]);
    expect(readAliasGrid(grid, ORGS).aliases).toEqual([{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }]);
  });

  it("accepts a headerless two-column CSV whose second column names organisations", () => {
    const grid = gridFromValues("aliases", [["KĐ", "Ka Đô"], ["Hùng Vương cũ", "THPT Hùng Vương"]]);
    expect(readAliasGrid(grid, ORGS).aliases).toHaveLength(2);
  });

  it("warns about an alias sheet without header, and ignores unrelated sheets", () => {
    expect(codes(gridFromValues("Bí danh", [["x", "y"]]))).toEqual(["ALIAS_HEADER_NOT_FOUND@"]);
    expect(codes(gridFromValues("Sheet1", [["x", "y"]]))).toEqual([]);
  });

  it("does not crash on hostile cells", () => {
    const r = readAliasGrid(aliasGrid([[{ error: "#REF!" }, 3], [new Date(0), true], ["=HYPERLINK(\"x\")", "Ka Đô"]]), ORGS);
    expect(r.aliases).toEqual([{ written: '=HYPERLINK("x")', target: "Đảng bộ xã Ka Đô" }]);
  });
});

describe("aliases in the matcher", () => {
  const aliases: Alias[] = [
    { written: "Trường Hùng Vương cũ", target: "Chi bộ Trường THPT Hùng Vương" },
    { written: "Ka Đơn", target: "Đảng bộ xã Ka Đô" },
  ];
  const m = createMatcher(ORGS, aliases);

  it("applies a confirmed alias in any spelling", () => {
    expect(m.match("TRƯỜNG HÙNG VƯƠNG CŨ")).toEqual({ status: "matched", index: 11, via: "alias" });
  });

  it("never lets an alias override an organisation's own name", () => {
    expect(m.match("Ka Đơn")).toEqual({ status: "matched", index: 5, via: "kindless" });
    expect(m.match("Đảng bộ xã Ka Đơn")).toEqual({ status: "matched", index: 5, via: "identity" });
  });
});

describe("aliasSheetSpec", () => {
  it("writes the owned two-column sheet that reads back to the same aliases", () => {
    const aliases: Alias[] = [
      { written: "=Ka Đô", target: "Đảng bộ xã Ka Đô" },
      { written: "Hùng Vương cũ", target: "Chi bộ Trường THPT Hùng Vương" },
    ];
    const spec = aliasSheetSpec(aliases, "vi");
    expect(spec).toMatchObject({ name: "Bí danh", role: "aliases" });
    expect(spec.rows[0]?.map((c) => c?.value)).toEqual(HEADER);
    expect(spec.rows[1]?.[0]).toMatchObject({ value: "=Ka Đô" });
    expect(spec.rows[1]?.[0]).not.toHaveProperty("formula");
    const grid = gridFromValues(spec.name, spec.rows.map((r) => r.map((c) => c?.value ?? null)));
    expect(readAliasGrid(grid, ORGS).aliases).toEqual(aliases);
  });

  it("has English headers that read back as well", () => {
    const spec = aliasSheetSpec([{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }], "en");
    const grid = gridFromValues(spec.name, spec.rows.map((r) => r.map((c) => c?.value ?? null)));
    expect(readAliasGrid(grid, ORGS).aliases).toHaveLength(1);
  });
});

describe("an aliases workbook written by openpyxl", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "ptdv-aliases-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is read from its Bí danh sheet with findings for its bad row", async () => {
    const file = path.join(dir, "bi-danh.xlsx");
    const script = `
import openpyxl, sys
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Bí danh"
ws.append(["Viết là", "Tổ chức cơ sở đảng"])
ws.append(["Công an H. Đơn Dương", "Đảng bộ Công an huyện"])
ws.append(["X", "Đảng bộ xã Không Có"])
wb.save(sys.argv[1])
`;
    const py = spawnSync("/usr/bin/python3", ["-c", script, file]);
    expect(py.status).toBe(0);
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.problem.message.en);
    const r = readAliasGrid(read.grids[0] as Grid, ORGS, "bi-danh.xlsx");
    expect(r.aliases).toEqual([{ written: "Công an H. Đơn Dương", target: "Đảng bộ Công an huyện" }]);
    expect(r.findings.map((f) => `${f.code}@${f.cell ?? ""}`)).toEqual(["ALIAS_UNKNOWN_TARGET@B3"]);
  });
});

describe("aliasSheetSpecPreserving", () => {
  const values = (spec: ReturnType<typeof aliasSheetSpecPreserving>): unknown[][] => spec.rows.map((r) => r.map((c) => c?.value ?? null));

  it("keeps a Ghi chú column, rejected rows and a note under the table when a new alias is added", () => {
    const typed = gridFromValues("Bí danh", [
      ["Viết là", "Tổ chức cơ sở đảng", "Ghi chú"],
      ["CA huyện", "Đảng bộ Công an huyện", "theo công văn 12"],
      ["Xã Không Có", "Không tồn tại", 2025],
      [],
      [null, null, "=đây là ghi chú, không phải công thức"],
    ]);
    const spec = aliasSheetSpecPreserving(typed, [{ written: "Ka Đô cũ", target: "Đảng bộ xã Ka Đô" }], "vi");
    expect(spec.role).toBe("aliases");
    expect(values(spec)).toEqual([
      ["Viết là", "Tổ chức cơ sở đảng", "Ghi chú"],
      ["CA huyện", "Đảng bộ Công an huyện", "theo công văn 12"],
      ["Xã Không Có", "Không tồn tại", 2025],
      ["Ka Đô cũ", "Đảng bộ xã Ka Đô"],
      [null, null, null],
      [null, null, "=đây là ghi chú, không phải công thức"],
    ]);
    expect(spec.rows.flat().some((c) => c?.formula !== undefined)).toBe(false);
    // What the engine reads back is the old table plus the new row, and the rejected row still reported.
    const read = readAliasGrid(specToGrid(spec), ORGS);
    expect(read.aliases.map((a) => a.written)).toEqual(["CA huyện", "Ka Đô cũ"]);
    expect(read.findings.map((f) => `${f.code}@${f.cell ?? ""}`)).toEqual(["ALIAS_UNKNOWN_TARGET@B3"]);
  });

  it("puts a confirmed alias in place of a row written the same way, leaving its note beside it", () => {
    const typed = gridFromValues("Bí danh", [
      [null, "Written as", "Organisation", "Note"],
      [null, "Xã Ka  Đô cũ", "Sai tên", "hỏi lại"],
    ]);
    const spec = aliasSheetSpecPreserving(typed, [{ written: "xã ka đô cũ", target: "Đảng bộ xã Ka Đô" }], "en");
    expect(values(spec)).toEqual([
      [null, "Written as", "Organisation", "Note"],
      [null, "xã ka đô cũ", "Đảng bộ xã Ka Đô", "hỏi lại"],
    ]);
  });

  it("writes names starting with = as text, and an empty or missing sheet as the plain two-column table", () => {
    const aliases: Alias[] = [{ written: "=HYPERLINK(\"x\")", target: "Đảng bộ xã Ka Đô" }];
    expect(aliasSheetSpecPreserving(null, aliases, "vi")).toEqual(aliasSheetSpec(aliases, "vi"));
    expect(aliasSheetSpecPreserving(gridFromValues("Bí danh", []), aliases, "vi")).toEqual(aliasSheetSpec(aliases, "vi"));
    const spec = aliasSheetSpecPreserving(gridFromValues("Bí danh", [["Viết là", "Tổ chức"]]), aliases, "vi");
    expect(spec.rows[1]?.[0]).toMatchObject({ value: "=HYPERLINK(\"x\")" });
    expect(spec.rows[1]?.[0]?.formula).toBeUndefined();
  });

  it("a sheet whose header was deleted gets one on top and loses nothing", () => {
    const typed = gridFromValues("Bí danh", [["CA huyện", "Đảng bộ Công an huyện", "ghi chú"]]);
    const spec = aliasSheetSpecPreserving(typed, [{ written: "Ka Đô cũ", target: "Đảng bộ xã Ka Đô" }], "vi");
    expect(values(spec)).toEqual([
      ["Viết là", "Tổ chức cơ sở đảng"],
      ["CA huyện", "Đảng bộ Công an huyện", "ghi chú"],
      ["Ka Đô cũ", "Đảng bộ xã Ka Đô"],
    ]);
  });
});

describe("readAliasGrids", () => {
  it("reads the owned sheet and a user's sheet together; the earlier sheet wins a clash and the other row is reported", () => {
    const owned = aliasGrid([["Trường Đơn Dương", "Chi bộ Trường THPT Đơn Dương"], ["CA H.", "Đảng bộ Công an huyện"]], "Bí danh (2)");
    const user = aliasGrid([["trường đơn dương", "Chi bộ Trường PT DTNT THCS Đơn Dương"], ["CA H.", "Đảng bộ Công an huyện"], ["Lê Lợi cũ", "THPT Lê Lợi"]]);
    const r = readAliasGrids([{ grid: owned }, { grid: user, file: "a.xlsx" }], ORGS);
    expect(r.aliases).toEqual([
      { written: "Trường Đơn Dương", target: "Chi bộ Trường THPT Đơn Dương" },
      { written: "CA H.", target: "Đảng bộ Công an huyện" },
      { written: "Lê Lợi cũ", target: "Chi bộ Trường THPT Lê Lợi" },
    ]);
    expect(r.findings.map((f) => [f.code, f.sheet, f.file, f.cell])).toEqual([["ALIAS_CONFLICT", "Bí danh", "a.xlsx", "A2"]]);
    expect(r.findings[0]?.message.vi).toContain("Chi bộ Trường THPT Đơn Dương");
  });
});
