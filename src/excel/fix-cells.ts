/**
 * The one write into the user's own cells, on their click only: quota numbers
 * stored as text become numbers with a format that shows the same digits
 * ("09" → 9 with format "00"). Each write keeps what it replaced, so undo puts
 * back the exact value (text stays text) and number format. A cell changed
 * since the check (no longer the digits it held) is left alone.
 */
import { parseRange } from "../core";
import type { SheetRef, UserCellWrite, UserCellsResult } from "../host";
import type { ExcelContextLike, RangeLike } from "./office-types";
import { COMMAND_BYTES, jsonBytes } from "./payload-limit";
import { listItem, syncInRounds } from "./request-rounds";

type Run = <T>(batch: (context: ExcelContextLike) => Promise<T>) => Promise<T>;

interface Replaced {
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
  readonly numberFormat: string;
}

export interface CellFixer {
  write(sheet: SheetRef, cells: readonly UserCellWrite[]): Promise<UserCellsResult>;
  undo(token: string): Promise<void>;
}

const DIGITS = /^\s*\d{1,7}\s*$/;

export function createCellFixer(run: Run): CellFixer {
  const undoable = new Map<string, { sheet: string; replaced: Replaced[] }>();
  let counter = 0;
  return {
    write: (sheet, cells) =>
      run(async (context) => {
        const wanted = cells.flatMap((cell) => {
          const at = parseRange(cell.address);
          return at ? [{ cell, at }] : [];
        });
        const loaded = new Map<UserCellWrite, RangeLike>();
        // What the cells hold now; a long list goes in as many requests as the 5 MB limit needs.
        await syncInRounds(context, [
          listItem(
            wanted,
            () => 3 * COMMAND_BYTES,
            (some) => {
              const ws = context.workbook.worksheets.getItem(sheet.name);
              for (const { cell, at } of some) {
                const current = ws.getRangeByIndexes(at.top, at.left, 1, 1);
                current.load("values,numberFormat");
                loaded.set(cell, current);
              }
            },
          ),
        ]);
        const replaced: Replaced[] = [];
        const writes: Array<{ readonly range: RangeLike; readonly cell: UserCellWrite }> = [];
        for (const { cell, at } of wanted) {
          const range = loaded.get(cell);
          if (!range) continue;
          const value: unknown = range.values[0]?.[0];
          if (typeof value !== "string" || !DIGITS.test(value) || Number(value) !== cell.value) continue;
          replaced.push({ row: at.top, col: at.left, value, numberFormat: String(range.numberFormat[0]?.[0] ?? "General") });
          writes.push({ range, cell });
        }
        // Usually one sync; a very long list of cells goes in as many as Excel on the web's 5 MB allows.
        await syncInRounds(context, [
          listItem(
            writes,
            ({ cell }) => 2 * COMMAND_BYTES + jsonBytes(cell.numberFormat),
            (some) => {
              for (const { range, cell } of some) {
                // The format first, so the number shows its zeros the moment it lands.
                range.numberFormat = [[cell.numberFormat]];
                range.values = [[cell.value]];
              }
            },
          ),
        ]);
        const token = `fix-${++counter}`;
        undoable.set(token, { sheet: sheet.name, replaced });
        return { undoToken: token, written: replaced.length };
      }),
    undo: async (token) => {
      const entry = undoable.get(token);
      if (!entry) return;
      await run(async (context) => {
        const restore = listItem(
          entry.replaced,
          (r) => 3 * COMMAND_BYTES + jsonBytes(r.value) + jsonBytes(r.numberFormat),
          (some) => {
            // Looked up again for each request: a refused request is discarded with the proxies it made.
            const ws = context.workbook.worksheets.getItem(entry.sheet);
            for (const r of some) {
              const range = ws.getRangeByIndexes(r.row, r.col, 1, 1);
              // Text ("09") goes back as text: written under the text format, then the old format is restored.
              range.numberFormat = [["@"]];
              range.values = [[r.value as string]];
              range.numberFormat = [[r.numberFormat]];
            }
          },
        );
        await syncInRounds(context, [restore]);
      });
      undoable.delete(token);
    },
  };
}
