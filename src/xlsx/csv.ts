/**
 * CSV as a one-sheet Grid, read as a stream: the bytes are decoded in slices
 * and parsed straight into grid rows, so memory follows the grid, not the
 * text, and the parse stops at the first limit crossed. A field is kept up to
 * Excel's cell cap (longer ones — an unclosed quote swallowing a 40 MB file —
 * are counted, cut and reported, never built).
 *
 * Encodings: see csv-encoding.ts. Separators: comma, semicolon (Excel in
 * locales whose decimal mark is a comma, Vietnamese included) or tab: one
 * under which every quote stands where RFC 4180 puts it, and among those the
 * one that splits the first lines most consistently, parsed as CSV (so a
 * separator inside quotes does not count).
 *
 * Values: a field of plain digits (optionally signed, at most 15 digits, so
 * that it survives as a double) becomes a number and keeps its text as
 * written, so `09` reads exactly like a number 9 formatted `00` in a
 * workbook. Everything else stays a string — `1.234`, `1,5`, `03 (01 HS)` —
 * and the engine, which knows what a column means, parses it. Guessing
 * decimals here would misread Vietnamese thousands separators.
 */
import type { Cell, Finding, Grid } from "../core";
import { InvariantError, toA1 } from "../core";
import { decideEncoding, decoderFor } from "./csv-encoding";
import type { ReadLimits } from "./limits";
import { cutNotes, encodingWhyArgs, readNote } from "./read-notes";
import { MAX_CELL_TEXT } from "./text-bounds";

export { decodeText } from "./csv-encoding";

/** How far the parser may go; it stops at the first bound crossed so that a hostile file never becomes millions of arrays. */
export interface CsvBounds {
  readonly maxRecords: number;
  readonly maxFieldsPerRecord: number;
  /** Fields of all records, empty ones included: an empty field still costs a slot. */
  readonly maxFields: number;
  /** Characters kept of one field. */
  readonly maxFieldLength: number;
}

export type CsvExceeded = { readonly limit: "rows" | "columns" | "cells"; readonly actual: string; readonly max: number };

const UNBOUNDED: CsvBounds = { maxRecords: Infinity, maxFieldsPerRecord: Infinity, maxFields: Infinity, maxFieldLength: Infinity };

function boundsOf(limits: ReadLimits): CsvBounds {
  return { maxRecords: limits.maxRowsPerSheet, maxFieldsPerRecord: limits.maxColumns, maxFields: limits.maxCells, maxFieldLength: MAX_CELL_TEXT };
}

class Stop {
  constructor(readonly exceeded: CsvExceeded) {}
}

/**
 * RFC 4180 records from text given in pieces: quotes open only at the start
 * of a field, `""` inside quotes is a quote, bare quotes inside unquoted
 * fields are kept, CR, LF and CRLF end records, and the last line may lack one.
 * The tolerated quotes are counted in `misplacedQuotes`, the evidence that
 * this text was not written with this separator.
 */
export class CsvParser {
  records = 0;
  /**
   * Quotes RFC 4180 does not allow where they stand: one inside an unquoted
   * field after its start, or one closing a quoted field but followed by
   * something other than the separator, a line end or the end of the text.
   * Excel, LibreOffice and Google Sheets write none under their separator.
   */
  misplacedQuotes = 0;
  private fields = 0;
  private record: string[] = [];
  private field = "";
  private fieldLength = 0;
  private quoted = false;
  private fieldStarted = false;
  /** A quote seen inside a quoted field whose meaning depends on the next character (maybe in the next piece). */
  private quotePending = false;
  private crPending = false;
  /** Fields longer than the cap: record number (0-based), field number, length. */
  readonly cut: Array<{ row: number; col: number; length: number }> = [];

  constructor(
    private readonly sep: string,
    private readonly bounds: CsvBounds,
    private readonly onRecord: (fields: string[]) => void,
  ) {}

  private add(text: string): void {
    this.fieldLength += text.length;
    const room = this.bounds.maxFieldLength - this.field.length;
    if (room <= 0) return;
    this.field += text.length > room ? text.slice(0, room) : text;
  }

  private endField(): void {
    if (this.fieldLength > this.bounds.maxFieldLength) this.cut.push({ row: this.records, col: this.record.length, length: this.fieldLength });
    this.record.push(this.field);
    this.fields++;
    this.field = "";
    this.fieldLength = 0;
    this.fieldStarted = false;
    this.quoted = false;
    if (this.record.length > this.bounds.maxFieldsPerRecord) throw new Stop({ limit: "columns", actual: `${this.record.length}+`, max: this.bounds.maxFieldsPerRecord });
    if (this.fields > this.bounds.maxFields) throw new Stop({ limit: "cells", actual: `${this.fields}+`, max: this.bounds.maxFields });
  }

