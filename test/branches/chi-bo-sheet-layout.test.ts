/**
 * When the "Chi bộ" sheet reader trusts PTDV_BRANCHES and when it falls back
 * to the header labels, and how it finds the TCCSĐ's name on the sheet.
 */
import { gridFromValues, type CellValue, type Grid } from "../../src/core/grid";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { readBranchSheet, isBranchSheet } from "../../src/core/branches/read-sheet";
import { branchTemplateSheet } from "../../src/core/branches/template-spec";
import { BRANCH_NAMES } from "../../src/core/branches/template-layout";

const Y = 2025;

function gridOf(spec: SheetSpec): Grid {
  const values = spec.rows.map((r) => r.map((c) => (c === null ? null : (c.value as CellValue))));
  return { ...gridFromValues(spec.name, values), definedNames: { ...spec.definedNames } };
}

function fill(grid: Grid, row: number, values: CellValue[]): Grid {
  const rows = grid.rows.map((r) => r.slice());
  rows[row] = [rows[row]?.[0], ...values.map((v) => ({ value: v }))];
  return { ...grid, rows };
}

const template = gridOf(branchTemplateSheet("Đảng bộ xã Ka Đô", Y).sheet);
const BOX = { top: 6, left: 1, bottom: 65, right: 7 };

/** One chi bộ in the box's first row and one typed below the box, which only the header fallback reads. */
function filled(names: Grid["definedNames"]): Grid {
  let g: Grid = { ...template, definedNames: names ?? {} };
  g = fill(g, 6, ["Chi bộ thôn 1", "Tổ dân phố", 12, 2, 2025, "Không", "ghi chú"]);
  return fill(g, 70, ["Chi bộ thôn 9", "", 3, "", "", "", ""]);
}
const branchesRead = (g: Grid): string[] => readBranchSheet(g, { year: Y, organization: "Đảng bộ (ngữ cảnh)" })?.reports[0]?.rows.map((r) => r.branch) ?? [];

describe("the input box PTDV_BRANCHES", () => {
  it("maps its seven columns in the template's order", () => {
    const r = readBranchSheet(filled({ ...template.definedNames }), { year: Y, file: "ka-do.xlsx" });
    expect(r?.reports[0]?.rows[0]).toEqual({
      organization: "Đảng bộ xã Ka Đô",
      branch: "Chi bộ thôn 1",
      kind: "residential",
      kindInferred: false,
      members: 12,
      admittedThisYear: 2,
      lastAdmissionYear: 2025,
      hasSources: false,
      note: "ghi chú",
      admissionsReported: true,
      location: { file: "ka-do.xlsx", sheet: "Chi bộ", cell: "B7" },
    });
    expect(r?.reports[0]?.rowsRead).toBe(1);
  });

  it("is trusted only while seven columns wide under the template's header", () => {
    expect(branchesRead(filled({ [BRANCH_NAMES.inputs]: BOX }))).toEqual(["Chi bộ thôn 1"]);
    for (const box of [
      { ...BOX, right: 6 },
      { ...BOX, right: 8 },
      { ...BOX, left: 0, right: 6 },
      { ...BOX, left: 2, right: 8 },
      { ...BOX, top: 7 },
      { ...BOX, top: 5 },
    ]) {
      expect(branchesRead(filled({ [BRANCH_NAMES.inputs]: box }))).toEqual(["Chi bộ thôn 1", "Chi bộ thôn 9"]);
    }
  });

  it("needs both the name and the members labels right above it", () => {
    const header = 5;
    const relabel = (col: number, text: string): Grid => {
      const g = filled({ [BRANCH_NAMES.inputs]: BOX });
      const rows = g.rows.map((r) => r.slice());
      const row = (rows[header] ?? []).slice();
      row[col] = { value: text };
      rows[header] = row;
      return { ...g, rows };
    };
    // "Chi bộ" and "Số ĐV" still head a chi bộ table, so the header fallback reads on to the end.
    expect(branchesRead(relabel(1, "Chi bộ"))).toEqual(["Chi bộ thôn 1", "Chi bộ thôn 9"]);
    expect(branchesRead(relabel(3, "Số ĐV"))).toEqual(["Chi bộ thôn 1", "Chi bộ thôn 9"]);
  });

  it("takes the TCCSĐ from PTDV_BRANCH_ORG_NAME, and from the context when that name is gone", () => {
    const withOrg = readBranchSheet(filled({ ...template.definedNames }), { year: Y, organization: "Đảng bộ (ngữ cảnh)" });
    expect(withOrg?.reports[0]?.organization).toBe("Đảng bộ xã Ka Đô");
    const without = readBranchSheet(filled({ [BRANCH_NAMES.inputs]: BOX }), { year: Y, organization: "Đảng bộ (ngữ cảnh)" });
    expect(without?.reports[0]?.organization).toBe("Đảng bộ (ngữ cảnh)");
    expect(without?.reports[0]?.location).toEqual({ sheet: "Chi bộ" });
  });

  it("works in a box that starts right under a header on the first row", () => {
    const g: Grid = {
      ...gridFromValues("Chi bộ", [
        ["Tên chi bộ", "Loại", "Số đảng viên", "Kết nạp trong năm", "Năm kết nạp gần nhất", "Còn nguồn", "Ghi chú"],
        ["Chi bộ thôn 1", "", 12, "", 2020, "", ""],
        ["Chi bộ thôn 2", "", 15, "", 2021, "", ""],
      ]),
      definedNames: { [BRANCH_NAMES.inputs]: { top: 1, left: 0, bottom: 1, right: 6 } },
    };
    expect(branchesRead(g)).toEqual(["Chi bộ thôn 1"]);
  });
});

