/**
 * Formatting cell by cell would queue thousands of Office.js commands; cells
 * with identical styles are grouped into as few rectangles as a simple sweep finds.
 */
import type { CellRange } from "../core";
import type { CellStyle, SpecCell } from "../core";

export interface StyleGroup {
  readonly style: CellStyle;
  readonly ranges: readonly CellRange[];
}

/** The style without the number format, which is written as a whole matrix instead. */
function formatOnly(style: CellStyle): CellStyle | undefined {
  const { numFmt: _numFmt, ...rest } = style;
  return Object.keys(rest).length === 0 ? undefined : rest;
}

function stableKey(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(",")}}`;
}

export function groupStyles(rows: ReadonlyArray<ReadonlyArray<SpecCell | null>>): StyleGroup[] {
  const byKey = new Map<string, { style: CellStyle; runs: Map<string, CellRange[]> }>();
  rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      const fmt = style ? formatOnly(style) : undefined;
      if (!fmt) {
        c++;
        continue;
      }
      const key = stableKey(fmt);
      let end = c;
      while (end + 1 < row.length) {
        const next = row[end + 1]?.style;
        const nextFmt = next ? formatOnly(next) : undefined;
        if (!nextFmt || stableKey(nextFmt) !== key) break;
        end++;
      }
      let group = byKey.get(key);
      if (!group) {
        group = { style: fmt, runs: new Map() };
        byKey.set(key, group);
      }
      // Runs spanning the same columns in consecutive rows grow one rectangle downwards.
      const span = `${c}:${end}`;
      const list = group.runs.get(span) ?? [];
      const last = list[list.length - 1];
      if (last && last.bottom === r - 1) list[list.length - 1] = { ...last, bottom: r };
      else list.push({ top: r, left: c, bottom: r, right: end });
      group.runs.set(span, list);
      c = end + 1;
    }
  });
  return Array.from(byKey.values()).map((g) => ({ style: g.style, ranges: Array.from(g.runs.values()).flat() }));
}
