/**
 * Reading each organisation row and the rules that concern one row alone.
 */
import { toA1 } from "../address";
import { cellAt, displayText, type Grid } from "../grid";
import { classifyKind } from "../names/kind";
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
}

/**
 * Findings name the organisation; an unnamed row gets `name: ""` and its `row`,
 * and each language's message calls it "dòng 21" / "row 21".
 */
export function readAllocationRows(grid: Grid, table: AllocationTable, sink: FindingSink): ReadRowsResult {
  const rows: AllocationRow[] = [];
  let textQuotaCells = 0;
  let numberQuotaTotal = 0;
  let excludedQuotaCells = 0;
  for (const r of table.dataRows) {
    const sttText = table.sttCol === null ? "" : displayText(cellAt(grid, r, table.sttCol)).trim();
    const name = cleanText(displayText(cellAt(grid, r, table.nameCol)));
    const nameCell = toA1(r, table.nameCol);
    const quotaCell = toA1(r, table.quotaCol);
    const kind = name === "" ? "other" : classifyKind(name);
    const parsed = parseQuotaCell(cellAt(grid, r, table.quotaCol));

    if (name === "") sink.add("NAME_MISSING", nameCell, { row: r + 1 });

    let quota: number | null = null;
    let studentQuota = 0;
    if (parsed.status !== "ok") excludedQuotaCells++;
    if (parsed.status === "blank") {
      sink.add("QUOTA_MISSING", quotaCell, { name, row: r + 1 });
    } else if (parsed.status === "invalid") {
      sink.add("QUOTA_INVALID", quotaCell, { name, row: r + 1, value: parsed.displayed, reason: parsed.reason });
    } else {
      quota = parsed.quota;
      studentQuota = parsed.studentQuota;
      if (parsed.isText) textQuotaCells++;
      else numberQuotaTotal += quota;
      const args = { name, row: r + 1, quota, studentQuota };
      if (parsed.storedAsText) sink.add("QUOTA_STORED_AS_TEXT", quotaCell, { ...args, value: parsed.displayed });
      if (quota === 0) sink.add("QUOTA_ZERO", quotaCell, args);
      if (studentQuota > quota) sink.add("STUDENT_QUOTA_EXCEEDS_TOTAL", quotaCell, args);
      // A school allotted no members at all has no students to admit either; QUOTA_ZERO already says so.
      if (kind === "upperSecondary" && studentQuota === 0 && quota > 0) sink.add("HS_QUOTA_MISSING", quotaCell, args);
      if (kind !== "upperSecondary" && studentQuota > 0) sink.add("HS_QUOTA_NOT_ALLOWED", quotaCell, { ...args, kind });
    }

    rows.push({ row: r + 1, stt: sttText === "" ? null : sttText, name, kind, quota, studentQuota, nameCell, quotaCell });
  }
  return { rows, textQuotaCells, numberQuotaTotal, excludedQuotaCells };
}
