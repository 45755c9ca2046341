/**
 * A filled report template read back: by its defined names while they still fit the
 * month rows, else by its labels and headers; each defect of the names rejects them.
 */
import type { CellRange, CellValue, Grid } from "../../src/core/grid";
import { gridFromValues } from "../../src/core/grid";
import { readTemplate } from "../../src/core/reports/read-template";
import { TEMPLATE_NAMES } from "../../src/core/reports/template-layout";
import { templateSheetSpec } from "../../src/core/reports/template-spec";
import { seedAllocation, specToGrid, withValues } from "./helpers";

const CTX = { file: "ka-do.xlsx", planYear: 2030 };
const HEADER_ROW = 12;
const T = (m: number) => HEADER_ROW + m; // sheet row of month m

function template(): Grid {
  return specToGrid(templateSheetSpec(seedAllocation().organizations[4]!, 2025));
}

function withNames(g: Grid, change: Record<string, CellRange | undefined>): Grid {
  const names: Record<string, CellRange> = { ...(g.definedNames ?? {}) };
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) delete names[k];
    else names[k] = v;
  }
  return { ...g, definedNames: names };
}

/** The header row blanked: only the defined names can lead to the months. */
function namesOnly(g: Grid): Grid {
  return withValues(
    g,
    Array.from({ length: 12 }, (_, c) => [HEADER_ROW, c, null] as const),
  );
}

const withoutNames = (g: Grid): Grid => {
  const { definedNames: _ignored, ...rest } = g;
  return rest;
};

describe("a template read through its defined names", () => {
  it("reads the filled months only, in month order, with their cells", () => {
    const g = withValues(template(), [
      [T(3), 1, 2],
      [T(3), 3, 1],
      [T(3), 11, "  họp  chi bộ "],
      [T(3), 10, "Có"],
      [T(1), 1, 1],
    ]);
    const r = readTemplate(g, CTX)!;
    expect(r.kind).toBe("template");
    expect(r.templateName).toBe("Đảng bộ xã Ka Đô");
    expect(r.rows.map((x) => x.period)).toEqual([
      { year: 2025, month: 1 },
      { year: 2025, month: 3 },
    ]);
    const march = r.rows[1]!;
    expect(march).toMatchObject({
      name: "Đảng bộ xã Ka Đô",
      periodText: "T3/2025",
      cumulative: null,
      note: "họp chi bộ",
      noSourcesLeft: true,
      location: { file: "ka-do.xlsx", sheet: g.name, cell: "A16" },
    });
    expect(march.figures).toMatchObject({ admitted: 2, women: 1, students: 0 });
    expect(march.cells).toMatchObject({ period: "A16", cumulative: "J16", name: "B7", admitted: "B16", women: "D16" });
    expect(r.rows[0]).toMatchObject({ noSourcesLeft: false, note: "" });
  });

  it("takes a number typed over the running-total formula as the organisation's claim, and nothing else", () => {
    const g = withValues(template(), [
      [T(2), 1, 1],
      [T(2), 9, 5],
      [T(4), 1, 1],
      [T(4), 9, "năm"],
    ]);
    const r = readTemplate(g, CTX)!;
    expect(r.rows.map((x) => x.cumulative)).toEqual([5, null]);
  });

  it("reads 'Không' or an unreadable flag as no claim that sources ran out", () => {
    const g = withValues(template(), [
      [T(1), 1, 1],
      [T(1), 10, "Không"],
      [T(2), 1, 1],
      [T(2), 10, "có lẽ"],
    ]);
    expect(readTemplate(g, CTX)!.rows.map((x) => x.noSourcesLeft)).toEqual([false, false]);
  });

  it("leaves the location without a file for a sheet of the open workbook", () => {
    const g = withValues(template(), [[T(1), 1, 1]]);
    expect(readTemplate(g, { planYear: 2025 })!.rows[0]!.location).toEqual({ sheet: g.name, cell: "A14" });
  });

  it("reads the year from its cell, else from the title's 'năm YYYY', else the plan's year", () => {
    const filled = withValues(template(), [[T(1), 1, 1], [8, 1, 2026]]);
    expect(readTemplate(filled, CTX)!.rows[0]!.period).toEqual({ year: 2026, month: 1 });
    const noYearCell = withValues(filled, [[8, 1, null]]);
    expect(readTemplate(noYearCell, CTX)!.rows[0]!.period).toEqual({ year: 2025, month: 1 });
    const noTitle = withValues(noYearCell, [
      [2, 6, null],
      [4, 0, "BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN"],
    ]);
    expect(readTemplate(noTitle, CTX)!.rows[0]!.period).toEqual({ year: 2030, month: 1 });
  });

  it("does not read a 'năm YYYY' below the month header as the year", () => {
    const g = withValues(template(), [
      [8, 1, null],
      [2, 6, null],
      [4, 0, "BÁO CÁO"],
      [T(12) + 3, 0, "Báo cáo năm 2027"],
      [T(1), 1, 1],
    ]);
    expect(readTemplate(g, CTX)!.rows[0]!.period).toEqual({ year: 2030, month: 1 });
  });

  it("reads without the optional running-total, notes and no-sources names", () => {
    const g = namesOnly(
      withNames(withValues(template(), [[T(1), 1, 1], [T(1), 9, 4], [T(1), 11, "x"], [T(1), 10, "Có"]]), {
        [TEMPLATE_NAMES.cumulative]: undefined,
        [TEMPLATE_NAMES.notes]: undefined,
        [TEMPLATE_NAMES.noSources]: undefined,
      }),
    );
    const row = readTemplate(g, CTX)!.rows[0]!;
    expect(row).toMatchObject({ cumulative: null, note: "", noSourcesLeft: false });
    expect(row.cells.cumulative).toBeUndefined();
    expect(row.cells.name).toBe("B7");
  });

  it("falls back to the plan's year when the year name is gone and no title says it", () => {
    const g = namesOnly(withNames(withValues(template(), [[T(1), 1, 1], [2, 6, null], [4, 0, "BÁO CÁO"]]), { [TEMPLATE_NAMES.year]: undefined }));
    expect(readTemplate(g, CTX)!.rows[0]!.period).toEqual({ year: 2030, month: 1 });
  });
});

