/**
 * What the allocation sheet's own title says about the plan: its year
 * ("PHÂN BỔ CHỈ TIÊU … NĂM 2026") and its target ("từ 25 đảng viên trở lên").
 * The pane uses them as defaults so the year does not come from the computer's
 * clock, which is wrong every December when next year's plan is prepared.
 */
import { displayText, type Cell, type Grid } from "../grid";
import { foldKey } from "../text/normalize";

export interface PlanHints {
  readonly year: number | null;
  readonly target: number | null;
}

/** Title lines are the few rows above the header; a sheet without a recognisable header gets this many. */
const TITLE_ROWS_WITHOUT_HEADER = 15;
const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

function rowText(row: ReadonlyArray<Cell | undefined>): string {
  return foldKey(
    row
      .map((c) => (c === undefined ? "" : displayText(c)))
      .filter((s) => s !== "")
      .join(" "),
  );
}

function headerRowIndex(lines: readonly string[], grid: Grid): number {
  for (let i = 0; i < grid.rows.length; i++) {
    const cells = (grid.rows[i] ?? []).map((c) => (c === undefined ? "" : foldKey(displayText(c))));
    if (cells.some((c) => c === "stt" || c === "tt" || c === "so tt")) return i;
  }
  return Math.min(lines.length, TITLE_ROWS_WITHOUT_HEADER);
}

function yearIn(line: string): number | null {
  const m = /\bnam\s+(\d{4})\b/.exec(line);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

function targetIn(line: string): number | null {
  // "từ 25 đảng viên trở lên", "từ 25 ĐV trở lên", "kết nạp từ 25 đảng viên mới trở lên".
  const m = /\btu\s+(\d{1,6})\s+(?:dang vien|dv)\b[^.;]{0,20}?\btro len\b/.exec(line);
  return m ? Number(m[1]) : null;
}

export function planHints(grid: Grid): PlanHints {
  const lines = grid.rows.map((r) => rowText(r ?? []));
  const header = headerRowIndex(lines, grid);
  const title = lines.slice(0, header);
  // The heading names the plan's year; the date line ("ngày … tháng 12 năm 2025") may be the year before.
  const heading = title.find((l) => /\b(phan bo|chi tieu|ke hoach|phat trien dang)\b/.test(l) && yearIn(l) !== null);
  const dated = title.find((l) => !/\bngay\b/.test(l) && yearIn(l) !== null) ?? title.find((l) => yearIn(l) !== null);
  const year = yearIn(heading ?? dated ?? "");
  // The target may sit in the title or in a note under the table.
  let target: number | null = null;
  for (const l of [...title, ...lines.slice(header)]) {
    target = targetIn(l);
    if (target !== null) break;
  }
  return { year, target };
}
