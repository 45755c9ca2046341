/**
 * The one write into the user's own cells, on their click only: quota numbers
 * stored as text become numbers with a format that shows the same digits
 * ("09" → 9 with format "00"). Each write keeps what it replaced, so undo puts
 * back the exact value (text stays text) and number format. A cell changed
 * since the check (no longer the digits it held) is left alone, and so is one
 * changed since the fix (no longer the number and format it wrote): undo never
 * overwrites what the user typed after the fix. Each write and each undo reads
 * the sheet again in its own Excel.run, so the pane re-checks it at no extra
 * round trip.
 */
import type { Grid } from "../core";
import { parseRange, toA1 } from "../core";
import type { SheetRef, UndoUserCellsResult, UserCellWrite, UserCellsResult } from "../host";
import type { ExcelContextLike, RangeLike } from "./office-types";
import { COMMAND_BYTES, jsonBytes } from "./payload-limit";
import { listItem, syncInRounds } from "./request-rounds";

type Run = <T>(batch: (context: ExcelContextLike) => Promise<T>) => Promise<T>;
/** Reads the sheet again inside the caller's batch; undefined when it cannot (the pane then reads it itself). */
export type Reread = (context: ExcelContextLike, sheet: SheetRef) => Promise<Grid | undefined>;

interface Replaced {
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
  readonly numberFormat: string;
  /** What the fix wrote there, so undo can tell whether the user changed the cell since. */
  readonly wrote: { readonly value: number; readonly numberFormat: string };
}

export interface CellFixer {
  write(sheet: SheetRef, cells: readonly UserCellWrite[]): Promise<UserCellsResult>;
  undo(token: string): Promise<UndoUserCellsResult>;
}

const DIGITS = /^\s*\d{1,7}\s*$/;

/** Loads what each cell holds now; a long list goes in as many requests as the 5 MB limit needs. */
async function loadCurrent<T>(context: ExcelContextLike, sheetName: string, wanted: readonly T[], at: (w: T) => { readonly row: number; readonly col: number }): Promise<Map<T, RangeLike>> {
  const loaded = new Map<T, RangeLike>();
  const reads = listItem(
    wanted,
    () => 3 * COMMAND_BYTES,
    (some) => {
      // Looked up again for each request: a refused request is discarded with the proxies it made.
      const ws = context.workbook.worksheets.getItem(sheetName);
      for (const w of some) {
        const p = at(w);
        const current = ws.getRangeByIndexes(p.row, p.col, 1, 1);
        current.load("values,numberFormat");
        loaded.set(w, current);
      }
    },
  );
  if (wanted.length > 0) await syncInRounds(context, [reads]);
  return loaded;
}

/** Whether the cell still holds exactly the number and format the fix wrote. */
function stillAsFixed(range: RangeLike | undefined, r: Replaced): boolean {
  return range !== undefined && range.values[0]?.[0] === r.wrote.value && range.numberFormat[0]?.[0] === r.wrote.numberFormat;
}

/** Numbers over the digits they replace, each under its format; usually one sync. */
async function writeNumbers(context: ExcelContextLike, writes: ReadonlyArray<{ readonly range: RangeLike; readonly cell: UserCellWrite }>): Promise<void> {
  const item = listItem(
    writes,
    ({ cell }) => 2 * COMMAND_BYTES + jsonBytes(cell.numberFormat),
    (some) => {
      for (const { range, cell } of some) {
        // The format first, so the number shows its zeros the moment it lands.
        range.numberFormat = [[cell.numberFormat]];
        range.values = [[cell.value]];
      }
    },
  );
  if (writes.length > 0) await syncInRounds(context, [item]);
}

/** Puts back exactly what was replaced, value and format. */
async function restore(context: ExcelContextLike, sheetName: string, replaced: readonly Replaced[]): Promise<void> {
  const item = listItem(
    replaced,
    (r) => 3 * COMMAND_BYTES + jsonBytes(r.value) + jsonBytes(r.numberFormat),
    (some) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      for (const r of some) {
        const range = ws.getRangeByIndexes(r.row, r.col, 1, 1);
        // Text ("09") goes back as text: written under the text format, then the old format is restored.
        range.numberFormat = [["@"]];
        range.values = [[r.value as string]];
        range.numberFormat = [[r.numberFormat]];
      }
    },
  );
  if (replaced.length > 0) await syncInRounds(context, [item]);
}

export function createCellFixer(run: Run, reread: Reread): CellFixer {
  const undoable = new Map<string, { sheet: SheetRef; replaced: Replaced[] }>();
  let counter = 0;
  return {
    write: (sheet, cells) =>
      run(async (context) => {
        const wanted = cells.flatMap((cell) => {
          const at = parseRange(cell.address);
          return at ? [{ cell, at }] : [];
        });
        const loaded = await loadCurrent(context, sheet.name, wanted, (w) => ({ row: w.at.top, col: w.at.left }));
        const replaced: Replaced[] = [];
        const writes: Array<{ readonly range: RangeLike; readonly cell: UserCellWrite }> = [];
        for (const w of wanted) {
          const range = loaded.get(w);
          if (!range) continue;
          const value: unknown = range.values[0]?.[0];
          if (typeof value !== "string" || !DIGITS.test(value) || Number(value) !== w.cell.value) continue;
          replaced.push({
            row: w.at.top,
            col: w.at.left,
            value,
            numberFormat: String(range.numberFormat[0]?.[0] ?? "General"),
            wrote: { value: w.cell.value, numberFormat: w.cell.numberFormat },
          });
          writes.push({ range, cell: w.cell });
        }
        await writeNumbers(context, writes);
        const token = `fix-${++counter}`;
        undoable.set(token, { sheet, replaced });
        const grid = await reread(context, sheet);
        return grid === undefined ? { undoToken: token, written: replaced.length } : { undoToken: token, written: replaced.length, grid };
      }),
    undo: async (token) => {
      const entry = undoable.get(token);
      if (!entry) return { kept: [] };
      const result = await run(async (context): Promise<UndoUserCellsResult> => {
        // Read, compare, then write: one sync to learn what the cells hold, one to restore (more only past the 5 MB limit).
        const current = await loadCurrent(context, entry.sheet.name, entry.replaced, (r) => r);
        const unchanged: Replaced[] = [];
        const kept: string[] = [];
        for (const r of entry.replaced) {
          if (stillAsFixed(current.get(r), r)) unchanged.push(r);
          else kept.push(toA1(r.row, r.col));
        }
        await restore(context, entry.sheet.name, unchanged);
        const grid = await reread(context, entry.sheet);
        return grid === undefined ? { kept } : { kept, grid };
      });
      undoable.delete(token);
      return result;
    },
  };
}
