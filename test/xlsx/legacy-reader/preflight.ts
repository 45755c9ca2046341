/**
 * Checks a workbook zip against the limits before ExcelJS sees it. ExcelJS
 * inflates every part into one string and builds every cell, so anything it
 * is given must already be known to fit.
 *
 * Two passes: the declared sizes in the central directory (free), then every
 * part is inflated as a stream, counting real bytes (and, in worksheets, rows,
 * cells, merged cells and the row span) and stopping at the first limit
 * crossed — declared sizes can lie, and ExcelJS inflates every part, media and
 * binary junk included.
 */
import JSZip from "jszip";
import { parseRange } from "../../../src/core";
import type { FindingArgs } from "../../../src/core";
import { formatBytes } from "../../../src/core";
import type { ReadLimits } from "../../../src/xlsx/limits";
import type { ZipEntryInfo } from "../../../src/xlsx/zip-directory";

export type PreflightResult =
  | { readonly ok: true; readonly zip: JSZip }
  | { readonly ok: false; readonly code: "FILE_LIMIT_EXCEEDED" | "FILE_CORRUPT" | "FILE_ENCRYPTED"; readonly args: FindingArgs };

function exceeded(limit: string, actual: string | number, max: string | number, where?: string): PreflightResult {
  return { ok: false, code: "FILE_LIMIT_EXCEEDED", args: { limit, actual, max, ...(where === undefined ? {} : { where }) } };
}

function fmtCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function checkDeclaredSizes(entries: readonly ZipEntryInfo[], limits: ReadLimits): PreflightResult | null {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes) {
      return exceeded("entryBytes", formatBytes(e.uncompressedSize), formatBytes(limits.maxEntryBytes), e.name);
    }
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioAppliesAbove && ratio > limits.maxRatio) {
      return exceeded("ratio", `${Math.round(ratio)}:1`, `${limits.maxRatio}:1`, e.name);
    }
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) return exceeded("totalBytes", formatBytes(total), formatBytes(limits.maxTotalBytes));
  return null;
}

/**
 * Counts start tags named `c` (cells) and `row`, with or without a namespace
 * prefix, across chunk boundaries, and the row slots a reader must allocate
 * (a row holding one cell in column XFD costs 16,384 slots in ExcelJS).
 */
export class SheetXmlCounter {
  cells = 0;
  rows = 0;
  slots = 0;
  /** Cells covered by `<mergeCell>` ranges; ExcelJS builds each one. */
  mergedCells = 0;
  /** Highest 1-based row number any cell sits on: the grid spans every row up to it. */
  maxRow = 0;
  private currentRow = 0;
  private state: "text" | "name" | "attrs" = "text";
  // Byte buffers rather than strings: this runs over every byte of every sheet.
  private readonly name = new Uint8Array(16);
  private nameLen = 0;
  private readonly attrs = new Uint8Array(128);
  private attrsLen = 0;
  private attrKind: "cell" | "merge" | "row" = "cell";
  private rowWidth = 0;

