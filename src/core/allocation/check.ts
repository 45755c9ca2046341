/**
 * The allocation check: find the table, read it, apply every rule, total it.
 * Pure and total: any grid in, a result out; user mistakes become findings.
 */
import { parseA1 } from "../address";
import { InvalidArgumentError } from "../errors";
import type { Finding } from "../findings";
import { cellNames, fileCellNames } from "../cell-naming";
import { colSpan, type Grid } from "../grid";
import { decodeGridColumns } from "../text/decode-grid";
import { foldKey } from "../text/normalize";
import { createSink, type FindingSink } from "./context";
import { checkDuplicates } from "./duplicates";
import { checkLookalikeNames } from "./lookalike-names";
import { readAllocationRows } from "./rows";
import { checkSttSequence } from "./stt-sequence";
import { readPlanFacts, type PlanFacts } from "./plan-target";
import { findAllocationTable, type AllocationTable } from "./table";
import { checkTarget, checkTotalRow, computeTotals } from "./totals";
import type { AllocationCheckOptions, AllocationCheckResult, AllocationTotals } from "./types";

const NO_TOTALS: AllocationTotals = { quota: 0, quotaMax: 0, studentQuota: 0, subQuotas: {}, organizations: 0, difference: null, meetsTarget: null };

interface Located {
  readonly grid: Grid;
  readonly table: AllocationTable;
  readonly decoded: ReturnType<typeof decodeGridColumns>;
}

function allColumns(grid: Grid): number[] {
  const span = colSpan(grid);
  const cols: number[] = [];
  for (let c = span.first; c <= span.last; c++) cols.push(c);
  return cols;
}

/** Legacy-encoded text is decoded first: headers typed in .VnTime are unrecognisable until then. */
function locate(grid: Grid): Located | null {
  const decoded = decodeGridColumns(grid, allColumns(grid));
  const table = findAllocationTable(decoded.grid);
  return table ? { grid: decoded.grid, table, decoded } : null;
}

function validTarget(target: number | null | undefined): number | null {
  if (target === undefined || target === null) return null;
  if (!Number.isFinite(target) || target < 0) throw new InvalidArgumentError(`target must be a number ≥ 0, got ${target}`);
  return target;
}

function findSheet(grids: readonly Grid[], name: string): Grid | undefined {
  return grids.find((g) => g.name === name) ?? grids.find((g) => foldKey(g.name) === foldKey(name));
}

function emptyResult(target: number | null, sheet: string | null, findings: readonly Finding[]): AllocationCheckResult {
  const totals = target === null ? NO_TOTALS : { ...NO_TOTALS, difference: -target, meetsTarget: target === 0 };
  return { sheet, tableFound: false, target, targetSource: target === null ? null : "option", targetCell: null, targetText: null, year: null, organizations: [], totals, findings };
}

interface ResolvedTarget {
  readonly target: number | null;
  readonly targetSource: "option" | "sheet" | null;
  readonly targetCell: string | null;
  readonly targetText: string | null;
}

/** The caller's target wins; without one, what the sheet states (unless the caller said not to look). */
function resolveTarget(given: number | null, facts: PlanFacts, fromSheet: boolean): ResolvedTarget {
  if (given !== null) return { target: given, targetSource: "option", targetCell: null, targetText: null };
  const stated = fromSheet ? facts.target : null;
  return stated === null
    ? { target: null, targetSource: null, targetCell: null, targetText: null }
    : { target: stated.value, targetSource: "sheet", targetCell: stated.cell, targetText: stated.text };
}

function reportLegacyEncoding(located: Located, sink: FindingSink): void {
  const { encoding, decodedCells } = located.decoded;
  if (encoding === null || decodedCells.length === 0) return;
  const { nameCol, firstDataRow } = located.table;
  // Point at an organisation's name: that is where the user sees the garbled text that matters.
  const isName = (a: string): boolean => {
    const at = parseA1(a);
    return at !== undefined && at.col === nameCol && at.row >= firstDataRow;
  };
  const cell = decodedCells.find(isName) ?? decodedCells.find((a: string) => parseA1(a)?.col === nameCol) ?? (decodedCells[0] as string); // non-empty: see above
  sink.add("LEGACY_ENCODING", { encoding, count: decodedCells.length, cell });
}

/**
 * parseA1(cell)?.row ?? -1, reading the plain `C18` that every finding's cell is without the
 * regular expression, trimming and upper-casing of parseA1 (issue #16: 8,000 findings of a
 * 10,000-row table are ranked); anything else (`$C$18`, lower case, spaces) goes to parseA1.
 */
