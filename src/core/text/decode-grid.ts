/**
 * Decodes legacy-encoded columns of a sheet before anything reads them. The
 * encoding is decided per column (one short cell alone is ambiguous), by the
 * cells' font where the host knows it, else by which decoding yields Vietnamese;
 * a column too short to tell (a lone header) follows the whole sheet.
 */
import { toA1 } from "../address";
import { colSpan, type Cell, type Grid } from "../grid";
import { decodeLegacy, detectEncoding, encodingOfFont, isCapitalsFont, type LegacyEncoding } from "./legacy";
import { hasForeignLatin1, hasNonAscii, isUnicodeVietnamese, tallySyllables } from "./syllable";

export interface DecodedGrid {
  /** The same grid when nothing was decoded; otherwise a copy with decoded text. */
  readonly grid: Grid;
  /** The encoding of most decoded cells, or null when none was decoded. */
  readonly encoding: LegacyEncoding | null;
  /** A1 addresses of the cells whose text changed. */
  readonly decodedCells: string[];
}

function legacyCandidate(text: string): boolean {
  return hasNonAscii(text) && !isUnicodeVietnamese(text);
}

function cellText(cell: Cell): string | null {
  if (typeof cell.value === "string") return cell.value;
  return cell.text ?? null;
}

function netValid(text: string): number {
  const t = tallySyllables(text);
  return t.valid - t.invalid;
}

/**
 * A cell without a legacy font is decoded only when that reads at least as well:
 * a Unicode name typed in a column of old names (`Pró`) must survive. Either the
 * decoding yields Vietnamese syllables, or the cell holds characters no Unicode
 * Vietnamese text has and the decoding turns every one of them into letters:
 * short headers and acronyms (`TCCS§` → `TCCSĐ`) have no syllable to count.
 */
function decodeCellText(text: string, encoding: LegacyEncoding, byFont: boolean, capitals: boolean, borrowed: boolean): string {
  if (!legacyCandidate(text)) return text;
  const decoded = decodeLegacy(text, encoding, { capitals });
  if (byFont) return decoded;
  if (netValid(decoded) < netValid(text)) return text;
  // A column that did not decide by itself only borrows the sheet's encoding for text unreadable as it
  // stands: a Unicode header ("Tháng") above TCVN3 names reads as well either way ("Thỏng") and is kept.
  if (borrowed && netValid(text) > 0 && netValid(decoded) === netValid(text)) return text;
  if (netValid(decoded) > 0) return decoded;
  return hasForeignLatin1(text) && !hasForeignLatin1(decoded) ? decoded : text;
}

function decodedCell(cell: Cell, encoding: LegacyEncoding, byFont: boolean, borrowed: boolean): Cell | null {
  const capitals = encoding === "tcvn3" && isCapitalsFont(cell.font);
  const value = typeof cell.value === "string" ? decodeCellText(cell.value, encoding, byFont, capitals, borrowed) : cell.value;
  const text = cell.text === undefined ? undefined : decodeCellText(cell.text, encoding, byFont, capitals, borrowed);
  if (value === cell.value && text === cell.text) return null;
  // The legacy font is dropped with the legacy text, so that decoding twice cannot garble Unicode.
  const { font: _font, text: _text, ...rest } = cell;
  return text === undefined ? { ...rest, value } : { ...rest, value, text };
}

type Sample = { text: string; font?: string };

function columnSamples(grid: Grid, c: number): Sample[] {
  const samples: Sample[] = [];
  // Indexed, not for…of: until V8 optimises the loop, each step of an array iterator allocates a result object (issue #16).
  const rows = grid.rows;
  for (let ix = 0; ix < rows.length; ix++) {
    const r = rows[ix] as ReadonlyArray<Cell | undefined>;
    const cell = r[c];
    const text = cell === undefined ? null : cellText(cell);
    if (cell === undefined || text === null || !legacyCandidate(text)) continue;
    samples.push(cell.font === undefined ? { text } : { text, font: cell.font });
  }
  return samples;
}