  feed(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.state === "text") {
        const lt = chunk.indexOf(60, i);
        if (lt < 0) return;
        this.state = "name";
        this.nameLen = 0;
        i = lt + 1;
        continue;
      }
      const x = chunk[i] as number;
      i++;
      if (this.state === "name") {
        if (x === 32 || x === 62 || x === 47 || x === 9 || x === 10 || x === 13) this.endName(x);
        else if (this.nameLen < 16) this.name[this.nameLen++] = x;
        else this.nameLen = 17;
      } else if (x === 62 || this.attrsLen >= this.attrs.length) {
        this.endAttrs();
        this.state = "text";
      } else {
        this.attrs[this.attrsLen++] = x;
      }
    }
  }

  /** Call after the last chunk. */
  end(): void {
    this.slots += this.rowWidth;
    this.rowWidth = 0;
  }

  private endName(delimiter: number): void {
    let start = 0;
    for (let k = 0; k < this.nameLen && k < 16; k++) if (this.name[k] === 58) start = k + 1;
    const len = this.nameLen - start;
    const b = (k: number): number => this.name[start + k] as number;
    this.state = "text";
    if (len === 3 && b(0) === 114 && b(1) === 111 && b(2) === 119) {
      this.rows++;
      this.slots += this.rowWidth;
      this.rowWidth = 0;
      this.beginAttrs("row", delimiter);
    } else if (len === 1 && b(0) === 99) {
      this.cells++;
      this.beginAttrs("cell", delimiter);
    } else if (len === 9 && String.fromCharCode(...this.name.subarray(start, this.nameLen)) === "mergeCell") {
      this.beginAttrs("merge", delimiter);
    }
  }

  private beginAttrs(kind: "cell" | "merge" | "row", delimiter: number): void {
    this.attrKind = kind;
    this.attrsLen = 0;
    if (delimiter === 62) this.endAttrs();
    else this.state = "attrs";
  }

  private endAttrs(): void {
    if (this.attrKind === "merge") this.mergeArea();
    else if (this.attrKind === "row") this.rowNumber();
    else this.cellColumn();
  }

  /** Offset of the value of attribute `r` (`r="…"`), or -1. */
  private refStart(): number {
    const a = this.attrs;
    for (let k = 0; k + 3 < this.attrsLen; k++) {
      const before = k === 0 ? 32 : (a[k - 1] as number);
      if (a[k] !== 114 || a[k + 1] !== 61 || (before !== 32 && before !== 9 && before !== 10 && before !== 13)) continue;
      return a[k + 3] === 36 ? k + 4 : k + 3;
    }
    return -1;
  }

  private digitsAt(q: number): number {
    let n = 0;
    for (; q < this.attrsLen && n < 1e9; q++) {
      const d = (this.attrs[q] as number) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    return n;
  }

  /** A row without `r` follows the previous one, as readers number it. */
  private rowNumber(): void {
    const q = this.refStart();
    const r = q < 0 ? 0 : this.digitsAt(q);
    this.currentRow = r > 0 ? r : this.currentRow + 1;
  }

  private attrText(): string {
    let s = "";
    for (let k = 0; k < this.attrsLen; k++) s += String.fromCharCode(this.attrs[k] as number);
    return s;
  }

  /** ExcelJS creates every cell of a merged area; `A1:XFD1048576` would be 17 billion. */
  private mergeArea(): void {
    const m = /(?:^|\s)ref\s*=\s*["']([^"']*)["']/.exec(this.attrText());
    const range = m?.[1] ? parseRange(m[1]) : undefined;
    if (range) {
      const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
      this.slots += area;
      this.mergedCells += area;
      if (range.bottom + 1 > this.maxRow) this.maxRow = range.bottom + 1;
    }
  }

  /** Column of a cell from its `r="XFD1"` attribute; a cell without one follows the previous. */
  private cellColumn(): void {
    const a = this.attrs;
    let col = 0;
    let row = 0;
    let q = this.refStart();
    if (q >= 0) {
      for (; q < this.attrsLen; q++) {
        const ch = (a[q] as number) & 0xdf;
        if (ch < 65 || ch > 90) break;
        col = col * 26 + (ch - 64);
      }
      if (a[q] === 36) q++;
      row = this.digitsAt(q);
    }
    if (col === 0) col = this.rowWidth + 1;
    if (col > this.rowWidth) this.rowWidth = col;
    if (row === 0) row = Math.max(1, this.currentRow);
    if (row > this.maxRow) this.maxRow = row;
  }
}

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** Workbook-wide sums of the sheets measured so far. */
interface Totals {
  cells: number;
  mergedCells: number;
  rowSpan: number;
  bytes: number;
}

type Measured = { bytes: number; cells: number; mergedCells: number; rowSpan: number; stopped: PreflightResult | null };

