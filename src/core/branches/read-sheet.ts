/**
 * Reading a filled "Chi bộ" sheet. PTDV_BRANCHES leads while it still sits
 * under the header (Excel moves it with inserted rows); otherwise the header
 * labels do, so a sheet saved by another program still reads.
 */
import { findHeaderRow, mapHeaderRow, matchHeader } from "../allocation/header-match";
import { cellAt, colSpan, displayText, isBlank, rowSpan, type CellRange, type Grid } from "../grid";
import type { Finding } from "../findings";
import { cleanText } from "../text/normalize";
import { branchColumnSpecs } from "./columns";
import { decodeWholeGrid } from "../text/decode-grid";
import { isTotalRow, readBranchRow, type BranchColumns } from "./read-rows";
import { BRANCH_LABELS, BRANCH_NAMES } from "./template-layout";
import type { BranchReadContext, BranchReading, BranchRow } from "./types";

const HEADER_SEARCH_ROWS = 30;

interface SheetLayout {
  readonly columns: BranchColumns;
  readonly firstRow: number;
  /** Last row to read, inclusive. */
  readonly lastRow: number;
  readonly orgCell: { readonly row: number; readonly col: number } | null;
}

function fromDefinedName(grid: Grid): SheetLayout | null {
  const box: CellRange | undefined = grid.definedNames?.[BRANCH_NAMES.inputs];
  if (!box || box.right - box.left + 1 !== 7 || box.top < 1) return null;
  // The name is trusted only while the template's header still sits right above the box.
  if (!matchHeader(displayText(cellAt(grid, box.top - 1, box.left)), [BRANCH_LABELS.name])) return null;
  if (!matchHeader(displayText(cellAt(grid, box.top - 1, box.left + 2)), [BRANCH_LABELS.members])) return null;
  const org = grid.definedNames?.[BRANCH_NAMES.orgName];
  const c = box.left;
  return {
    columns: { branch: c, kind: c + 1, members: c + 2, admitted: c + 3, lastYear: c + 4, sources: c + 5, note: c + 6 },
    firstRow: box.top,
    lastRow: box.bottom,
    orgCell: org ? { row: org.top, col: org.left } : null,
  };
}

/** The first non-blank cell right of a cell whose text matches the label, above the header. */
function labelledCell(grid: Grid, lastRow: number, labels: readonly (string | RegExp)[]): { row: number; col: number } | null {
  const cols = colSpan(grid);
  for (let r = rowSpan(grid).first; r <= lastRow; r++) {
    for (let c = cols.first; c <= cols.last; c++) {
      if (!matchHeader(displayText(cellAt(grid, r, c)), labels)) continue;
      for (let v = c + 1; v <= cols.last; v++) if (!isBlank(cellAt(grid, r, v))) return { row: r, col: v };
    }
  }
  return null;
}

const ORG_LABELS: readonly (string | RegExp)[] = [BRANCH_LABELS.orgName, /^(ten )?(to chuc co so dang|tccsd|dang bo)$/];

function fromHeaders(grid: Grid): SheetLayout | null {
  const first = rowSpan(grid).first;
  const header = findHeaderRow(grid, branchColumnSpecs(false), { lastRow: first + HEADER_SEARCH_ROWS });
  if (!header) return null;
  // A table with a TCCSĐ column is a "Danh sách chi bộ" of several TCCSĐ (read-list.ts), not one TCCSĐ's sheet.
  if (mapHeaderRow(grid, header.row, branchColumnSpecs(true)).organization !== undefined) return null;
  return { columns: header.columns, firstRow: header.row + 1, lastRow: rowSpan(grid).last, orgCell: labelledCell(grid, header.row - 1, ORG_LABELS) };
}

/** Where the rows are, or null when the sheet is no chi bộ sheet. */
function findLayout(grid: Grid): SheetLayout | null {
  return fromDefinedName(grid) ?? fromHeaders(grid);
}

/** True for a template's "Chi bộ" sheet, by its name or its header. */
export function isBranchSheet(grid: Grid): boolean {
  return findLayout(decodeWholeGrid(grid)) !== null;
}

/**
 * The chi bộ of one TCCSĐ's "Chi bộ" sheet; null when the sheet is not one.
 * The TCCSĐ is the name on the sheet, else `ctx.organization`. Legacy-encoded text is decoded first.
 */
export function readBranchSheet(source: Grid, ctx: BranchReadContext): BranchReading | null {
  const grid = decodeWholeGrid(source);
  const layout = findLayout(grid);
  if (!layout) return null;
  const written = layout.orgCell ? cleanText(displayText(cellAt(grid, layout.orgCell.row, layout.orgCell.col))) : "";
  const organization = written || (ctx.organization ?? "");
  const rows: BranchRow[] = [];
  const findings: Finding[] = [];
  let rowsRead = 0;
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    const outcome = readBranchRow(grid, r, layout.columns, organization, ctx.year, ctx.file);
    if (outcome.empty) continue;
    if (isTotalRow(grid, r, layout.columns.branch)) continue;
    rowsRead++;
    findings.push(...outcome.findings);
    if (outcome.row) rows.push(outcome.row);
  }
  const location = { ...(ctx.file === undefined ? {} : { file: ctx.file }), sheet: grid.name };
  return { reports: [{ organization, rows, rowsRead, location }], findings };
}