describe("defined names that no longer fit are not trusted", () => {
  const months = (): CellRange => template().definedNames![TEMPLATE_NAMES.months]!;
  const inputs = (): CellRange => template().definedNames![TEMPLATE_NAMES.inputs]!;

  it("reads when the names fit, even with the headers blanked", () => {
    expect(readTemplate(namesOnly(withValues(template(), [[T(1), 1, 1]])), CTX)!.rows).toHaveLength(1);
  });

  it("accepts an input box exactly as wide as the figures", () => {
    const i = inputs();
    expect(i.right - i.left + 1).toBe(8);
    const g = namesOnly(withNames(withValues(template(), [[T(1), 1, 1]]), { [TEMPLATE_NAMES.inputs]: { ...i, right: i.right + 1 } }));
    expect(readTemplate(g, CTX)!.rows).toHaveLength(1);
  });

  it.each([
    ["the input box is not twelve rows", () => ({ [TEMPLATE_NAMES.inputs]: { ...inputs(), bottom: inputs().bottom - 1 } })],
    ["the input box is thirteen rows", () => ({ [TEMPLATE_NAMES.inputs]: { ...inputs(), bottom: inputs().bottom + 1 } })],
    ["the month column is not twelve rows", () => ({ [TEMPLATE_NAMES.months]: { ...months(), bottom: months().bottom + 1 } })],
    ["the input box and the months start on different rows", () => ({ [TEMPLATE_NAMES.inputs]: { ...inputs(), top: inputs().top + 1, bottom: inputs().bottom + 1 } })],
    ["the input box is narrower than the figures", () => ({ [TEMPLATE_NAMES.inputs]: { ...inputs(), right: inputs().right - 1 } })],
    ["the organisation's name is gone", () => ({ [TEMPLATE_NAMES.orgName]: undefined })],
    ["the input box is gone", () => ({ [TEMPLATE_NAMES.inputs]: undefined })],
    ["the month column is gone", () => ({ [TEMPLATE_NAMES.months]: undefined })],
  ])("rejects them when %s", (_what, change) => {
    const g = namesOnly(withNames(withValues(template(), [[T(1), 1, 1]]), change()));
    expect(readTemplate(g, CTX)).toBeNull();
  });

  it("rejects them when a month label no longer matches its row (first, middle or last)", () => {
    for (const m of [1, 6, 12]) {
      const g = namesOnly(withValues(template(), [[T(1), 1, 1], [T(m), 0, "Tháng"]]));
      expect(readTemplate(g, CTX)).toBeNull();
    }
    // "5/2025" names a year: not a month label of the template.
    expect(readTemplate(namesOnly(withValues(template(), [[T(1), 1, 1], [T(5), 0, "5/2025"]])), CTX)).toBeNull();
  });

  it("rejects a grid without any defined names when the headers are gone too", () => {
    expect(readTemplate(withoutNames(namesOnly(template())), CTX)).toBeNull();
  });
});

