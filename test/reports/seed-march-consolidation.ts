/**
 * The seed's allocation consolidated for the cell-by-cell sheet tests (monthly, progress and
 * findings sheets): one March 2025 log and a silent December, built afresh on each call so that
 * Stryker's per-test coverage counts the work inside each test.
 */
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { seedAllocation } from "./helpers";

const LOG_ROWS = [
  ["TCCSĐ", "Tháng", "Kết nạp", "Học sinh"],
  ["Đảng bộ Công an huyện", "1/2025", 1, 0],
  ["Đảng bộ Công an huyện", "3/2025", 2, 0],
  ["Đảng bộ xã Ka Đô", "2/2025", 4, 0],
  ["Chi bộ Trường THPT Pró", "3/2025", 2, 1],
  ["Đảng bộ xã Mới", "3/2025", 1, 0],
  ["Đảng bộ xã Tu Tra", "13/2025", 1, 0],
];

/** The seed's allocation with a March 2025 log: two police months, a commune, a THPT with a student, an organisation outside the table and an unreadable month. */
export function marchResult() {
  return consolidate([{ grids: [gridFromValues("Nhật ký", LOG_ROWS)] }], { allocation: seedAllocation(), year: 2025, month: 3 });
}

/** December 2025 of the seed with no report at all and no target for the plan. */
export function silentDecember() {
  return consolidate([], { allocation: seedAllocation(null), year: 2025, month: 12 });
}

export function split(s: SheetSpec): { rows: SheetSpec["rows"]; rest: Omit<SheetSpec, "rows"> } {
  const { rows, ...rest } = s;
  // A cell the builder never reached is a hole; hosts treat it as null, and so does this comparison.
  return { rows: rows.map((r) => Array.from(r, (c) => c ?? null)), rest };
}

