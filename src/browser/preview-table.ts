/** A sheet as an HTML table with spreadsheet-style row and column headers, built with DOM APIs. */
import { columnLetters, toA1 } from "../core";
import { colSpan, displayText, rowSpan, cellAt, type Cell, type Grid, type Lang } from "../core";
import { el } from "../taskpane/dom";
import type { Severity } from "./browser-host";

export const PREVIEW_MAX_ROWS = 500;
const PREVIEW_MAX_COLS = 60;
/** A preview cell shows at most this much: a cell of 32,767 characters would make every row of the table that tall. */
export const PREVIEW_MAX_CELL_CHARS = 500;

export function renderGridTable(
  grid: Grid,
  highlights: ReadonlyMap<string, Severity>,
  selected: string | null,
  caption: string,
  lang: Lang = "vi",
): { table: HTMLTableElement; truncated: { shown: number; total: number } | null } {
  const rows = rowSpan(grid);
  const cols = colSpan(grid);
  // Always start at A1 so addresses read as in Excel.
  const lastRow = Math.max(rows.last, 0);
  const lastCol = Math.min(Math.max(cols.last, 0), PREVIEW_MAX_COLS - 1);
  const shownLast = Math.min(lastRow, PREVIEW_MAX_ROWS - 1);

  const covered = new Set<string>();
  const spanAt = new Map<string, { rows: number; cols: number }>();
  for (const m of grid.merges) {
    spanAt.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }

  const table = el("table", { class: "sheet-table", "data-testid": "preview-table", "data-sheet": grid.name });
  table.append(el("caption", { class: "visually-hidden" }, caption));
  const headRow = el("tr", {}, el("th", { class: "corner", scope: "col" }, el("span", { class: "visually-hidden" }, "#")));
  for (let c = 0; c <= lastCol; c++) headRow.append(el("th", { scope: "col", class: "col-head" }, columnLetters(c)));
  table.append(el("thead", {}, headRow));
  const body = el("tbody");
  for (let r = 0; r <= shownLast; r++) {
    const tr = el("tr", {}, el("th", { scope: "row", class: "row-head" }, String(r + 1)));
    for (let c = 0; c <= lastCol; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const address = toA1(r, c);
      const cell = cellAt(grid, r, c);
      const sev = highlights.get(address);
      const span = spanAt.get(key);
      const classes = [typeof cell.value === "number" ? "num" : "", sev ? `hl hl-${sev}` : "", selected === address ? "selected" : ""].filter((x) => x !== "");
      const td = el(
        "td",
        {
          "data-cell": address,
          class: classes.join(" ") || undefined,
          colspan: span && span.cols > 1 ? span.cols : undefined,
          rowspan: span && span.rows > 1 ? span.rows : undefined,
          "aria-current": selected === address ? "true" : undefined,
          tabindex: selected === address ? -1 : undefined,
          "data-severity": sev,
        },
        shownText(cell, lang),
      );
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return { table, truncated: lastRow > shownLast ? { shown: shownLast + 1, total: lastRow + 1 } : null };
}

/**
 * What a number cell shows, in the pane's language: the files' own display
 * text is written the English way (33.3, 1,950), and the Vietnamese pane says
 * 33,3 and 1.950 everywhere else, so the preview must too.
 */
function shownText(cell: Cell, lang: Lang): string {
  const full = displayText(cell);
  const text = full.length > PREVIEW_MAX_CELL_CHARS ? `${full.slice(0, PREVIEW_MAX_CELL_CHARS)}…` : full;
  if (lang !== "vi" || typeof cell.value !== "number" || !/^[-+]?[\d,]*\.?\d*%?$/.test(text)) return text;
  return text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}
