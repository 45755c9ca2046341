import * as path from "path";
import type { AllocationCheckResult, AllocationRow } from "../../src/core/allocation/types";
import type { Cell, CellValue, Grid } from "../../src/core/grid";
import { classifyKind } from "../../src/core/names/kind";
import type { SheetSpec } from "../../src/core/sheet-spec";

export const REPO = path.resolve(__dirname, "..", "..");
export const FIXTURES = path.join(REPO, "test", "fixtures", "reports");
export const PYTHON = "/usr/bin/python3";

export const SEED: ReadonlyArray<readonly [string, number, number]> = [
  ["Đảng bộ Công an huyện", 3, 0],
  ["Đảng bộ thị trấn Thạnh Mỹ", 10, 0],
  ["Đảng bộ thị trấn D’Ran", 9, 0],
  ["Đảng bộ xã Đạ Ròn", 6, 0],
  ["Đảng bộ xã Ka Đô", 9, 0],
  ["Đảng bộ xã Ka Đơn", 7, 0],
  ["Đảng bộ xã Lạc Lâm", 6, 0],
  ["Đảng bộ xã Lạc Xuân", 9, 0],
  ["Đảng bộ xã Quảng Lập", 9, 0],
  ["Đảng bộ xã Tu Tra", 9, 0],
  ["Chi bộ Trường THPT Đơn Dương", 3, 1],
  ["Chi bộ Trường THPT Hùng Vương", 3, 1],
  ["Chi bộ Trường THPT Lê Lợi", 3, 1],
  ["Chi bộ Trường THPT Pró", 3, 1],
  ["Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương", 2, 0],
];

/** The seed's allocation as the check engine would return it (built directly, so these tests do not depend on it). */
export function seedAllocation(target: number | null = 88): AllocationCheckResult {
  const organizations: AllocationRow[] = SEED.map(([name, quota, studentQuota], i) => ({
    row: i + 5,
    stt: String(i + 1).padStart(2, "0"),
    name,
    kind: classifyKind(name),
    quota,
    quotaMax: quota,
    studentQuota,
    subQuotas: studentQuota > 0 ? { HS: studentQuota } : {},
    nameCell: `B${i + 5}`,
    quotaCell: `C${i + 5}`,
  }));
  const quota = organizations.reduce((s, o) => s + (o.quota ?? 0), 0);
  return {
    sheet: "Phân bổ",
    tableFound: true,
    target,
    targetSource: target === null ? null : "option",
    targetCell: null,
    targetText: null,
    year: null,
    organizations,
    totals: {
      quota,
      quotaMax: quota,
      studentQuota: 4,
      subQuotas: { HS: 4 },
      organizations: organizations.length,
      difference: target === null ? null : quota - target,
      meetsTarget: target === null ? null : quota >= target,
    },
    findings: [],
  };
}

/** A grid as a host would read the written sheet: values, cached formula results and defined names. */
export function specToGrid(sheet: SheetSpec): Grid {
  const rows = sheet.rows.map((r) =>
    r.map((c): Cell | undefined => {
      if (c === null) return undefined;
      return c.formula === undefined ? { value: c.value } : { value: c.value, formula: c.formula };
    }),
  );
  return { name: sheet.name, rows, origin: { row: 0, col: 0 }, merges: [], ...(sheet.definedNames ? { definedNames: sheet.definedNames } : {}) };
}

/** Returns a copy of the grid with values set at A1-style zero-based coordinates. */
export function withValues(grid: Grid, values: ReadonlyArray<readonly [number, number, CellValue]>): Grid {
  const rows = grid.rows.map((r) => [...r]);
  for (const [row, col, value] of values) {
    const r = row - grid.origin.row;
    while (rows.length <= r) rows.push([]);
    const line = rows[r]!;
    while (line.length <= col - grid.origin.col) line.push(undefined);
    line[col - grid.origin.col] = { value };
  }
  return { ...grid, rows };
}

/**
 * Inserts blank rows above the sheet's content. `namesFollow`: the defined names
 * move with the rows, as in Excel; otherwise they go stale, as with openpyxl.
 */
export function insertRowsAbove(grid: Grid, count: number, namesFollow: boolean): Grid {
  const rows = [...Array.from({ length: count }, () => []), ...grid.rows];
  const base = { ...grid, rows };
  if (!namesFollow || !grid.definedNames) return base;
  const shifted: Record<string, { top: number; left: number; bottom: number; right: number }> = {};
  for (const [k, r] of Object.entries(grid.definedNames)) shifted[k] = { ...r, top: r.top + count, bottom: r.bottom + count };
  return { ...base, definedNames: shifted };
}
