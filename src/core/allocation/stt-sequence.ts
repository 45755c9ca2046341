/**
 * STT (số thứ tự) should run 1, 2, 3…: a gap or a repeat usually means a row
 * was deleted or pasted twice, which is worth a look before quotas go out.
 */
import { toA1 } from "../address";
import type { FindingSink } from "./context";
import type { AllocationTable } from "./table";
import type { AllocationRow } from "./types";

/** `01`, `1`, `1.` → 1; anything else → null. */
export function parseStt(text: string): number | null {
  const m = /^0*(\d{1,6})\.?$/.exec(text.trim());
  return m?.[1] === undefined ? null : Number(m[1]);
}

export function checkSttSequence(rows: readonly AllocationRow[], table: AllocationTable, sink: FindingSink): void {
  if (table.sttCol === null) return;
  const seen = new Set<number>();
  let expected = 1;
  // Indexed, not for…of: until V8 optimises the loop, each step of an array iterator allocates a result object (issue #16).
  for (let ix = 0; ix < rows.length; ix++) {
    const row = rows[ix] as AllocationRow;
    const k = row.stt === null ? null : parseStt(row.stt);
    // A row numbered as expected, nearly every row, says nothing: no address or arguments are built for it
    // (issue #16: 12 M of 3,640 M instructions, about 1.5 ms, in the check of a 10,000-row table).
    // Stryker disable next-line ConditionalExpression: only a shortcut; the path below reports nothing for such a row either
    if (k === expected) {
      seen.add(k);
      expected = k + 1;
      continue;
    }
    const cell = toA1(row.row - 1, table.sttCol);
    const base = { row: row.row, name: row.name, expected };
    if (row.stt === null) {
      sink.add("STT_SEQUENCE", { ...base, problem: "missing", stt: "", cell });
      expected++;
      continue;
    }
    if (k === null) {
      sink.add("STT_SEQUENCE", { ...base, problem: "notNumber", stt: row.stt, cell });
      expected++;
      continue;
    }
    if (k !== expected) {
      sink.add("STT_SEQUENCE", { ...base, problem: seen.has(k) ? "repeat" : "gap", stt: row.stt, cell });
    }
    seen.add(k);
    // Resynchronise on the number written so one slip is reported once, not on every following row.
    expected = k + 1;
  }
}
