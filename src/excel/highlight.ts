/**
 * Highlighting uses conditional formats the add-in adds, each a custom rule
 * whose formula only PTĐV writes (HIGHLIGHT_FORMULA), so clearing finds exactly
 * those and the user's own fills, fonts and conditional formats are never
 * touched. Nothing is found by stored id: ConditionalFormat.id is the format's
 * priority, i.e. its position, which changes whenever a rule is added or
 * removed (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member).
 */
import type { CellRange } from "../core";
import { parseRange } from "../core";
import type { HighlightRequest } from "../host";
import type { ConditionalFormatCollectionLike, ConditionalFormatLike, ConditionalFormatRuleLike, ExcelContextLike, WorksheetLike } from "./office-types";
import { COMMAND_BYTES } from "./payload-limit";
import { listItem, syncInRounds, type RoundItem } from "./request-rounds";

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

/**
 * The add-in's marker: always TRUE (N of a text is 0), and a formula no person
 * writes by hand, so a custom rule carrying it is ours and no other rule is.
 */
export const HIGHLIGHT_FORMULA = '=N("PTĐV highlight")=0';

function isOurFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.replace(/\s+/g, "").toLowerCase() === HIGHLIGHT_FORMULA.replace(/\s+/g, "").toLowerCase();
}

/** Conditional formats anywhere on the sheet, with their types loaded at the next sync. */
function sheetFormats(sheet: WorksheetLike): ConditionalFormatCollectionLike {
  return sheet.getRange().conditionalFormats.load("items/type");
}

/** After the types are known: loads each custom rule's formula (only custom formats have one) and tells which are ours. */
async function findOurs(context: ExcelContextLike, formats: ConditionalFormatCollectionLike): Promise<ConditionalFormatLike[]> {
  const custom = formats.items.filter((cf) => cf.type === "Custom");
  if (custom.length === 0) return [];
  const rules = new Map<ConditionalFormatLike, ConditionalFormatRuleLike>();
  // One load per custom rule; thousands of them go in as many requests as the 5 MB limit needs.
  await syncInRounds(context, [
    listItem(
      custom,
      () => COMMAND_BYTES,
      (some) => {
        for (const cf of some) rules.set(cf, cf.custom.rule.load("formula"));
      },
    ),
  ]);
  return custom.filter((cf) => isOurFormula(rules.get(cf)?.formula));
}

/** Deleting our formats, as a write item (one small command each); none when there are none. */
function deletions(ours: readonly ConditionalFormatLike[]): RoundItem[] {
  if (ours.length === 0) return [];
  return [
    listItem(
      ours,
      () => COMMAND_BYTES,
      (some) => {
        for (const cf of some) cf.delete();
      },
    ),
  ];
}

/**
 * One conditional format per run costs a handful of commands; a sheet with
 * thousands of flagged runs is sent in as many requests as Excel on the web's
 * 5 MB allows (see request-rounds.ts).
 */
function additions(sheet: WorksheetLike, request: HighlightRequest): RoundItem[] {
  const runs = highlightRuns(request.cells);
  if (runs.length === 0) return [];
  return [
    listItem(
      runs,
      () => 5 * COMMAND_BYTES + HIGHLIGHT_FORMULA.length,
      (some) => {
        for (const { severity, range } of some) {
          const target = sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
          const cf = target.conditionalFormats.add("Custom");
          cf.custom.rule.formula = HIGHLIGHT_FORMULA;
          cf.custom.format.fill.color = HIGHLIGHT_COLORS[severity];
          // First in line so the highlight shows over the user's own conditional formats, which keep their order.
          cf.priority = 0;
        }
      },
    ),
  ];
}

export async function highlightInBatch(context: ExcelContextLike, request: HighlightRequest): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(request.sheet.name);
  const formats = sheetFormats(sheet);
  await context.sync();

  const ours = await findOurs(context, formats);
  // Deleting and adding share one sync unless the 5 MB limit splits them.
  await syncInRounds(context, [...deletions(ours), ...additions(sheet, request)]);
}

export async function clearHighlightInBatch(context: ExcelContextLike, sheetName: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const formats = sheetFormats(sheet);
  await context.sync();

  await syncInRounds(context, deletions(await findOurs(context, formats)));
}
