/**
 * The one fix the pane writes into the user's own cells, and only on their
 * click: quota numbers stored as text ("09") become numbers with a format that
 * shows the same ("00"), so Excel's SUM counts them. Cells such as
 * `03 (01 HS)` are text by nature and are never touched. Every write can be
 * undone exactly (the host keeps the previous values and formats).
 */
import { cellAt, displayText } from "../../core";
import type { UserCellWrite } from "../../host";
import type { PaneSession } from "../context";
import { checkAllocationGrid } from "./allocation";

/** `C12` → zero-based row and column; undefined for anything else. */
function parseCell(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim().toUpperCase());
  if (!m?.[1] || !m[2]) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The cells the fix would write: each QUOTA_STORED_AS_TEXT cell whose text is digits only. */
export function textNumberFixes(session: PaneSession): UserCellWrite[] {
  const { allocation, allocationGrid } = session.state;
  if (!allocation || !allocationGrid) return [];
  const out: UserCellWrite[] = [];
  for (const f of allocation.findings) {
    if (f.code !== "QUOTA_STORED_AS_TEXT" || f.cell === undefined) continue;
    const at = parseCell(f.cell);
    if (!at) continue;
    const cell = cellAt(allocationGrid, at.row, at.col);
    if (typeof cell.value !== "string") continue;
    const digits = displayText(cell).trim();
    if (!/^\d{1,7}$/.test(digits)) continue;
    // As many zeros as digits: "09" keeps showing 09, "9" keeps showing 9.
    out.push({ address: f.cell, value: Number(digits), numberFormat: "0".repeat(digits.length) });
  }
  return out;
}

/** Whether the host can write the fix and there is something to fix. */
export function canFixTextNumbers(session: PaneSession): boolean {
  return session.host.writeUserCells !== undefined && textNumberFixes(session).length > 0;
}

export type FixOutcome =
  | { readonly kind: "nothing" }
  | { readonly kind: "done"; readonly count: number; readonly downloaded?: string };

/**
 * Writes the fix on the checked sheet, then checks the sheet again: with the
 * grid the host read in the write's own round trip where it gives one (Excel),
 * else with a read of its own.
 */
export async function fixTextNumbers(session: PaneSession): Promise<FixOutcome> {
  const { host, state } = session;
  const ref = state.allocationRef;
  const cells = textNumberFixes(session);
  if (!ref || cells.length === 0 || !host.writeUserCells) return { kind: "nothing" };
  const result = await host.writeUserCells(ref, cells);
  state.lastFix = { sheet: ref, token: result.undoToken, count: result.written, ...(result.downloaded === undefined ? {} : { downloaded: result.downloaded }) };
  const grid = result.grid ?? (await host.readSheets([ref]))[0];
  checkAllocationGrid(session, ref, grid);
  return result.downloaded === undefined ? { kind: "done", count: result.written } : { kind: "done", count: result.written, downloaded: result.downloaded };
}

export interface UndoOutcome {
  /** Cells put back as they were before the fix. */
  readonly restored: number;
  /** Cells the user changed after the fix, left as they are (A1 addresses). */
  readonly kept: readonly string[];
}

/**
 * Restores the cells the last fix wrote that still hold what it wrote, then
 * checks the sheet again; null when there is nothing to undo.
 */
export async function undoLastFix(session: PaneSession): Promise<UndoOutcome | null> {
  const { host, state } = session;
  const fix = state.lastFix;
  if (!fix || !host.undoUserCells) return null;
  const result = await host.undoUserCells(fix.token);
  state.lastFix = null;
  const grid = result.grid ?? (await host.readSheets([fix.sheet]))[0];
  checkAllocationGrid(session, fix.sheet, grid);
  return { restored: Math.max(0, fix.count - result.kept.length), kept: result.kept };
}
