/**
 * Reading each organisation row and the rules that concern one row alone.
 */
import { toA1 } from "../address";
import { cellAt, displayText, type Cell, type Grid } from "../grid";
import { classifyKind, studentQuotaRule } from "../names/kind";
import { cleanText } from "../text/normalize";
import type { FindingSink } from "./context";
import { parseQuotaCell } from "./quota";
import type { AllocationTable } from "./table";
import type { AllocationRow } from "./types";

export interface ReadRowsResult {
  readonly rows: AllocationRow[];
  /** Quota cells holding text, which Excel's SUM skips: explains a total row that disagrees. */
  readonly textQuotaCells: number;
  /** What a SUM over the quota column gives: the readable quotas stored as numbers. */
  readonly numberQuotaTotal: number;
  /** Blank or unreadable quota cells, left out of the computed total. */
  readonly excludedQuotaCells: number;
  /** Quota cells written as a range (`01-02`), whose floor counts. */
  readonly rangeCells: readonly string[];
}

/** A chi bộ's member count: a whole number ≥ 0, as a number or as text (`25`, `1.250`). */
function readMembers(cell: Cell): number | null {
  const parsed = parseQuotaCell(cell);
  return parsed.status === "ok" && parsed.form === "plain" && Object.keys(parsed.subQuotas).length === 0 ? parsed.quota : null;
}

/**
 * Findings name the organisation; an unnamed row gets `name: ""` and its `row`,
 * and each language's message calls it "dòng 21" / "row 21".
 */
export function readAllocationRows(grid: Grid, table: AllocationTable, sink: FindingSink): ReadRowsResult {
  const rows: AllocationRow[] = [];
  const rangeCells: string[] = [];
  let textQuotaCells = 0;
  let numberQuotaTotal = 0;
  let excludedQuotaCells = 0;
  // Indexed, not for…of, here and in the other passes over every row: until V8 optimises a loop, each step of an
  // array iterator allocates a result object (issue #16: with the entry arrays of computeTotals, 75 M of 3,715 M instructions, about 10 ms).
  const dataRows = table.dataRows;
  for (let ix = 0; ix < dataRows.length; ix++) {
    const r = dataRows[ix] as number;
    const sttText = table.sttCol === null ? "" : displayText(cellAt(grid, r, table.sttCol)).trim();
    const name = cleanText(displayText(cellAt(grid, r, table.nameCol)));
    const nameCell = toA1(r, table.nameCol);
    const quotaCell = toA1(r, table.quotaCol);
    const kind = name === "" ? "other" : classifyKind(name);
    const parsed = parseQuotaCell(cellAt(grid, r, table.quotaCol));

    if (name === "") sink.add("NAME_MISSING", { row: r + 1, cell: nameCell });

    let quota: number | null = null;
    let quotaMax: number | null = null;
    let studentQuota = 0;
    let subQuotas: Readonly<Record<string, number>> = {};
    if (parsed.status !== "ok") excludedQuotaCells++;
    if (parsed.status === "blank") {
      sink.add("QUOTA_MISSING", { name, row: r + 1, cell: quotaCell });
    } else if (parsed.status === "invalid") {
      sink.add("QUOTA_INVALID", { name, row: r + 1, value: parsed.displayed, reason: parsed.reason, cell: quotaCell });
    } else {
      quota = parsed.quota;
      quotaMax = parsed.quotaMax;
      studentQuota = parsed.studentQuota;
      subQuotas = parsed.subQuotas;
      if (parsed.isText) textQuotaCells++;
      else numberQuotaTotal += quota;
      if (parsed.form === "range") rangeCells.push(quotaCell);
      const args = { name, row: r + 1, quota, studentQuota };
      // Written out, not spread from args: 8,000 of a 10,000-row table's rows take this finding (issue #16).
      if (parsed.storedAsText) sink.add("QUOTA_STORED_AS_TEXT", { name, row: r + 1, quota, studentQuota, value: parsed.displayed, cell: quotaCell });
      if (quotaMax === 0) sink.add("QUOTA_ZERO", { ...args, cell: quotaCell });
      for (const label of parsed.unknownGroups) sink.add("QUOTA_GROUP_UNKNOWN", { name, row: r + 1, label, value: parsed.displayed, cell: quotaCell });
      // A group counts members inside the quota: it can never be more than the most the row may admit.
      if (studentQuota > quotaMax) sink.add("STUDENT_QUOTA_EXCEEDS_TOTAL", { ...args, quota: quotaMax, cell: quotaCell });
      // for…in, not Object.entries: no array per row for the empty groups of nearly every row (issue #16).
      for (const group in subQuotas) {
        const count = subQuotas[group] ?? 0;
        if (group !== "HS" && count > quotaMax) sink.add("SUB_QUOTA_EXCEEDS_TOTAL", { name, row: r + 1, quota: quotaMax, group, count, cell: quotaCell });
      }
      const rule = studentQuotaRule(kind);
      // A school allotted no members at all has no students to admit either; QUOTA_ZERO already says so.
      if (rule === "required" && studentQuota === 0 && quotaMax > 0) sink.add("HS_QUOTA_MISSING", { ...args, cell: quotaCell });
      if (rule === "forbidden" && studentQuota > 0) sink.add("HS_QUOTA_NOT_ALLOWED", { ...args, kind, cell: quotaCell });
    }

    const row: AllocationRow = { row: r + 1, stt: sttText === "" ? null : sttText, name, kind, quota, quotaMax, studentQuota, subQuotas, nameCell, quotaCell };
    rows.push(
      table.membersCol === null
        ? row
        : { ...row, members: readMembers(cellAt(grid, r, table.membersCol)), membersCell: toA1(r, table.membersCol) },
    );
  }
  if (rangeCells.length > 0) {
    const floor = rows.reduce((sum, x) => sum + (x.quota ?? 0), 0);
    const ceiling = rows.reduce((sum, x) => sum + (x.quotaMax ?? 0), 0);
    sink.add("QUOTA_RANGE", { count: rangeCells.length, floor, ceiling, cell: rangeCells[0] as string });
  }
  return { rows, textQuotaCells, numberQuotaTotal, excludedQuotaCells, rangeCells };
}
