/** Cell-by-cell differences between two readings of one workbook, for the differential test. */
import type { Cell, CellValue, Grid } from "../../src/core/grid";
import { toA1 } from "../../src/core/address";

function show(v: CellValue | undefined): string {
  if (v === undefined || v === null) return "∅";
  if (v instanceof Date) return `date:${Number.isNaN(v.getTime()) ? "invalid" : v.toISOString()}`;
  if (typeof v === "object") return `error:${v.error}`;
  return `${typeof v}:${String(v).slice(0, 60)}`;
}

const FIELDS = ["text", "numFmt", "font", "formula"] as const;

function cellDiff(a: Cell | undefined, b: Cell | undefined): string[] {
  const out: string[] = [];
  if (show(a?.value) !== show(b?.value)) out.push(`value ${show(a?.value)} → ${show(b?.value)}`);
  for (const f of FIELDS) if ((a?.[f] ?? "∅") !== (b?.[f] ?? "∅")) out.push(`${f} ${String(a?.[f] ?? "∅").slice(0, 200)} → ${String(b?.[f] ?? "∅").slice(0, 200)}`);
  return out;
}

/** `old` and `now` are the grids of one file; lines read `sheet!A1: field old → new`. */
export function gridDiff(old: readonly Grid[], now: readonly Grid[]): string[] {
  const out: string[] = [];
  const oldNames = old.map((g) => g.name).sort();
  const newNames = now.map((g) => g.name).sort();
  if (oldNames.join("|") !== newNames.join("|")) out.push(`sheets ${oldNames.join(",")} → ${newNames.join(",")}`);
  for (const a of old) {
    const b = now.find((g) => g.name === a.name);
    if (!b) continue;
    if (Boolean(a.hidden) !== Boolean(b.hidden)) out.push(`${a.name}: hidden ${Boolean(a.hidden)} → ${Boolean(b.hidden)}`);
    const m = (g: Grid): string => g.merges.map((r) => `${r.top},${r.left},${r.bottom},${r.right}`).sort().join(" ");
    if (m(a) !== m(b)) out.push(`${a.name}: merges ${m(a)} → ${m(b)}`);
    if (JSON.stringify(a.definedNames ?? {}) !== JSON.stringify(b.definedNames ?? {})) out.push(`${a.name}: names ${JSON.stringify(a.definedNames ?? {})} → ${JSON.stringify(b.definedNames ?? {})}`);
    const cells = new Map<string, [Cell | undefined, Cell | undefined]>();
    const collect = (g: Grid, side: 0 | 1): void => {
      g.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          if (!c) return;
          const key = toA1(g.origin.row + r, g.origin.col + col);
          const pair = cells.get(key) ?? [undefined, undefined];
          pair[side] = c;
          cells.set(key, pair);
        }),
      );
    };
    collect(a, 0);
    collect(b, 1);
    for (const [key, [x, y]] of cells) for (const d of cellDiff(x, y)) out.push(`${a.name}!${key}: ${d}`);
  }
  return out;
}
