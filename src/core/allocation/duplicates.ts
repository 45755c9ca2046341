/**
 * The same organisation listed twice gets its quota counted twice. Names are
 * compared by identityKey (case, spacing, apostrophes, `uỷ`/`ủy`), one
 * implementation shared with the name matcher.
 */
import { identityKey } from "../text/normalize";
import type { FindingSink } from "./context";
import type { AllocationRow } from "./types";

export function checkDuplicates(rows: readonly AllocationRow[], sink: FindingSink): void {
  const firstRowByKey = new Map<string, number>();
  for (const row of rows) {
    if (row.name === "") continue;
    const key = identityKey(row.name);
    const first = firstRowByKey.get(key);
    if (first === undefined) firstRowByKey.set(key, row.row);
    else sink.add("DUPLICATE_ORGANIZATION", row.nameCell, { name: row.name, row: row.row, firstRow: first });
  }
}
