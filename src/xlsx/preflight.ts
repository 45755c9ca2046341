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
  private name = "";
  private attrs = "";
  private rowWidth = 0;
  private inMerge = false;

  feed(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const x = chunk[i] as number;
      if (this.state === "text") {
        if (x === 60) {
          this.state = "name";
          this.name = "";
        }
      } else if (this.state === "name") {
        if (x === 32 || x === 62 || x === 47 || x === 9 || x === 10 || x === 13) {
          const local = this.name.slice(this.name.lastIndexOf(":") + 1);
          if (local === "row") this.startRow();
          if (local === "c" || local === "mergeCell") {
            if (local === "c") this.cells++;
            this.inMerge = local === "mergeCell";
            this.attrs = "";
            this.state = x === 62 ? "text" : "attrs";
          } else {
            this.state = "text";
          }
        } else if (this.name.length < 16) {
          this.name += String.fromCharCode(x);
        }
      } else if (x === 62 || this.attrs.length > 80) {
        if (this.inMerge) this.mergeArea();
        else this.cellColumn();
        this.state = "text";
      } else {
        this.attrs += String.fromCharCode(x);
      }
    }
  }

  /** Call after the last chunk. */
  end(): void {
    this.slots += this.rowWidth;
    this.rowWidth = 0;
  }

  private startRow(): void {
    this.rows++;
    this.slots += this.rowWidth;
    this.rowWidth = 0;
  }

  /** ExcelJS creates every cell of a merged area; `A1:XFD1048576` would be 17 billion. */
  private mergeArea(): void {
    const m = /(?:^|\s)ref\s*=\s*["']([^"']*)["']/.exec(this.attrs);
    const range = m?.[1] ? parseRange(m[1]) : undefined;
    if (range) this.slots += (range.bottom - range.top + 1) * (range.right - range.left + 1);
  }

  private cellColumn(): void {
    const m = /(?:^|\s)r\s*=\s*["']\$?([A-Za-z]{1,3})/.exec(this.attrs);
    let col = this.rowWidth + 1;
    if (m?.[1]) {
      col = 0;
      for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    }
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
          finish(exceeded("rows", `> ${fmtCount(limits.maxRowsPerSheet)}`, fmtCount(limits.maxRowsPerSheet), file.name));
        } else if (counter.slots > limits.maxGridSlots) {
          finish(exceeded("area", `> ${fmtCount(limits.maxGridSlots)}`, fmtCount(limits.maxGridSlots), file.name));
        } else if (cellsSoFar + counter.cells > limits.maxCells) {
          finish(exceeded("cells", `> ${fmtCount(limits.maxCells)}`, fmtCount(limits.maxCells)));
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
    const m = await measure(file, /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(e.name), limits, cells);
    if (m.stopped) return m.stopped;
    if (m.bytes > limits.maxEntryBytes) return exceeded("entryBytes", formatBytes(m.bytes), formatBytes(limits.maxEntryBytes), e.name);
    cells += m.cells;
    total += m.bytes;
    if (total > limits.maxTotalBytes) return exceeded("totalBytes", formatBytes(total), formatBytes(limits.maxTotalBytes));
  }
  return { ok: true, zip };
}
