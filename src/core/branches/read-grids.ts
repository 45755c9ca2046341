/**
 * The chi bộ in a workbook, whatever form they take: a template's "Chi bộ"
 * sheet or a "Danh sách chi bộ" table. Consolidation hands over every sheet of
 * every input and learns which ones were chi bộ, so it does not report them
 * as unrecognised.
 */
import type { Finding } from "../findings";
import type { Grid } from "../grid";
import { readBranchList } from "./read-list";
import { readBranchSheet } from "./read-sheet";
import type { BranchReadContext, BranchReading, BranchReport } from "./types";

export interface BranchGridsReading extends BranchReading {
  /** Names of the sheets read as chi bộ. */
  readonly sheets: readonly string[];
}

export function readBranchGrids(grids: readonly Grid[], ctx: BranchReadContext): BranchGridsReading {
  const reports: BranchReport[] = [];
  const findings: Finding[] = [];
  const sheets: string[] = [];
  for (const grid of grids) {
    // A table with a TCCSĐ column is a list of several TCCSĐ; the sheet reader refuses those anyway.
    const r = readBranchList(grid, ctx) ?? readBranchSheet(grid, ctx);
    if (!r) continue;
    sheets.push(grid.name);
    reports.push(...r.reports);
    findings.push(...r.findings);
  }
  return { reports, findings, sheets };
}
