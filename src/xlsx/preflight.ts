/**
 * Checks a workbook zip against the limits before ExcelJS sees it. ExcelJS
 * inflates every part into one string and builds every cell, so anything it
 * is given must already be known to fit.
 *
 * Two passes: the declared sizes in the central directory (free), then the
 * worksheets are inflated as a stream, counting real bytes, rows and cells and
 * stopping at the first limit crossed — declared sizes can lie.
 */
import JSZip from "jszip";
import { parseRange } from "../core/address";
import type { FindingArgs } from "../core/findings";
import { formatBytes } from "../core/file-problems";
import type { ReadLimits } from "./limits";
import type { ZipEntryInfo } from "./zip-directory";

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
  private state: "text" | "name" | "attrs" = "text";
  // Byte buffers rather than strings: this runs over every byte of every sheet.
  private readonly name = new Uint8Array(16);
  private nameLen = 0;
  private readonly attrs = new Uint8Array(128);
  private attrsLen = 0;
  private inMerge = false;
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
        if (this.inMerge) this.mergeArea();
        else this.cellColumn();
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
    } else if (len === 1 && b(0) === 99) {
      this.cells++;
      this.beginAttrs(false, delimiter);
    } else if (len === 9 && String.fromCharCode(...this.name.subarray(start, this.nameLen)) === "mergeCell") {
      this.beginAttrs(true, delimiter);
    }
  }

  private beginAttrs(merge: boolean, delimiter: number): void {
    this.inMerge = merge;
    this.attrsLen = 0;
    if (delimiter === 62) {
      if (!merge) this.cellColumn();
    } else {
      this.state = "attrs";
    }
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
    if (range) this.slots += (range.bottom - range.top + 1) * (range.right - range.left + 1);
  }

  /** Column of a cell from its `r="XFD1"` attribute; a cell without one follows the previous. */
  private cellColumn(): void {
    const a = this.attrs;
    let col = 0;
    for (let k = 0; k + 3 < this.attrsLen; k++) {
      const before = k === 0 ? 32 : (a[k - 1] as number);
      if (a[k] !== 114 || a[k + 1] !== 61 || (before !== 32 && before !== 9 && before !== 10 && before !== 13)) continue;
      let q = k + 3;
      if (a[q] === 36) q++;
      for (; q < this.attrsLen; q++) {
        const ch = (a[q] as number) & 0xdf;
        if (ch < 65 || ch > 90) break;
        col = col * 26 + (ch - 64);
      }
      break;
    }
    if (col === 0) col = this.rowWidth + 1;
    if (col > this.rowWidth) this.rowWidth = col;
  }
}

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

type Measured = { bytes: number; cells: number; rows: number; stopped: PreflightResult | null };

function measure(file: JSZip.JSZipObject, isSheet: boolean, limits: ReadLimits, cellsSoFar: number): Promise<Measured> {
  return new Promise((resolve) => {
    const counter = new SheetXmlCounter();
    let bytes = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    const finish = (stopped: PreflightResult | null): void => {
      if (done) return;
      done = true;
      if (stopped) stream.pause();
      resolve({ bytes, cells: counter.cells, rows: counter.rows, stopped });
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        bytes += chunk.length;
        if (isSheet) counter.feed(chunk);
        // Declared sizes can lie; the real byte count cannot.
        if (bytes > limits.maxEntryBytes) {
          finish(exceeded("entryBytes", `> ${formatBytes(bytes)}`, formatBytes(limits.maxEntryBytes), file.name));
        } else if (counter.rows > limits.maxRowsPerSheet) {
          finish(exceeded("rows", `${fmtCount(counter.rows)}+`, fmtCount(limits.maxRowsPerSheet), file.name));
        } else if (counter.slots > limits.maxGridSlots) {
          finish(exceeded("area", `${fmtCount(counter.slots)}+`, fmtCount(limits.maxGridSlots), file.name));
        } else if (cellsSoFar + counter.cells > limits.maxCells) {
          finish(exceeded("cells", `${fmtCount(cellsSoFar + counter.cells)}+`, fmtCount(limits.maxCells)));
        }
      })
      .on("error", (e) => finish({ ok: false, code: "FILE_CORRUPT", args: { detail: `${file.name}: ${e.message}` } }))
      .on("end", () => {
        counter.end();
        finish(counter.slots > limits.maxGridSlots ? exceeded("area", fmtCount(counter.slots), fmtCount(limits.maxGridSlots), file.name) : null);
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
  let cells = 0;
  let total = 0;
  for (const e of entries) {
    const file = zip.file(e.name.replace(/^\//, "")) ?? zip.file(e.name);
    if (!file || file.dir) continue;
    // Only XML parts become strings and objects in ExcelJS; media stay bytes and are covered by the declared check.
    if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
    const isSheet = /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    const m = await measure(file, isSheet, limits, cells);
    if (m.stopped) return m.stopped;
    if (m.bytes === 0 && isSheet) return { ok: false, code: "FILE_CORRUPT", args: { detail: `${e.name} is empty (0 bytes)` } };
    if (m.bytes > limits.maxEntryBytes) return exceeded("entryBytes", formatBytes(m.bytes), formatBytes(limits.maxEntryBytes), e.name);
    cells += m.cells;
    total += m.bytes;
    if (total > limits.maxTotalBytes) return exceeded("totalBytes", formatBytes(total), formatBytes(limits.maxTotalBytes));
  }
  return { ok: true, zip };
}
