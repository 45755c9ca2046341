/**
 * The two points where issues #12–#14 join the pane's consolidation
 * (use-cases/consolidate.ts): the options it passes the engine (chi bộ
 * thresholds, Biểu 2's period, last year's registers) and what it adds to the
 * progress workbook (goal lines, the Chi bộ sheet, Biểu 2, the person list
 * only when asked). Also which input sheets are worth offering as sources.
 */
import {
  consolidationExtras,
  halfYearPeriod,
  isBranchList,
  isBranchSheet,
  isRegisterSheet,
  periodThrough,
  quarterPeriod,
  type ConsolidateOptions,
  type ConsolidationResult,
  type Grid,
  type ProgressExtras,
  type RegisterPeriod,
  type ReportSettings,
  type SubmissionSource,
} from "../../core";
import type { PaneSession } from "../context";
import { extrasOf, loadThresholds, type Bieu2PeriodChoice } from "./pane-extras";
import { readSheetsByRef } from "./read-by-ref";

type ExtraOptions = Pick<ConsolidateOptions, "branchThresholds" | "registerPeriod" | "previousSources">;

function registerPeriodOf(choice: Bieu2PeriodChoice, year: number, month: number): RegisterPeriod {
  switch (choice.kind) {
    case "consolidated":
      return periodThrough(year, month);
    case "quarter":
      return quarterPeriod(year, choice.quarter);
    case "half":
      return halfYearPeriod(year, choice.half);
    case "year":
      return periodThrough(year, 12);
  }
}

/** A chi bộ sheet or list, or a register: inputs of a consolidation that are not monthly reports. */
export function isExtraInputSheet(grid: Grid): boolean {
  return isBranchSheet(grid) || isBranchList(grid) || isRegisterSheet(grid);
}

/** What the engine needs beyond the monthly reports, from the settings and the choices in Tổng hợp. */
export async function extraConsolidateOptions(session: PaneSession, year: number, month: number): Promise<ExtraOptions> {
  const x = extrasOf(session);
  const thresholds = await loadThresholds(session);
  const previous: SubmissionSource[] = [];
  for (const f of x.previousFiles) if (f.result.ok) previous.push({ file: f.name, grids: f.result.grids });
  const sheet = x.previousSheet;
  if (sheet) {
    const grid = (await readSheetsByRef(session.host, [sheet])).get(sheet);
    if (grid) previous.push(sheet.file === undefined ? { grids: [grid] } : { file: sheet.file, grids: [grid] });
  }
  return {
    branchThresholds: thresholds,
    registerPeriod: registerPeriodOf(x.bieu2Period, year, month),
    ...(previous.length > 0 ? { previousSources: previous } : {}),
  };
}

/** Keeps the result for the views (goal lines, probation, the Word report) and returns the workbook's additions. */
export function afterConsolidation(session: PaneSession, result: ConsolidationResult, settings: ReportSettings): ProgressExtras {
  const x = extrasOf(session);
  x.result = result;
  x.reportSettings = settings;
  x.probation = null;
  return consolidationExtras(result, settings, { withPersonList: x.withRegister });
}
