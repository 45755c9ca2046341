/**
 * Phase 1 of consolidation: what each submitted workbook is. A roll-up wins alone;
 * registers and chi bộ sheets are routed before the report readers; an allocation
 * table is skipped, or read as chi bộ when it carries members; anything else is unrecognised.
 */
import { gridFromValues, type CellValue, type Grid } from "../../src/core/grid";
import { classifySource, readRegisters } from "../../src/core/reports/consolidate/classify-source";
import { ROLLUP_NAMES } from "../../src/core/reports/rollup-names";
import { registerSheetSpec } from "../../src/core/register/template-sheet";
import type { SheetSpec } from "../../src/core/sheet-spec";

function specGrid(spec: SheetSpec): Grid {
  const rows: CellValue[][] = spec.rows.map((r) => r.map((c) => c?.value ?? null));
  return { ...gridFromValues(spec.name, rows), ...(spec.definedNames ? { definedNames: spec.definedNames } : {}) };
}

const logGrid = (name = "Nhật ký") =>
  gridFromValues(name, [
    ["TCCSĐ", "Tháng", "Kết nạp", "Nữ"],
    ["Đảng bộ xã Ka Đô", "5/2025", 2, 1],
  ]);

const registerTable = (name = "DS") =>
  gridFromValues(name, [
    ["STT", "Tổ chức cơ sở đảng", "Họ và tên", "Ngày sinh", "Ngày kết nạp", "Kết nạp lại"],
    [1, "Đảng bộ xã Ka Đô", "A", "01/01/1990", "05/05/2025", ""],
  ]);

