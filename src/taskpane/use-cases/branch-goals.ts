/**
 * The chi bộ goals of the last consolidation (issue #12) as the pane shows
 * them: the two goal lines, the chi bộ under the minimum, those with no
 * admission for N years ("còn nguồn" first, as the engine sorts them) and the
 * TCCSĐ that sent no chi bộ sheet; and going to a row's source cell.
 */
import { branchSummaryLines, hasBranchData, type BranchResult, type FindingLocation, type Lang } from "../../core";
import type { SheetRef } from "../../host";
import type { PaneSession } from "../context";
import { extrasOf } from "./pane-extras";

export interface BranchGoals {
  readonly result: BranchResult;
  readonly lines: readonly string[];
}

/** Null when no chi bộ data took part in the last consolidation (nothing to show). */
export function branchGoals(session: PaneSession, lang: Lang): BranchGoals | null {
  const r = extrasOf(session).result;
  if (!r || !hasBranchData(r)) return null;
  return { result: r.branches, lines: branchSummaryLines(r.branches, lang) };
}

export type GoToSourceOutcome =
  | { readonly kind: "selected"; readonly sheet: SheetRef; readonly cell: string }
  | { readonly kind: "noCell" }
  /** The row came from a file added in Tổng hợp: the host cannot select a cell in a file it has not opened. */
  | { readonly kind: "otherFile"; readonly file: string };

/**
 * Selects a row's source cell: Excel selects it in the workbook; the browser
 * edition previews that file's sheet with the cell selected. A file added
 * from disk in Tổng hợp is outside what the host shows: the user is told which file.
 */
export async function goToBranchSource(session: PaneSession, location: FindingLocation): Promise<GoToSourceOutcome> {
  if (location.sheet === undefined || location.cell === undefined) return { kind: "noCell" };
  const { host, state } = session;
  if (location.file !== undefined) {
    // Excel's own sheets carry no file, and the browser host knows only the files opened beside the pane:
    // a file added in Tổng hợp from disk cannot be shown.
    const known = state.sheets.some((s) => s.file === location.file && s.name === location.sheet);
    if (!known) return { kind: "otherFile", file: location.file };
  }
  const sheet: SheetRef = location.file === undefined ? { name: location.sheet } : { name: location.sheet, file: location.file };
  await host.selectCell(sheet, location.cell);
  return { kind: "selected", sheet, cell: location.cell };
}
