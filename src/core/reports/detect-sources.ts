/** Which sheets are monthly reports, and reading them whatever their form. */
import { findAllocationTable } from "../allocation/table";
import type { Grid } from "../grid";
import { foldKey } from "../text/normalize";
import { decodeWholeGrid } from "../text/decode-grid";
import { findLogHeader, readLogTable, type ReadContext } from "./read-log-table";
import { findTemplateLayout, readTemplate } from "./read-template";
import type { ReadReportSheet } from "./submission";


/** A report template (by its defined names or its headers) or a report log table. */
export function isReportSheet(grid: Grid): boolean {
  const decoded = decodeWholeGrid(grid);
  return findTemplateLayout(decoded) !== null || findLogHeader(decoded) !== null;
}

/** Templates first: their header row has no organisation column, so a log reading would miss them anyway. */
export function readReportSheet(grid: Grid, ctx: ReadContext): ReadReportSheet | null {
  const decoded = decodeWholeGrid(grid);
  return readTemplate(decoded, ctx) ?? readLogTable(decoded, ctx);
}

/** Sheets PTĐV writes itself (progress, monthly, findings, aliases): never a report, never a problem. */
function isOwnOutputSheet(grid: Grid): boolean {
  return /^(tong hop t\d{2}-\d{4}|theo thang \d{4}|kiem tra t\d{2}-\d{4}|bi danh)$/.test(foldKey(grid.name));
}

/**
 * A workbook that only holds PTĐV's own outputs or the allocation table lies
 * naturally in a folder of reports; skipping it silently is not a guess about figures.
 */
export function isKnownNonReport(grid: Grid): boolean {
  return isOwnOutputSheet(grid) || findAllocationTable(decodeWholeGrid(grid)) !== null;
}