const branchList = (name = "DS chi bộ") =>
  gridFromValues(name, [
    ["Tổ chức cơ sở đảng", "Tên chi bộ", "Loại", "Tổng số đảng viên", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn", "Ghi chú"],
    ["Đảng bộ xã Ka Đô", "Chi bộ thôn Ka Đô 1", "thôn", 10, 1, 2024, "Có", ""],
  ]);

const allocation = (name = "Phân bổ", title: CellValue = "PHÂN BỔ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2025") =>
  gridFromValues(name, [
    [title],
    [],
    ["STT", "TCCSĐ", "CHỈ TIÊU"],
    [1, "Đảng bộ xã Ka Đô", 9],
    [2, "Đảng bộ xã Lạc Lâm", 6],
  ]);

const memberAllocation = (title: CellValue, name = "Phân bổ") =>
  gridFromValues(name, [
    [title],
    [],
    ["STT", "Đơn vị", "Chỉ tiêu", "Số đảng viên"],
    [1, "Chi bộ thôn Ka Đô 1", 1, 12],
    [2, "Chi bộ thôn Ka Đô 2", 1, 9],
  ]);

const rollupGrid = (): Grid => ({
  ...gridFromValues("Tiến độ", [["ĐẢNG ỦY XÃ KA ĐÔ"], ["2025-02"], [null, "TỔNG CỘNG", 9, null, 1, 3]]),
  definedNames: {
    [ROLLUP_NAMES.reportingOrg]: { top: 0, left: 0, bottom: 0, right: 0 },
    [ROLLUP_NAMES.period]: { top: 1, left: 0, bottom: 1, right: 0 },
    [ROLLUP_NAMES.totals]: { top: 2, left: 0, bottom: 2, right: 10 },
  },
});

const kinds = (parts: ReturnType<typeof classifySource>) => parts.map((p) => p.kind);

describe("classifying a submitted source", () => {
  it("takes a progress workbook of the level below as a roll-up and nothing else", () => {
    const parts = classifySource({ file: "ka-do.xlsx", grids: [rollupGrid(), logGrid()] }, 2025);
    expect(kinds(parts)).toEqual(["rollup"]);
    const p = parts[0]!;
    expect(p.kind === "rollup" && [p.reading.organization, p.reading.month, p.reading.rows.map((r) => r.figures.admitted)]).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", 2, [2, 1]]);
  });

  it("reads every report sheet of a workbook as one reports part", () => {
    const parts = classifySource({ file: "a.xlsx", grids: [logGrid("T5"), logGrid("T6")] }, 2025);
    expect(kinds(parts)).toEqual(["reports"]);
    const p = parts[0]!;
    expect(p.kind === "reports" && p.sheets.map((s) => [s.kind, s.rows.length])).toEqual([
      ["log", 1],
      ["log", 1],
    ]);
  });

  it("routes a register first and keeps it away from the report readers", () => {
    const parts = classifySource({ file: "a.xlsx", grids: [registerTable(), logGrid()] }, 2025);
    expect(kinds(parts)).toEqual(["register", "reports"]);
    const [reg, rep] = parts;
    expect(reg?.kind === "register" && reg.reads.map((r) => [r.sheet, r.entries.length])).toEqual([["DS", 1]]);
    expect(rep?.kind === "reports" && rep.sheets.length).toBe(1);
  });

  it("routes a chi bộ list before the report readers, beside a register and a report", () => {
    const parts = classifySource({ file: "a.xlsx", grids: [branchList(), registerTable(), logGrid()] }, 2025);
    expect(kinds(parts)).toEqual(["register", "branches", "reports"]);
    const b = parts[1]!;
    expect(b.kind === "branches" && [b.reading.sheets, b.reading.reports.map((r) => r.rows.map((x) => x.branch))]).toEqual([["DS chi bộ"], [["Chi bộ thôn Ka Đô 1"]]]);
    const rep = parts[2]!;
    expect(rep.kind === "reports" && rep.sheets.length).toBe(1);
  });

  it("is only a register when that is all the workbook holds", () => {
    expect(kinds(classifySource({ file: "a.xlsx", grids: [registerTable()] }, 2025))).toEqual(["register"]);
    expect(kinds(classifySource({ file: "a.xlsx", grids: [branchList()] }, 2025))).toEqual(["branches"]);
  });

  it("skips an allocation table without members, without a word", () => {
    const parts = classifySource({ file: "pb.xlsx", grids: [allocation()] }, 2025);
    expect(parts).toEqual([{ kind: "known-non-report", source: { file: "pb.xlsx", grids: [expect.anything()] } }]);
  });

  it("reads an allocation per chi bộ as the chi bộ of the đảng bộ its title names", () => {
    const parts = classifySource({ file: "pb.xlsx", grids: [memberAllocation("PHÂN BỔ CHỈ TIÊU NĂM 2025 - ĐẢNG BỘ XÃ KA ĐÔ")] }, 2025);
    expect(kinds(parts)).toEqual(["member-allocation"]);
    const p = parts[0]!;
    if (p.kind !== "member-allocation") throw new Error(p.kind);
    expect(p.reading.reports[0]).toMatchObject({ organization: "ĐẢNG BỘ XÃ KA ĐÔ", location: { file: "pb.xlsx", sheet: "Phân bổ" } });
    expect(p.reading.reports[0]?.rows.map((r) => [r.branch, r.members])).toEqual([
      ["Chi bộ thôn Ka Đô 1", 12],
      ["Chi bộ thôn Ka Đô 2", 9],
    ]);
  });

  it("names an allocation per chi bộ after its sheet when no title names the đảng bộ, without a file in the open workbook", () => {
    const parts = classifySource({ grids: [memberAllocation("PHÂN BỔ CHỈ TIÊU NĂM 2025", "Xã Ka Đô")] }, 2025);
    const p = parts[0]!;
    if (p.kind !== "member-allocation") throw new Error(p.kind);
    expect(p.reading.reports[0]).toMatchObject({ organization: "Xã Ka Đô", location: { sheet: "Xã Ka Đô" } });
    expect(p.reading.reports[0]?.location).not.toHaveProperty("file");
  });

  it("is unrecognised when an allocation table sits beside a sheet that is nothing known", () => {
    const parts = classifySource({ file: "pb.xlsx", grids: [allocation(), gridFromValues("Ghi chú", [["xin chào"]])] }, 2025);
    expect(parts).toEqual([{ kind: "unrecognised", source: expect.anything(), what: "pb.xlsx" }]);
  });

  it("names an unrecognised source by its file, else by its sheets", () => {
    const junk = [gridFromValues("Trang 1", [["xin chào"]]), gridFromValues("Trang 2", [[1, 2]])];
    expect(classifySource({ file: "x.xlsx", grids: junk }, 2025)).toEqual([{ kind: "unrecognised", source: expect.anything(), what: "x.xlsx" }]);
    expect(classifySource({ grids: junk }, 2025)).toEqual([{ kind: "unrecognised", source: expect.anything(), what: "Trang 1, Trang 2" }]);
  });

  it("is unrecognised, never skipped, when it holds no sheet at all", () => {
    expect(classifySource({ file: "rong.xlsx", grids: [] }, 2025)).toEqual([{ kind: "unrecognised", source: { file: "rong.xlsx", grids: [] }, what: "rong.xlsx" }]);
    expect(classifySource({ grids: [] }, 2025)).toEqual([{ kind: "unrecognised", source: { grids: [] }, what: "" }]);
  });
});

describe("reading the registers of a source", () => {
  it("reads the register sheets only and names each sheet taken", () => {
    const r = readRegisters({ file: "a.xlsx", grids: [logGrid(), registerTable("DS 1"), registerTable("DS 2")] });
    expect([...r.sheets]).toEqual(["DS 1", "DS 2"]);
    expect(r.reads.map((x) => [x.kind, x.sheet, x.entries.length])).toEqual([
      ["table", "DS 1", 1],
      ["table", "DS 2", 1],
    ]);
  });

  it("reads the register template sheet, with the source's file on its findings' locations", () => {
    const blankTemplate = specGrid(registerSheetSpec({ organization: "Đảng bộ xã Ka Đô", year: 2025 }));
    const r = readRegisters({ file: "so.xlsx", grids: [blankTemplate] });
    expect([...r.sheets]).toEqual([blankTemplate.name]);
    expect(r.reads.map((x) => [x.kind, x.entries.length])).toEqual([["template", 0]]);
  });

  it("finds nothing in a source without registers", () => {
    const r = readRegisters({ grids: [logGrid()] });
    expect(r.reads).toEqual([]);
    expect(r.sheets.size).toBe(0);
  });
});
