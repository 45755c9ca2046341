/**
 * Reading a filled report template. The defined names lead when they still
 * point at the month rows (Excel moves them with inserted rows); otherwise the
 * labels and headers do, so a template edited by another program still reads.
 */
import { findHeaderRow, matchHeader } from "../allocation/header-match";
import { toA1 } from "../address";
import { cellAt, colSpan, displayText, isBlank, rowSpan, type CellRange, type Grid } from "../grid";
import { cleanText, foldKey } from "../text/normalize";
import type { FigureKey } from "./figures";
import { parsePeriodCell, parseYearCell } from "./period";
import type { ReadContext } from "./read-log-table";
import { parseCount } from "./count";
import { readRowFigures } from "./read-row";
import { TEMPLATE_COLUMN_SPECS, type LogColumnKey } from "./report-columns";
import type { ReadReportSheet, SubmissionRow } from "./submission";
import { TEMPLATE_INPUT_KEYS, TEMPLATE_LABELS, TEMPLATE_NAMES } from "./template-layout";
import { NO_SOURCES_FIELD } from "../register/template-sheet";
import { parseFlag } from "../register/values";

const HEADER_SEARCH_ROWS = 40;

/** A month label of a template row: `T5`, `Tháng 5`, `5`; null for anything else. */
function monthOfLabel(grid: Grid, row: number, col: number): number | null {
  const p = parsePeriodCell(cellAt(grid, row, col));
  return p.status === "ok" && p.year === null ? p.month : null;
}

interface TemplateLayout {
  /** Sheet row of each month 1..12 present. */
  readonly monthRows: ReadonlyMap<number, number>;
  readonly monthCol: number;
  readonly colOf: (key: FigureKey) => number | undefined;
  readonly cumulativeCol?: number;
  readonly noteCol?: number;
  /** "Không còn nguồn (Có/Không)" (issue #14); absent in templates made before it. */
  readonly noSourcesCol?: number;
  readonly nameCell: { row: number; col: number } | null;
  readonly yearCell: { row: number; col: number } | null;
}

function fromDefinedNames(grid: Grid): TemplateLayout | null {
  const names = grid.definedNames;
  const inputs = names?.[TEMPLATE_NAMES.inputs];
  const months = names?.[TEMPLATE_NAMES.months];
  if (!names || !inputs || !months) return null;
  if (inputs.bottom - inputs.top !== 11 || months.bottom - months.top !== 11 || inputs.top !== months.top) return null;
  if (inputs.right - inputs.left + 1 < TEMPLATE_INPUT_KEYS.length) return null;
  const monthRows = new Map<number, number>();
  for (let m = 1; m <= 12; m++) {
    if (monthOfLabel(grid, months.top + m - 1, months.left) !== m) return null;
    monthRows.set(m, months.top + m - 1);
  }
  const single = (r: CellRange | undefined): { row: number; col: number } | null => (r ? { row: r.top, col: r.left } : null);
  const nameCell = single(names[TEMPLATE_NAMES.orgName]);
  if (!nameCell) return null;
  const cumulative = names[TEMPLATE_NAMES.cumulative];
  const notes = names[TEMPLATE_NAMES.notes];
  const noSources = names[TEMPLATE_NAMES.noSources];
  return {
    monthRows,
    monthCol: months.left,
    colOf: (key) => {
      const i = TEMPLATE_INPUT_KEYS.indexOf(key);
      return i < 0 ? undefined : inputs.left + i;
    },
    ...(cumulative ? { cumulativeCol: cumulative.left } : {}),
    ...(notes ? { noteCol: notes.left } : {}),
    ...(noSources ? { noSourcesCol: noSources.left } : {}),
    nameCell,
    yearCell: single(names[TEMPLATE_NAMES.year]),
  };
}

/** The first non-blank cell right of a cell whose text matches the label. */
function labelledCell(grid: Grid, lastRow: number, labels: readonly (string | RegExp)[]): { row: number; col: number } | null {
  const cols = colSpan(grid);
  const first = rowSpan(grid).first;
  for (let r = first; r <= lastRow; r++) {
    for (let c = cols.first; c <= cols.last; c++) {
      if (!matchHeader(displayText(cellAt(grid, r, c)), labels)) continue;
      for (let v = c + 1; v <= cols.last; v++) if (!isBlank(cellAt(grid, r, v))) return { row: r, col: v };
    }
  }
  return null;
}

const NAME_LABELS: readonly (string | RegExp)[] = [TEMPLATE_LABELS.orgName, /^(ten )?(to chuc co so dang|tccsd|to chuc dang|don vi|chi bo dang bo|chi bo|dang bo)$/];
const YEAR_LABELS: readonly (string | RegExp)[] = [TEMPLATE_LABELS.year, /^nam( bao cao)?$/];