export function rowOfCell(cell: string): number {
  let i = 0;
  let col = 0;
  // Stryker disable next-line EqualityOperator: fewer letters only send the cell to parseA1, which answers the same; a 4th letter is past column XFD either way
  for (; i < cell.length && i < 3; i++) {
    const c = cell.charCodeAt(i);
    // Stryker disable next-line EqualityOperator: a stricter test only sends more cells to parseA1, which answers the same (the looser ones are tested)
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 64);
  }
  const digitsFrom = i;
  let row = 0;
  for (; i < cell.length && i - digitsFrom < 7; i++) {
    const d = cell.charCodeAt(i) - 0x30;
    // Stryker disable next-line EqualityOperator: a stricter test only sends more cells to parseA1, which answers the same (the looser ones are tested)
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  const plain = digitsFrom > 0 && i > digitsFrom && i === cell.length;
  if (!plain) return parseA1(cell)?.row ?? -1;
  return col > 16384 || row < 1 || row > 1048576 ? -1 : row - 1;
}

/** Reading order: the encoding note first, then by row, the target last. */
function orderFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding): number => {
    if (f.code === "LEGACY_ENCODING") return -1;
    if (f.code === "TOTAL_BELOW_TARGET") return Number.MAX_SAFE_INTEGER;
    return f.cell === undefined ? -1 : rowOfCell(f.cell);
  };
  const ranks = findings.map(rank);
  // Rules add their findings row by row, so the order is nearly always right already: the stable
  // sort would then give the same order, and 8,000 findings of a 10,000-row table skip it (issue #16).
  let sorted = true;
  for (let k = 1; k < ranks.length && sorted; k++) sorted = (ranks[k - 1] as number) <= (ranks[k] as number);
  if (sorted) return findings.slice();
  const ranked = findings.map((f, i) => ({ f, i, r: ranks[i] as number }));
  return ranked.sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
}

/**
 * Checks the allocation table of a workbook. The target is `options.target`
 * when given, else the one the sheet states (readPlanFacts); the result says
 * which (`targetSource`, `targetCell`) so every host can tell the user.
 */
export function checkAllocation(grids: readonly Grid[], options: AllocationCheckOptions = {}): AllocationCheckResult {
  const target = validTarget(options.target);
  const file = options.file;

  let located: Located | null = null;
  // Before a table is found, a Word document's findings still speak of its tables, not of sheets.
  const names = fileCellNames(grids);
  if (options.sheet !== undefined) {
    const grid = findSheet(grids, options.sheet);
    if (!grid) {
      const sink = createSink({ file, names });
      sink.add("SHEET_NOT_FOUND", { sheet: options.sheet, available: grids.map((g) => `"${g.name}"`).join(", ") });
      return emptyResult(target, null, sink.findings);
    }
    located = locate(grid);
    if (!located) {
      const sink = createSink({ file, sheet: grid.name, names });
      sink.add("TABLE_NOT_FOUND", { sheets: `"${grid.name}"`, count: 1 });
      return emptyResult(target, grid.name, sink.findings);
    }
  } else {
    // Visible sheets first: a hidden sheet with an old copy of the table should not win.
    const ordered = [...grids.filter((g) => !g.hidden), ...grids.filter((g) => g.hidden)];
    for (const grid of ordered) {
      located = locate(grid);
      if (located) break;
    }
    if (!located) {
      const only = grids.length === 1 ? grids[0] : undefined;
      const sink = createSink({ file, sheet: only?.name, names });
      sink.add("TABLE_NOT_FOUND", { sheets: grids.map((g) => `"${g.name}"`).join(", "), count: grids.length });
      return emptyResult(target, null, sink.findings);
    }
  }

  const { grid, table } = located;
  const sink = createSink({ file, sheet: grid.name, names: cellNames(grid) });
  reportLegacyEncoding(located, sink);
  const read = readAllocationRows(grid, table, sink);
  const { rows } = read;
  checkSttSequence(rows, table, sink);
  checkDuplicates(rows, sink);
  checkLookalikeNames(grid, rows, table.nameCol, sink);
  const facts = readPlanFacts(grid, table);
  const resolved = resolveTarget(target, facts, options.targetFromSheet !== false);
  const totals = computeTotals(rows, resolved.target);
  checkTotalRow(grid, table, totals, read, sink);
  checkTarget(table, totals, resolved.target, sink);

  return {
    sheet: grid.name,
    tableFound: true,
    ...resolved,
    ...(grid.cellNaming === undefined ? {} : { cellNaming: grid.cellNaming }),
    year: facts.year?.value ?? null,
    organizations: rows,
    totals,
    findings: orderFindings(sink.findings),
    table: {
      headerRow: table.headerRow,
      firstDataRow: table.firstDataRow,
      lastDataRow: table.lastDataRow,
      sttCol: table.sttCol,
      nameCol: table.nameCol,
      quotaCol: table.quotaCol,
      membersCol: table.membersCol,
      totalRow: table.totalRow,
    },
  };
}