describe("a template read through its labels and headers", () => {
  const header: CellValue[] = ["Tháng", "Kết nạp trong tháng", "Nữ", "Lũy kế kết nạp", "Ghi chú", "Không còn nguồn (Có/Không)"];
  const monthRows = (from = 1): CellValue[][] => Array.from({ length: 12 }, (_, i) => [`T${from + i > 12 ? from + i - 12 : from + i}`]);

  it("reads a template whose defined names went stale exactly as with them", () => {
    const values: ReadonlyArray<readonly [number, number, CellValue]> = [
      [T(5), 1, 3],
      [T(5), 3, 2],
      [T(5), 9, 7],
      [T(5), 10, "Có"],
      [T(5), 11, "ghi"],
    ];
    const named = readTemplate(withValues(template(), values), CTX)!;
    const plain = readTemplate(withoutNames(withValues(template(), values)), CTX)!;
    expect(plain).toEqual(named);
    expect(plain.rows[0]).toMatchObject({ cumulative: 7, note: "ghi", noSourcesLeft: true, period: { year: 2025, month: 5 } });
    expect(plain.rows[0]!.cells).toMatchObject({ name: "B7", cumulative: "J18", period: "A18" });
  });

  it("finds the name and year right of their labels, skipping blank cells, and returns rows in month order", () => {
    const rows: CellValue[][] = [
      ["Tổ chức cơ sở đảng:", null, "  Chi bộ   Trường THPT Pró "],
      ["Năm báo cáo", null, null, 2024],
      header,
      ...monthRows(7),
    ];
    const g = withValues(gridFromValues("Mẫu", rows), [
      [3, 1, 1], // T7
      [3, 3, 9],
      [9, 1, 2], // T1
      [9, 5, "Có"],
    ]);
    const r = readTemplate(g, { planYear: 2030 })!;
    expect(r.templateName).toBe("Chi bộ Trường THPT Pró");
    expect(r.rows.map((x) => [x.period, x.figures.admitted, x.figures.women, x.cumulative, x.noSourcesLeft])).toEqual([
      [{ year: 2024, month: 1 }, 2, 0, null, true],
      [{ year: 2024, month: 7 }, 1, 0, 9, false],
    ]);
    expect(r.rows[0]!.cells).toMatchObject({ name: "C1", period: "A10", admitted: "B10", cumulative: "D10" });
  });

  it("reads a name under a short label such as 'Chi bộ'", () => {
    const g = withValues(gridFromValues("Mẫu", [["Chi bộ", "Chi bộ Trường THPT Lê Lợi"], header, ...monthRows()]), [[2, 1, 1]]);
    expect(readTemplate(g, { planYear: 2025 })!.templateName).toBe("Chi bộ Trường THPT Lê Lợi");
  });

  it("has no name and no name cell when the label has nothing to its right", () => {
    const g = withValues(gridFromValues("Mẫu", [["Tổ chức cơ sở đảng:"], header, ...monthRows()]), [[2, 1, 1]]);
    const r = readTemplate(g, { planYear: 2025 })!;
    expect(r.templateName).toBe("");
    expect(r.rows[0]!.name).toBe("");
    expect(r.rows[0]!.cells.name).toBeUndefined();
  });

  it("does not take a label below the header as the name", () => {
    const g = withValues(gridFromValues("Mẫu", [header, ...monthRows(), ["Tổ chức cơ sở đảng:", "Đảng bộ xã Tu Tra"]]), [[1, 1, 1]]);
    expect(readTemplate(g, { planYear: 2025 })!.templateName).toBe("");
  });

  it("has no running total, note or no-sources flag without those columns", () => {
    const g = withValues(gridFromValues("Mẫu", [["Tháng", "Kết nạp trong tháng"], ...monthRows()]), [[1, 1, 1]]);
    const row = readTemplate(g, { planYear: 2025 })!.rows[0]!;
    expect(row).toMatchObject({ cumulative: null, note: "", noSourcesLeft: false });
    expect(row.cells.cumulative).toBeUndefined();
  });

  it("keeps the first row of a month written twice", () => {
    const rows = [header, ...monthRows(), ["T1"]];
    const g = withValues(gridFromValues("Mẫu", rows), [
      [1, 1, 4],
      [13, 1, 9],
    ]);
    expect(readTemplate(g, { planYear: 2025 })!.rows.map((x) => x.figures.admitted)).toEqual([4]);
  });

  it("is not a template with eleven month rows, or with the twelfth beyond fourteen rows of the header", () => {
    const eleven = gridFromValues("Mẫu", [header, ...monthRows().slice(0, 11)]);
    expect(readTemplate(eleven, { planYear: 2025 })).toBeNull();
    const far = gridFromValues("Mẫu", [header, ...monthRows().slice(0, 11), [null], [null], [null], ["T12"]]);
    expect(readTemplate(far, { planYear: 2025 })).toBeNull();
    const justIn = gridFromValues("Mẫu", [header, ...monthRows().slice(0, 11), [null], [null], ["T12"]]);
    expect(readTemplate(justIn, { planYear: 2025 })).not.toBeNull();
  });

  it("is not a template when the header names the organisation (a log table) or has no month column", () => {
    expect(readTemplate(gridFromValues("Mẫu", [["TCCSĐ", ...header], ...monthRows()]), { planYear: 2025 })).toBeNull();
    expect(readTemplate(gridFromValues("Mẫu", [header.slice(1), ...monthRows()]), { planYear: 2025 })).toBeNull();
  });

  it("finds the header below a long heading, within forty rows of the top", () => {
    const heading: CellValue[][] = Array.from({ length: 30 }, () => [null]);
    const g = withValues(gridFromValues("Mẫu", [...heading, header, ...monthRows()]), [[31, 1, 1]]);
    expect(readTemplate(g, { planYear: 2025 })!.rows).toHaveLength(1);
  });
});
