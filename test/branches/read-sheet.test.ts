import {
  BRANCH_NAMES,
  DEFAULT_REPORT_SETTINGS,
  branchTemplateSheet,
  encodeLegacy,
  gridFromValues,
  isBranchList,
  isBranchSheet,
  isReportSheet,
  readBranchGrids,
  readBranchList,
  readBranchSheet,
  type CellValue,
  type Grid,
  type SheetSpec,
  templateWorkbookSpecs,
} from "../../src/core";

const Y = 2025;

/** The grid a host would read from the written template, with its defined names. */
function gridOf(spec: SheetSpec): Grid {
  const values = spec.rows.map((r) => r.map((c) => (c === null ? null : (c.value as CellValue))));
  return { ...gridFromValues(spec.name, values), definedNames: { ...spec.definedNames } };
}

function fill(grid: Grid, row: number, values: CellValue[]): Grid {
  const rows = grid.rows.map((r) => r.slice());
  rows[row] = [rows[row]?.[0], ...values.map((v) => ({ value: v }))];
  return { ...grid, rows };
}

describe("the Chi bộ sheet reader", () => {
  const template = gridOf(branchTemplateSheet("Đảng bộ xã Ka Đô", Y).sheet);

  it("is not taken for a monthly report by the report reader, and the other way round", () => {
    expect(isBranchSheet(template)).toBe(true);
    expect(isReportSheet(template)).toBe(false);
    expect(isBranchList(template)).toBe(false);
  });

  it("reads only the box PTDV_BRANCHES names while it sits under the header", () => {
    const box = template.definedNames?.[BRANCH_NAMES.inputs];
    expect(box).toEqual({ top: 6, left: 1, bottom: 65, right: 7 });
    let g = fill(template, 6, ["Chi bộ thôn 1", "", 12, 0, 2024, "Có", ""]);
    // A row typed below the box, e.g. a signature line with a number: outside the template's rows.
    g = fill(g, 70, ["Người lập biểu", "", 3, "", "", "", ""]);
    const r = readBranchSheet(g, { year: Y });
    expect(r?.reports[0]?.rows.map((x) => x.branch)).toEqual(["Chi bộ thôn 1"]);
    expect(r?.findings).toEqual([]);
  });

  it("falls back to the header when the name no longer points at the box, and reads to the sheet's end then", () => {
    let g: Grid = { ...template, definedNames: { [BRANCH_NAMES.inputs]: { top: 2, left: 1, bottom: 61, right: 7 } } };
    g = fill(g, 6, ["Chi bộ thôn 1", "", 12, 0, 2024, "Có", ""]);
    g = fill(g, 70, ["Chi bộ thôn 9", "", 3, "", "", "", ""]);
    const r = readBranchSheet(g, { year: Y });
    expect(r?.reports[0]?.organization).toBe("Đảng bộ xã Ka Đô");
    expect(r?.reports[0]?.rows.map((x) => [x.branch, x.location.cell])).toEqual([
      ["Chi bộ thôn 1", "B7"],
      ["Chi bộ thôn 9", "B71"],
    ]);
  });

  it("takes the TCCSĐ from the context when the sheet does not name it", () => {
    const g = gridFromValues("Chi bộ", [
      ["Tên chi bộ", "Số đảng viên", "Năm kết nạp gần nhất"],
      ["Chi bộ thôn 1", 12, 2020],
    ]);
    const r = readBranchSheet(g, { year: Y, organization: "Đảng bộ xã Tu Tra", file: "tu-tra.xlsx" });
    expect(r?.reports[0]).toMatchObject({ organization: "Đảng bộ xã Tu Tra", rowsRead: 1, location: { file: "tu-tra.xlsx", sheet: "Chi bộ" } });
  });

  it("leaves a table with a TCCSĐ column to the list reader", () => {
    const g = gridFromValues("DS", [
      ["Đảng bộ", "Tên chi bộ", "Số ĐV"],
      ["Đảng bộ xã A", "Chi bộ thôn 1", 12],
    ]);
    expect(readBranchSheet(g, { year: Y })).toBeNull();
    expect(isReportSheet(g)).toBe(false);
    expect(readBranchList(g, { year: Y })?.reports.map((x) => x.organization)).toEqual(["Đảng bộ xã A"]);
  });

  it("reads a list typed in TCVN3 (.VnTime)", () => {
    const t = (s: string): string => encodeLegacy(s, "tcvn3");
    const g = gridFromValues("DS", [
      [t("Tổ chức cơ sở đảng"), t("Tên chi bộ"), t("Số đảng viên"), t("Năm kết nạp gần nhất"), t("Còn nguồn")],
      [t("Đảng bộ xã Đạ Ròn"), t("Chi bộ thôn Đạ Ròn Hạ"), 8, 2019, t("Có")],
      ["", t("Chi bộ thôn Kinh Tế Mới"), 14, 2024, t("Không")],
    ]);
    const r = readBranchList(g, { year: Y });
    expect(r?.reports[0]?.organization).toBe("Đảng bộ xã Đạ Ròn");
    expect(r?.reports[0]?.rows.map((x) => [x.branch, x.kind, x.members, x.hasSources])).toEqual([
      ["Chi bộ thôn Đạ Ròn Hạ", "village", 8, true],
      ["Chi bộ thôn Kinh Tế Mới", "village", 14, false],
    ]);
  });

  it("does not take an arbitrary table for a chi bộ sheet", () => {
    const g = gridFromValues("X", [
      ["STT", "Họ và tên", "Năm sinh"],
      [1, "Nguyễn Văn A", 1990],
    ]);
    expect(isBranchSheet(g)).toBe(false);
    expect(isBranchList(g)).toBe(false);
    expect(readBranchSheet(g, { year: Y })).toBeNull();
  });
});

describe("reading every sheet of a workbook", () => {
  it("reads the Chi bộ sheet and a list, skips the rest, and names the sheets it took", () => {
    const sheet = fill(gridOf(branchTemplateSheet("Đảng bộ xã Ka Đô", Y).sheet), 6, ["Chi bộ thôn 1", "", 12, 0, 2024, "Có", ""]);
    const listGrid = gridFromValues("DS", [
      ["Đảng bộ", "Tên chi bộ", "Số ĐV"],
      ["Đảng bộ xã B", "Chi bộ thôn 1", 12],
    ]);
    // The template's own monthly sheet, as `ptdv template` writes it.
    const org = { row: 2, stt: "1", name: "Đảng bộ xã Ka Đô", kind: "commune" as const, quota: 9, quotaMax: 9, subQuotas: {}, studentQuota: 0, nameCell: "B2", quotaCell: "C2" };
    const allocation = { sheet: "PB", tableFound: true, target: null, targetSource: null, targetCell: null, targetText: null, year: null, organizations: [org], totals: { quota: 9, quotaMax: 9, subQuotas: {}, studentQuota: 0, organizations: 1, difference: null, meetsTarget: null }, findings: [] };
    const monthly = templateWorkbookSpecs(allocation, Y, DEFAULT_REPORT_SETTINGS)[0]!.sheets[0]!;
    const other = gridOf(monthly);
    expect(isReportSheet(other)).toBe(true);
    const r = readBranchGrids([other, sheet, listGrid], { year: Y, file: "x.xlsx" });
    expect(r.sheets).toEqual(["Chi bộ", "DS"]);
    expect(r.findings).toEqual([]);
    expect(r.reports.map((x) => [x.organization, x.rows.length])).toEqual([
      ["Đảng bộ xã Ka Đô", 1],
      ["Đảng bộ xã B", 1],
    ]);
  });
});
