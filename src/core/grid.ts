/**
 * A sheet as the engine sees it: plain data, the same whichever host read it
 * (Office.js, ExcelJS, a CSV file, a test).
 */
import type { CellNaming } from "./cell-naming";

/** An Excel error value such as `#REF!` or `#VALUE!`, kept apart from text that merely looks like one. */
export interface CellErrorValue {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellErrorValue | null;

export interface Cell {
  readonly value: CellValue;
  /** What the user sees, where the host knows it: a number 9 with format `00` shows as `09`. */
  readonly text?: string;
  /** Number format code, where the host knows it. */
  readonly numFmt?: string;
  /** Font name, where the host knows it: `.VnTime` and `VNI-Times` tell a legacy encoding. */
  readonly font?: string;
  /** The formula (without `=`) when the cell holds one; `value` is then its cached result. */
  readonly formula?: string;
}

/** Zero-based, inclusive rectangle of cells in sheet coordinates. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** The sheet name as the host knows it. */
  readonly name: string;
  /**
   * Rows of cells starting at `origin`. Rows may be shorter than others and
   * missing cells are empty; the grid is the used range, not the whole sheet.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined>>;
  /** Sheet coordinates (zero-based) of `rows[0][0]`; A1 is {row: 0, col: 0}. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly merges: readonly CellRange[];
  readonly hidden?: boolean;
  /** Workbook-level names pointing into this sheet, e.g. the report template's input boxes. */
  readonly definedNames?: Readonly<Record<string, CellRange>>;
  /**
   * Lines of text around the grid that are not cells of it: the paragraphs of a
   * document before and after one of its tables (a .docx). The plan's title,
   * target and year are read from them as from the rows above and below a table.
   */
  readonly textAround?: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** How messages name this grid's cells; "a1" when absent. A table of a document shows no addresses: "tableRowColumn". */
  readonly cellNaming?: CellNaming;
}

const EMPTY_CELL: Cell = Object.freeze({ value: null });

export function isCellError(value: CellValue): value is CellErrorValue {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** The cell at sheet coordinates (zero-based), or an empty cell. */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  const r = grid.rows[row - grid.origin.row];
  return r?.[col - grid.origin.col] ?? EMPTY_CELL;
}

/** Sheet row indices (zero-based) covered by the grid, first and last inclusive. */
export function rowSpan(grid: Grid): { first: number; last: number } {
  return { first: grid.origin.row, last: grid.origin.row + grid.rows.length - 1 };
}

export function colSpan(grid: Grid): { first: number; last: number } {
  let width = 0;
  // Indexed, not for…of: until V8 optimises the loop, each step of an array iterator allocates a result object (issue #16).
  const rows = grid.rows;
  for (let ix = 0; ix < rows.length; ix++) width = Math.max(width, (rows[ix] as ReadonlyArray<Cell | undefined>).length);
  return { first: grid.origin.col, last: grid.origin.col + width - 1 };
}

/** The text a person reads in a cell: the displayed text when known, else the value formatted plainly. */
export function displayText(cell: Cell): string {
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  // An invalid Date (from a corrupt serial) has no ISO form; show nothing rather than throw.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return v.error;
}

export function isBlank(cell: Cell): boolean {
  const v = cell.value;
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Builds a grid from plain values, for tests and simple hosts (CSV). */
export function gridFromValues(
  name: string,
  values: ReadonlyArray<ReadonlyArray<CellValue | Cell | undefined>>,
  options: { origin?: { row: number; col: number }; merges?: CellRange[] } = {},
): Grid {
  const rows = values.map((r) =>
    r.map((v): Cell | undefined => {
      if (v === undefined) return undefined;
      if (v !== null && typeof v === "object" && !(v instanceof Date) && "value" in v) return v;
      return { value: v as CellValue };
    }),
  );
  return { name, rows, origin: options.origin ?? { row: 0, col: 0 }, merges: options.merges ?? [] };
}
