/**
 * The same organisation listed twice gets its quota counted twice. Names are
 * compared by identityKey (case, spacing, apostrophes, `uỷ`/`ủy`), one
 * implementation shared with the name matcher.
 */
import { identityKey } from "../text/normalize";
import { isPlainText } from "../text/plain";
import type { FindingSink } from "./context";
import type { AllocationRow } from "./types";

/**
 * The ASCII digits of identityKey(name), in order. A plain name (ASCII and precomposed Vietnamese)
 * keeps its digits in its key and gets no others, so they are read from the name without keying it.
 */
export function keyDigits(name: string): string {
  const text = isPlainText(name) ? name : identityKey(name);
  let digits = "";
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    digits += text.slice(i, j);
    i = j;
  }
  return digits;
}

export function checkDuplicates(rows: readonly AllocationRow[], sink: FindingSink): void {
  // Names with equal keys have equal key digits: a name alone with its digits ("Chi bộ thôn 17")
  // can be no one's duplicate, and is not keyed (issue #16: keying 10,000 numbered names cost about
  // 3 µs each). Names without digits all share "" and are keyed, as before.
  const withDigits = new Map<string, number>();
  const digitsOf: string[] = [];
  // Indexed, not for…of: until V8 optimises the loop, each step of an array iterator allocates a result object (issue #16).
  for (let ix = 0; ix < rows.length; ix++) {
    const row = rows[ix] as AllocationRow;
    const digits = row.name === "" ? "" : keyDigits(row.name);
    digitsOf.push(digits);
    withDigits.set(digits, (withDigits.get(digits) ?? 0) + 1);
  }
  const firstRowByKey = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.name === "" || (withDigits.get(digitsOf[i] ?? "") ?? 0) < 2) return;
    const key = identityKey(row.name);
    const first = firstRowByKey.get(key);
    if (first === undefined) firstRowByKey.set(key, row.row);
    else sink.add("DUPLICATE_ORGANIZATION", { name: row.name, row: row.row, firstRow: first, cell: row.nameCell });
  });
}