  private endRecord(): void {
    this.endField();
    this.records++;
    if (this.records > this.bounds.maxRecords) throw new Stop({ limit: "rows", actual: `${this.records}+`, max: this.bounds.maxRecords });
    const r = this.record;
    this.record = [];
    this.onRecord(r);
  }

  write(text: string): void {
    const n = text.length;
    const sep = this.sep;
    let i = 0;
    if (this.crPending) {
      this.crPending = false;
      if (text[0] === "\n") i = 1;
    }
    if (this.quotePending && i < n) {
      this.quotePending = false;
      if (text[i] === '"') {
        this.add('"');
        i++;
      } else {
        this.quoted = false;
        this.closedBefore(text[i] as string);
      }
    }
    while (i < n) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.add(text.slice(i));
          return;
        }
        if (q > i) this.add(text.slice(i, q));
        if (q + 1 >= n) {
          this.quotePending = true;
          return;
        }
        if (text[q + 1] === '"') {
          this.add('"');
          i = q + 2;
        } else {
          this.quoted = false;
          this.closedBefore(text[q + 1] as string);
          i = q + 1;
        }
        continue;
      }
      const ch = text[i] as string;
      if (ch === '"' && !this.fieldStarted) {
        this.quoted = true;
        this.fieldStarted = true;
        i++;
      } else if (ch === sep) {
        this.endField();
        i++;
      } else if (ch === "\r" || ch === "\n") {
        this.endRecord();
        i++;
        if (ch === "\r") {
          if (i >= n) this.crPending = true;
          else if (text[i] === "\n") i++;
        }
      } else {
        // A run of ordinary characters at once, stopping at a quote so that each misplaced one is counted.
        if (ch === '"') this.misplacedQuotes++;
        let j = i + 1;
        while (j < n) {
          const c = text[j];
          if (c === sep || c === "\r" || c === "\n" || c === '"') break;
          j++;
        }
        this.add(text.slice(i, j));
        this.fieldStarted = true;
        i = j;
      }
    }
  }

  private closedBefore(next: string): void {
    if (next !== this.sep && next !== "\r" && next !== "\n") this.misplacedQuotes++;
  }

  end(): void {
    if (this.quotePending) this.quotePending = false;
    if (this.fieldStarted || this.record.length > 0 || this.field !== "") this.endRecord();
  }
}

/** Splits records and fields per RFC 4180, tolerating bare quotes inside unquoted fields and a final line without newline. */
export function parseCsv(text: string, separator: string): string[][] {
  const r = parseCsvBounded(text, separator, UNBOUNDED);
  return "records" in r ? r.records : [];
}

export function parseCsvBounded(text: string, separator: string, bounds: CsvBounds): { records: string[][] } | { exceeded: CsvExceeded } {
  const records: string[][] = [];
  const p = new CsvParser(separator, bounds, (r) => records.push(r));
  try {
    p.write(text);
    p.end();
  } catch (e) {
    if (e instanceof Stop) return { exceeded: e.exceeded };
    throw e;
  }
  return { records };
}

/**
 * The separator under which the sample is well-formed CSV, and among those the
 * one that splits the first lines into the most fields most consistently
 * (fields × share of lines with that many). Counts alone are fooled by quotes
 * read with the wrong separator: `a,a` / `,";"` / `";;",` / `";",` read with
 * ";" has its second `"` open a quoted field that swallows the rest of the
 * file into one record of 5 fields, outscoring the 2 of ","; but under ";" its
 * first `"` stands inside the field `,"`, which no spreadsheet writes (fast-check
 * seed 986802926). A file with such quotes under every separator (edited by
 * hand) is judged by counts alone, as before. On a tie the more consistent
 * wins: `a\ta` / `\t";;"` / `\t";"` is two tab-separated columns, not
 * semicolons inside quotes that happen to give as high a product.
 */