function sheetLimitCrossed(counter: SheetXmlCounter, limits: ReadLimits, totals: Totals, where: string): PreflightResult | null {
  if (counter.rows > limits.maxRowsPerSheet) return exceeded("rows", `${fmtCount(counter.rows)}+`, fmtCount(limits.maxRowsPerSheet), where);
  if (counter.maxRow > limits.maxRowSpanPerSheet) return exceeded("rowSpan", fmtCount(counter.maxRow), fmtCount(limits.maxRowSpanPerSheet), where);
  if (counter.slots > limits.maxGridSlots) return exceeded("area", `${fmtCount(counter.slots)}+`, fmtCount(limits.maxGridSlots), where);
  if (totals.cells + counter.cells > limits.maxCells) return exceeded("cells", `${fmtCount(totals.cells + counter.cells)}+`, fmtCount(limits.maxCells));
  if (totals.mergedCells + counter.mergedCells > limits.maxMergedCells) {
    return exceeded("mergedCells", `${fmtCount(totals.mergedCells + counter.mergedCells)}+`, fmtCount(limits.maxMergedCells), where);
  }
  if (totals.rowSpan + counter.maxRow > limits.maxTotalRowSpan) {
    return exceeded("totalRowSpan", `${fmtCount(totals.rowSpan + counter.maxRow)}+`, fmtCount(limits.maxTotalRowSpan));
  }
  return null;
}

function measure(file: JSZip.JSZipObject, isSheet: boolean, limits: ReadLimits, totals: Totals): Promise<Measured> {
  return new Promise((resolve) => {
    const counter = new SheetXmlCounter();
    let bytes = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    const finish = (stopped: PreflightResult | null): void => {
      if (done) return;
      done = true;
      if (stopped) stream.pause();
      resolve({ bytes, cells: counter.cells, mergedCells: counter.mergedCells, rowSpan: counter.maxRow, stopped });
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        bytes += chunk.length;
        if (isSheet) counter.feed(chunk);
        // Declared sizes can lie; the real byte count cannot.
        if (bytes > limits.maxEntryBytes) {
          finish(exceeded("entryBytes", `> ${formatBytes(bytes)}`, formatBytes(limits.maxEntryBytes), file.name));
        } else if (totals.bytes + bytes > limits.maxTotalBytes) {
          finish(exceeded("totalBytes", `> ${formatBytes(totals.bytes + bytes)}`, formatBytes(limits.maxTotalBytes)));
        } else if (isSheet) {
          const crossed = sheetLimitCrossed(counter, limits, totals, file.name);
          if (crossed) finish(crossed);
        }
      })
      .on("error", (e) => finish({ ok: false, code: "FILE_CORRUPT", args: { detail: `${file.name}: ${e.message}` } }))
      .on("end", () => {
        counter.end();
        finish(isSheet ? sheetLimitCrossed(counter, limits, totals, file.name) : null);
      })
      .resume();
  });
}

export async function preflightWorkbook(data: Uint8Array, entries: readonly ZipEntryInfo[], limits: ReadLimits): Promise<PreflightResult> {
  const declared = checkDeclaredSizes(entries, limits);
  if (declared) return declared;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(detail)) return { ok: false, code: "FILE_ENCRYPTED", args: {} };
    return { ok: false, code: "FILE_CORRUPT", args: { detail } };
  }
  const totals: Totals = { cells: 0, mergedCells: 0, rowSpan: 0, bytes: 0 };
  for (const e of entries) {
    const file = zip.file(e.name.replace(/^\//, "")) ?? zip.file(e.name);
    if (!file || file.dir) continue;
    // Every part, not only XML: ExcelJS inflates media and unknown binaries too, whatever sizes they declare.
    const isSheet = /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    const m = await measure(file, isSheet, limits, totals);
    if (m.stopped) return m.stopped;
    if (m.bytes === 0 && isSheet) return { ok: false, code: "FILE_CORRUPT", args: { detail: `${e.name} is empty (0 bytes)` } };
    totals.cells += m.cells;
    totals.mergedCells += m.mergedCells;
    totals.rowSpan += m.rowSpan;
    totals.bytes += m.bytes;
  }
  return { ok: true, zip };
}
