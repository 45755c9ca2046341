/**
 * Reading a "Danh sách chi bộ" table: a TCCSĐ column beside the chi bộ
 * columns, several TCCSĐ in one table. A blank or merged TCCSĐ cell belongs
 * to the TCCSĐ above, as staff group their lists.
 */
import { toA1 } from "../address";
import { findHeaderRow } from "../allocation/header-match";
import type { Finding } from "../findings";
import { cellAt, displayText, rowSpan, type Grid } from "../grid";
import { cleanText, identityKey } from "../text/normalize";
import { branchColumnSpecs } from "./columns";
import { decodeWholeGrid } from "../text/decode-grid";
import { isTotalRow, readBranchRow } from "./read-rows";
import type { BranchReadContext, BranchReading, BranchReport, BranchRow } from "./types";

const HEADER_SEARCH_ROWS = 30;

/** True when the grid holds a chi bộ list with a TCCSĐ column. */
export function isBranchList(source: Grid): boolean {
  const grid = decodeWholeGrid(source);
  return findHeaderRow(grid, branchColumnSpecs(true), { lastRow: rowSpan(grid).first + HEADER_SEARCH_ROWS }) !== null;
}

/** The chi bộ of a list, one report per TCCSĐ in order of first appearance; null when the grid is no such list. */
export function readBranchList(source: Grid, ctx: BranchReadContext): BranchReading | null {
  const grid = decodeWholeGrid(source);
  const header = findHeaderRow(grid, branchColumnSpecs(true), { lastRow: rowSpan(grid).first + HEADER_SEARCH_ROWS });
  if (!header) return null;
  const orgCol = header.columns.organization;
  if (orgCol === undefined) return null;
  const groups = new Map<string, { organization: string; rows: BranchRow[]; rowsRead: number; cell: string }>();
  const findings: Finding[] = [];
  let current = ctx.organization ?? "";
  const last = rowSpan(grid).last;
  for (let r = header.row + 1; r <= last; r++) {
    // A total row may put its "Tổng cộng" in the TCCSĐ column: it is no TCCSĐ.
    if (isTotalRow(grid, r, header.columns.branch) || isTotalRow(grid, r, orgCol)) continue;
    const written = cleanText(displayText(cellAt(grid, r, orgCol)));
    if (written !== "") current = written;
    const outcome = readBranchRow(grid, r, header.columns, current, ctx.year, ctx.file);
    if (outcome.empty) continue;
    const key = identityKey(current);
    let group = groups.get(key);
    if (!group) {
      group = { organization: current, rows: [], rowsRead: 0, cell: toA1(r, orgCol) };
      groups.set(key, group);
    }
    group.rowsRead++;
    findings.push(...outcome.findings);
    if (outcome.row) group.rows.push(outcome.row);
  }
  const reports: BranchReport[] = [...groups.values()].map((g) => ({
    organization: g.organization,
    rows: g.rows,
    rowsRead: g.rowsRead,
    location: { ...(ctx.file === undefined ? {} : { file: ctx.file }), sheet: grid.name, cell: g.cell },
  }));
  return { reports, findings };
}
