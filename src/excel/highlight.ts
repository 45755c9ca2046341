/**
 * Highlighting uses conditional formats the add-in adds and records by id, so
 * clearing deletes exactly those and the user's own fills, fonts and
 * conditional formats are never touched.
 */
import type { CellRange } from "../core";
import { parseRange } from "../core";
import type { HighlightRequest } from "../host";
import { queueRegistryLoad, queueRegistrySave, registryFrom, type AddinRegistry } from "./registry";

export const HIGHLIGHT_COLORS = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;

type Severity = keyof typeof HIGHLIGHT_COLORS;

/** Cells grouped by severity, adjacent cells of a row joined, so a column of problems costs one format per run. */
export function highlightRuns(cells: HighlightRequest["cells"]): Array<{ severity: Severity; range: CellRange }> {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  // A cell flagged twice gets the colour of its worst finding.
  const worst = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const c of cells) {
    const r = parseRange(c.address);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const key = `${row},${col}`;
        const prev = worst.get(key);
        if (!prev || rank[c.severity] < rank[prev.severity]) worst.set(key, { row, col, severity: c.severity });
      }
    }
  }
  const sorted = Array.from(worst.values()).sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Array<{ severity: Severity; range: CellRange }> = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    if (last && last.severity === cell.severity && last.range.top === cell.row && last.range.right === cell.col - 1) {
      out[out.length - 1] = { severity: last.severity, range: { ...last.range, right: cell.col } };
    } else out.push({ severity: cell.severity, range: { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col } });
  }
  return out;
}

function withHighlights(registry: AddinRegistry, sheetId: string, ids: readonly string[]): AddinRegistry {
  const highlights: Record<string, readonly string[]> = { ...registry.highlights };
  if (ids.length === 0) delete highlights[sheetId];
  else highlights[sheetId] = ids;
  return { ...registry, highlights };
}

/** Deletes our recorded formats that still exist on the sheet (the user may have removed some). */
function queueDeleteOurs(formats: Excel.ConditionalFormatCollection, recorded: readonly string[]): void {
  const ours = new Set(recorded);
  for (const cf of formats.items) if (ours.has(cf.id)) cf.delete();
}

/** Conditional formats anywhere on the sheet, with their ids loaded at the next sync. */
function sheetFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats.load("items/id");
}

export async function highlightInBatch(context: Excel.RequestContext, request: HighlightRequest): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(request.sheet.name);
  sheet.load("id");
  const formats = sheetFormats(sheet);
  const registryItem = queueRegistryLoad(context);
  await context.sync();

  const registry = registryFrom(registryItem);
  queueDeleteOurs(formats, registry.highlights[sheet.id] ?? []);
  const added = highlightRuns(request.cells).map(({ severity, range }) => {
    const target = sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
    const cf = target.conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=TRUE";
    cf.custom.format.fill.color = HIGHLIGHT_COLORS[severity];
    // First in line so the highlight shows over the user's own conditional formats, which keep their order.
    cf.priority = 0;
    cf.load("id");
    return cf;
  });
  await context.sync();

  queueRegistrySave(context, withHighlights(registry, sheet.id, added.map((cf) => cf.id)));
  await context.sync();
}

export async function clearHighlightInBatch(context: Excel.RequestContext, sheetName: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("id");
  const formats = sheetFormats(sheet);
  const registryItem = queueRegistryLoad(context);
  await context.sync();

  const registry = registryFrom(registryItem);
  const recorded = registry.highlights[sheet.id];
  if (!recorded) return;
  queueDeleteOurs(formats, recorded);
  queueRegistrySave(context, withHighlights(registry, sheet.id, []));
  await context.sync();
}
