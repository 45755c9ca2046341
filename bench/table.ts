/** Plain-text tables for the bench output: readable in a terminal and in a CI log. */

export type CellText = string | number | null;

export function fmt(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "–";
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Figures align right, words left. */
const NUMERIC = /^[-+−]?[\d,.]+$|^–$/;

export function renderTable(title: string, header: readonly string[], rows: ReadonlyArray<readonly CellText[]>): string {
  const text = rows.map((r) => r.map((c) => (c === null ? "–" : typeof c === "number" ? fmt(c) : c)));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (NUMERIC.test(c) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [`\n## ${title}`, line(header), rule, ...text.map(line)].join("\n");
}