export function detectSeparator(text: string): string {
  // Excel's `sep=;` first line states it outright.
  const declared = /^sep=(.)\r?\n/.exec(text);
  if (declared?.[1]) return declared[1];
  const sample = text.slice(0, 64 * 1024);
  let best = ",";
  let bestWellFormed = false;
  let bestScore = -1;
  let bestConsistency = -1;
  for (const sep of [",", ";", "\t"]) {
    const records: string[][] = [];
    const parser = new CsvParser(sep, UNBOUNDED, (r) => records.push(r));
    parser.write(sample);
    parser.end();
    const lines = records.slice(0, 50).filter((r) => r.some((f) => f.trim() !== ""));
    if (lines.length === 0) continue;
    const counts = lines.map((r) => r.length);
    const max = Math.max(...counts);
    if (max <= 1) continue;
    // A sample cut mid-field at 64 KiB ends inside quotes, which is no misplaced quote: only what was seen counts.
    const wellFormed = parser.misplacedQuotes === 0;
    const consistency = counts.filter((c) => c === max).length / counts.length;
    const score = max * consistency;
    const better =
      wellFormed !== bestWellFormed ? wellFormed : score > bestScore || (score === bestScore && consistency > bestConsistency);
    if (better) {
      bestWellFormed = wellFormed;
      bestScore = score;
      bestConsistency = consistency;
      best = sep;
    }
  }
  return best;
}

const PLAIN_INTEGER = /^[+-]?\d{1,15}$/;

function toCell(field: string): Cell | undefined {
  if (field === "") return undefined;
  const t = field.trim();
  if (PLAIN_INTEGER.test(t)) return { value: Number(t), text: field };
  return { value: field };
}

/** Unbounded: for text already known to be small. Files from users go through readCsvWithin. */
export function readCsv(bytes: Uint8Array, fileName: string): Grid {
  const r = readCsvBounded(bytes, fileName, UNBOUNDED);
  if ("exceeded" in r) throw new InvariantError("an unbounded CSV parse reported a limit");
  return r.grid;
}

/** The CSV as a Grid with notes (encoding chosen, text cut), or the limit it crosses — found while parsing, before the rows exist. */
export function readCsvWithin(bytes: Uint8Array, fileName: string, limits: ReadLimits): { grid: Grid; notes: Finding[] } | { exceeded: CsvExceeded } {
  return readCsvBounded(bytes, fileName, boundsOf(limits));
}

const SLICE = 256 * 1024;

function readCsvBounded(bytes: Uint8Array, fileName: string, bounds: CsvBounds): { grid: Grid; notes: Finding[] } | { exceeded: CsvExceeded } {
  const file = fileName.replace(/^.*[\\/]/, "");
  const base = file.replace(/\.[^.]*$/, "");
  const sheet = base === "" ? "CSV" : base.slice(0, 31);
  const decision = decideEncoding(bytes);
  const body = bytes.subarray(decision.skip);
  // The separator from a decoded sample; then the whole file streamed from the start.
  const sample = decoderFor(decision.encoding).decode(body.subarray(0, 64 * 1024));
  const sep = detectSeparator(sample);
  const declaredLine = /^sep=.(\r?\n)/.exec(sample);
  let skipChars = declaredLine ? declaredLine[0].length : 0;

  const rows: Array<Array<Cell | undefined>> = [];
  const parser = new CsvParser(sep, bounds, (fields) => rows.push(fields.map(toCell)));
  const decoder = decoderFor(decision.encoding);
  try {
    for (let p = 0; p < body.length; p += SLICE) {
      let text = decoder.decode(body.subarray(p, Math.min(body.length, p + SLICE)), { stream: true });
      if (skipChars > 0) {
        const k = Math.min(skipChars, text.length);
        text = text.slice(k);
        skipChars -= k;
      }
      parser.write(text);
    }
    parser.write(decoder.decode());
    parser.end();
  } catch (e) {
    if (e instanceof Stop) return { exceeded: e.exceeded };
    throw e;
  }
  while (rows.length > 0 && (rows[rows.length - 1] as Array<Cell | undefined>).every((c) => c === undefined)) rows.pop();

  const notes: Finding[] = [];
  if (decision.reason !== undefined) notes.push(readNote("FILE_ENCODING_USED", file, {}, { encoding: decision.encoding.toUpperCase(), reason: decision.reason, ...encodingWhyArgs(decision.why) }));
  if (decision.repaired !== undefined) notes.push(readNote("FILE_ENCODING_REPAIRED", file, {}, { encoding: "UTF-8", bad: decision.repaired }));
  const cut = parser.cut.map((c) => ({ sheet, cell: c.row <= 1_048_575 && c.col <= 16_383 ? toA1(c.row, c.col) : `R${c.row + 1}C${c.col + 1}`, length: c.length }));
  notes.push(...cutNotes(file, cut, MAX_CELL_TEXT));
  return { grid: { name: sheet, rows, origin: { row: 0, col: 0 }, merges: [] }, notes };
}