export function decodeGridColumns(grid: Grid, columns: readonly number[]): DecodedGrid {
  // Copied at the first decoded cell: most sheets have none, and a copy per reader per sheet was garbage.
  let rows: Array<Array<Cell | undefined>> | null = null;
  const decodedCells: string[] = [];
  const used = new Map<LegacyEncoding, number>();
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);

  // Stryker disable next-line MethodExpression,LogicalOperator: a column outside the grid has no samples and is skipped below; the filter only saves that work
  const wanted = [...new Set(columns)].filter((col) => col - grid.origin.col >= 0 && col - grid.origin.col < width);
  const samplesOf = new Map(wanted.map((col) => [col, columnSamples(grid, col - grid.origin.col)]));
  // A column holding only a header such as `TCCS§` says nothing by itself; the
  // sheet's other columns (the names under it, the title) decide for it.
  let sheetEncoding: { readonly encoding: LegacyEncoding | null } | undefined;
  const sheetDecision = (): LegacyEncoding | null => (sheetEncoding ??= { encoding: detectEncoding([...samplesOf.values()].flat()) }).encoding;

  for (const col of wanted) {
    const c = col - grid.origin.col;
    // Stryker disable next-line ArrayDeclaration: every wanted column has its samples in the map; the fallback is for the type
    const samples = samplesOf.get(col) ?? [];
    if (samples.length === 0) continue;
    const ownEncoding = detectEncoding(samples);
    const columnEncoding = ownEncoding ?? sheetDecision();

    grid.rows.forEach((original, ri) => {
      const cell = (rows?.[ri] ?? original)[c];
      if (cell === undefined) return;
      const fontEncoding = encodingOfFont(cell.font);
      const encoding = fontEncoding ?? columnEncoding;
      if (encoding === null) return;
      const replaced = decodedCell(cell, encoding, fontEncoding !== null, fontEncoding === null && ownEncoding === null);
      if (replaced === null) return;
      rows ??= grid.rows.map((r) => r.slice());
      (rows[ri] as Array<Cell | undefined>)[c] = replaced;
      decodedCells.push(toA1(grid.origin.row + ri, col));
      used.set(encoding, (used.get(encoding) ?? 0) + 1);
    });
  }

  // Stryker disable next-line LogicalOperator: rows is copied at the first decoded cell, so both tests say the same; the second narrows the type
  if (decodedCells.length === 0 || rows === null) return { grid, encoding: null, decodedCells };
  let encoding: LegacyEncoding | null = null;
  let most = 0;
  for (const [enc, n] of used) {
    if (n > most) {
      encoding = enc;
      most = n;
    }
  }
  return { grid: { ...grid, rows }, encoding, decodedCells };
}

/**
 * Every column decoded, for readers that look for headers anywhere on a sheet
 * (report logs, chi bộ lists, registers): text typed in .VnTime or VNI is
 * unrecognisable until decoded; Unicode text is left alone. The sheet's defined
 * names (a template's input box) survive whatever the decoder copies.
 */
const wholeGrids = new WeakMap<Grid, Grid>();
export function decodeWholeGrid(grid: Grid): Grid {
  // Every reader of a consolidation (register, chi bộ list, chi bộ sheet, report log) asks for the same sheet: decode it once.
  let decoded = wholeGrids.get(grid);
  if (decoded === undefined) {
    decoded = decodeWholeGridUncached(grid);
    wholeGrids.set(grid, decoded);
  }
  return decoded;
}

function decodeWholeGridUncached(grid: Grid): Grid {
  const span = colSpan(grid);
  const cols: number[] = [];
  for (let c = span.first; c <= span.last; c++) cols.push(c);
  if (cols.length === 0) return grid;
  const decoded = decodeGridColumns(grid, cols).grid;
  // Stryker disable next-line BooleanLiteral,ObjectLiteral: decodeGridColumns copies the grid with its defined names, so this guard never fires
  return grid.definedNames && !decoded.definedNames ? { ...decoded, definedNames: grid.definedNames } : decoded;
}