function noSourcesColumn(grid: Grid, headerRow: number): number | undefined {
  const cols = colSpan(grid);
  for (let c = cols.first; c <= cols.last; c++) if (matchHeader(displayText(cellAt(grid, headerRow, c)), NO_SOURCES_FIELD.synonyms)) return c;
  return undefined;
}

/** "Có" in the month's "Không còn nguồn" cell; anything else (blank, Không, unreadable) is not a claim. */
function noSourcesAt(grid: Grid, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const flag = parseFlag(cellAt(grid, row, col));
  return flag.status === "ok" && flag.value;
}

function fromHeaders(grid: Grid): TemplateLayout | null {
  const first = rowSpan(grid).first;
  const header = findHeaderRow(grid, TEMPLATE_COLUMN_SPECS, { lastRow: first + HEADER_SEARCH_ROWS });
  if (!header || header.columns.organization !== undefined) return null;
  const monthCol = header.columns.month;
  if (monthCol === undefined) return null;
  const monthRows = new Map<number, number>();
  const last = rowSpan(grid).last;
  for (let r = header.row + 1; r <= last && r <= header.row + 14; r++) {
    const m = monthOfLabel(grid, r, monthCol);
    if (m !== null && !monthRows.has(m)) monthRows.set(m, r);
  }
  // A template has its twelve month rows; a stray header elsewhere does not make one.
  if (monthRows.size < 12) return null;
  const col = (k: LogColumnKey): number | undefined => header.columns[k];
  const cumulativeCol = col("cumulative");
  const noteCol = col("note");
  const noSourcesCol = noSourcesColumn(grid, header.row);
  return {
    monthRows,
    monthCol,
    colOf: (key) => header.columns[key],
    ...(cumulativeCol === undefined ? {} : { cumulativeCol }),
    ...(noteCol === undefined ? {} : { noteCol }),
    ...(noSourcesCol === undefined ? {} : { noSourcesCol }),
    nameCell: labelledCell(grid, header.row - 1, NAME_LABELS),
    yearCell: labelledCell(grid, header.row - 1, YEAR_LABELS),
  };
}

function yearFromTitle(grid: Grid, lastRow: number): number | null {
  const cols = colSpan(grid);
  for (let r = rowSpan(grid).first; r <= lastRow; r++) {
    for (let c = cols.first; c <= cols.last; c++) {
      const m = /\bnam (\d{4})\b/.exec(foldKey(displayText(cellAt(grid, r, c))));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

export function findTemplateLayout(grid: Grid): TemplateLayout | null {
  return fromDefinedNames(grid) ?? fromHeaders(grid);
}

/** `grid` must already be decoded from legacy encodings (see detect-sources). */
export function readTemplate(grid: Grid, ctx: ReadContext): ReadReportSheet | null {
  const layout = findTemplateLayout(grid);
  if (!layout) return null;
  const name = layout.nameCell ? cleanText(displayText(cellAt(grid, layout.nameCell.row, layout.nameCell.col))) : "";
  const firstMonthRow = Math.min(...layout.monthRows.values());
  const year =
    (layout.yearCell ? parseYearCell(cellAt(grid, layout.yearCell.row, layout.yearCell.col)) : null) ??
    yearFromTitle(grid, firstMonthRow - 1) ??
    ctx.planYear;
  const rows: SubmissionRow[] = [];
  // The template computes the running total with a formula of the months themselves; only a number typed
  // over that formula is the organisation's own claim, worth cross-checking.
  const typedCumulative = (r: number): number | null => {
    if (layout.cumulativeCol === undefined) return null;
    const c = cellAt(grid, r, layout.cumulativeCol);
    if (c.formula !== undefined) return null;
    const parsed = parseCount(c);
    return parsed.status === "ok" ? parsed.value : null;
  };
  for (const [month, r] of [...layout.monthRows.entries()].sort((a, b) => a[0] - b[0])) {
    const figures = readRowFigures(grid, r, layout.colOf);
    if (figures.empty) continue;
    const monthCell = toA1(r, layout.monthCol);
    rows.push({
      name,
      period: { year, month },
      periodText: `T${month}/${year}`,
      figures: figures.figures,
      invalid: figures.invalid,
      cumulative: typedCumulative(r),
      note: layout.noteCol === undefined ? "" : cleanText(displayText(cellAt(grid, r, layout.noteCol))),
      noSourcesLeft: noSourcesAt(grid, r, layout.noSourcesCol),
      location: { ...(ctx.file === undefined ? {} : { file: ctx.file }), sheet: grid.name, cell: monthCell },
      cells: {
        ...figures.cells,
        period: monthCell,
        ...(layout.cumulativeCol === undefined ? {} : { cumulative: toA1(r, layout.cumulativeCol) }),
        ...(layout.nameCell ? { name: toA1(layout.nameCell.row, layout.nameCell.col) } : {}),
      },
    });
  }
  return { kind: "template", rows, templateName: name };
}
