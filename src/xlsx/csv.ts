/**
 * CSV as a one-sheet Grid. Encodings: UTF-8 with or without BOM, UTF-16 with a
 * BOM (Excel's "Unicode Text"), and, when the bytes are not valid UTF-8,
 * Windows-1258 — what Excel on a Vietnamese Windows writes for "CSV (Comma
 * delimited)". Separators: comma, semicolon (Excel in locales whose decimal
 * mark is a comma, Vietnamese included) or tab, whichever splits the first
 * lines most consistently.
 *
 * Values: a field of plain digits (optionally signed, at most 15 digits, so
 * that it survives as a double) becomes a number and keeps its text as
 * written, so `09` reads exactly like a number 9 formatted `00` in a
 * workbook. Everything else stays a string — `1.234`, `1,5`, `03 (01 HS)` —
 * and the engine, which knows what a column means, parses it. Guessing
 * decimals here would misread Vietnamese thousands separators.
 */
import type { Cell, Finding, Grid } from "../core";
import { InvariantError } from "../core";
import type { ReadLimits } from "./limits";

/** How far the parser may go; it stops at the first bound crossed so that a hostile file never becomes millions of arrays. */
export interface CsvBounds {
  readonly maxRecords: number;
  readonly maxFieldsPerRecord: number;
  /** Fields of all records, empty ones included: an empty field still costs a slot. */
  readonly maxFields: number;
}

export type CsvExceeded = { readonly limit: "rows" | "columns" | "cells"; readonly actual: string; readonly max: number };

const UNBOUNDED: CsvBounds = { maxRecords: Infinity, maxFieldsPerRecord: Infinity, maxFields: Infinity };

function boundsOf(limits: ReadLimits): CsvBounds {
  return { maxRecords: limits.maxRowsPerSheet, maxFieldsPerRecord: limits.maxColumns, maxFields: limits.maxCells };
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("windows-1258").decode(bytes);
    } catch {
      // Runtimes without that code page (small-ICU builds): Windows-1252 keeps the Latin letters.
      return new TextDecoder("windows-1252").decode(bytes);
    }
  }
}

/** Splits records and fields per RFC 4180, tolerating bare quotes inside unquoted fields and a final line without newline. */
export function parseCsv(text: string, separator: string): string[][] {
  const r = parseCsvBounded(text, separator, UNBOUNDED);
  return "records" in r ? r.records : [];
}

export function parseCsvBounded(text: string, separator: string, bounds: CsvBounds): { records: string[][] } | { exceeded: CsvExceeded } {
  const records: string[][] = [];
  let fields = 0;
  const over = (): CsvExceeded | null => {
    if (records.length > bounds.maxRecords) return { limit: "rows", actual: `${records.length}+`, max: bounds.maxRecords };
    if (record.length > bounds.maxFieldsPerRecord) return { limit: "columns", actual: `${record.length}+`, max: bounds.maxFieldsPerRecord };
    if (fields > bounds.maxFields) return { limit: "cells", actual: `${fields}+`, max: bounds.maxFields };
    return null;
  };
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === separator) {
      record.push(field);
      fields++;
      field = "";
      fieldStarted = false;
      const crossed = over();
      if (crossed) return { exceeded: crossed };
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      fields++;
      records.push(record);
      const crossed = over();
      if (crossed) return { exceeded: crossed };
      record = [];
      field = "";
      fieldStarted = false;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (fieldStarted || record.length > 0 || field !== "") {
    record.push(field);
    fields++;
    records.push(record);
    const crossed = over();
    if (crossed) return { exceeded: crossed };
  }
  return { records };
}

/** The separator giving the most fields on the first lines, preferring one that splits every line alike. */
export function detectSeparator(text: string): string {
  // Excel's `sep=;` first line states it outright.
  const declared = /^sep=(.)\r?\n/.exec(text);
  if (declared?.[1]) return declared[1];
  const sample = text.slice(0, 64 * 1024);
  let best = ",";
  let bestScore = -1;
  for (const sep of [",", ";", "\t"]) {
    const lines = parseCsv(sample, sep)
      .slice(0, 50)
      .filter((r) => r.some((f) => f.trim() !== ""));
    if (lines.length === 0) continue;
    const counts = lines.map((r) => r.length);
    const max = Math.max(...counts);
    if (max <= 1) continue;
    const consistent = counts.filter((c) => c === max).length / counts.length;
    const score = max * consistent;
    if (score > bestScore) {
      bestScore = score;
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

/** The CSV as a Grid, or the limit it crosses — found while parsing, before the rows exist. */
export function readCsvWithin(bytes: Uint8Array, fileName: string, limits: ReadLimits): { grid: Grid; notes: Finding[] } | { exceeded: CsvExceeded } {
  const r = readCsvBounded(bytes, fileName, boundsOf(limits));
  return "exceeded" in r ? r : { grid: r.grid, notes: [] };
}

function readCsvBounded(bytes: Uint8Array, fileName: string, bounds: CsvBounds): { grid: Grid } | { exceeded: CsvExceeded } {
  let text = decodeText(bytes);
  const sep = detectSeparator(text);
  if (/^sep=.\r?\n/.test(text)) text = text.replace(/^sep=.\r?\n/, "");
  const parsed = parseCsvBounded(text, sep, bounds);
  if ("exceeded" in parsed) return parsed;
  const records = parsed.records;
  const rows = records.map((r) => r.map(toCell));
  while (rows.length > 0 && (rows[rows.length - 1] as Array<Cell | undefined>).every((c) => c === undefined)) rows.pop();
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return { grid: { name: base === "" ? "CSV" : base.slice(0, 31), rows, origin: { row: 0, col: 0 }, merges: [] } };
}