describe("a Chi bộ sheet read by its header", () => {
  const rowsWith = (above: CellValue[][]): CellValue[][] => [
    ...above,
    ["Tên chi bộ", "Số đảng viên", "Năm kết nạp gần nhất"],
    ["Chi bộ thôn 1", 12, 2020],
    ["Cộng", 12, ""],
    ["Tổng số", 12, ""],
  ];

  it("finds the TCCSĐ as the first filled cell right of its label above the header", () => {
    const read = (above: CellValue[][]) => readBranchSheet(gridFromValues("Chi bộ", rowsWith(above)), { year: Y, organization: "ngữ cảnh" })?.reports[0]?.organization;
    expect(read([["Tổ chức cơ sở đảng:", "", "  Đảng bộ xã  Tu Tra "]])).toBe("Đảng bộ xã Tu Tra");
    expect(read([["Tên TCCSĐ", "Đảng bộ xã Lạc Lâm"]])).toBe("Đảng bộ xã Lạc Lâm");
    expect(read([["Đảng bộ:", "Đảng bộ xã Ka Đô"]])).toBe("Đảng bộ xã Ka Đô");
    expect(read([[], ["", "Tổ chức cơ sở đảng", "Đảng bộ xã Đạ Đờn"]])).toBe("Đảng bộ xã Đạ Đờn");
    expect(read([["Tổ chức cơ sở đảng:", "", ""]])).toBe("ngữ cảnh");
    expect(read([["Đơn vị:", "Đảng bộ xã Ka Đô"]])).toBe("ngữ cảnh");
    expect(read([])).toBe("ngữ cảnh");
  });

  it("skips the total rows under the chi bộ and does not count them as read", () => {
    const r = readBranchSheet(gridFromValues("Chi bộ", rowsWith([])), { year: Y });
    expect(r?.reports[0]?.rows.map((x) => x.branch)).toEqual(["Chi bộ thôn 1"]);
    expect(r?.reports[0]?.rowsRead).toBe(1);
    expect(r?.findings).toEqual([]);
    expect(isBranchSheet(gridFromValues("Chi bộ", rowsWith([])))).toBe(true);
  });
});
