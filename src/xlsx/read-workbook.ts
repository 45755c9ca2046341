/**
 * Any file a user picks → the engine's Grids, or one clear FILE_* finding.
 * Works in Node and in the browser (bytes in, no file system). Order matters:
 * sniff the real format from the bytes, check sizes, then read in one pass,
 * counting every limit while reading (see ooxml/read-xlsx.ts and csv.ts).
 */
import { fileProblem, formatBytes, type FileProblemCode } from "../core";
import type { Finding, FindingArgs, Grid } from "../core";
import { readCsvWithin } from "./csv";
import { checkDeclaredSizes } from "./declared-sizes";
import { withDefaults, type ReadLimits } from "./limits";
import { readXlsx } from "./ooxml/read-xlsx";
import { cutNotes } from "./read-notes";
import { ReadStop } from "./read-stop";
import { sniffFile } from "./sniff";
import { MAX_CELL_TEXT } from "./text-bounds";

export type { ReadLimits } from "./limits";
export { DEFAULT_READ_LIMITS } from "./limits";

/** `notes`: what the user should know about a file that was read (text cut, encoding chosen); absent when there is nothing to say. */
export type ReadWorkbookResult = { ok: true; grids: Grid[]; notes?: Finding[] } | { ok: false; problem: Finding };

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "");
}

function fail(code: FileProblemCode, fileName: string, args: FindingArgs = {}): ReadWorkbookResult {
  return { ok: false, problem: fileProblem(code, baseName(fileName), args) };
}

function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s+/g, " ").slice(0, 160) || "unknown error";
}

function ok(grids: Grid[], notes: Finding[]): ReadWorkbookResult {
  return notes.length > 0 ? { ok: true, grids, notes } : { ok: true, grids };
}

function readCsvFile(data: Uint8Array, fileName: string, limits: ReadLimits): ReadWorkbookResult {
  const r = readCsvWithin(data, fileName, limits);
  if ("exceeded" in r) return fail("FILE_LIMIT_EXCEEDED", fileName, { ...r.exceeded });
  return ok([r.grid], r.notes);
}

export async function readWorkbook(data: Uint8Array, fileName: string, limits?: Partial<ReadLimits>): Promise<ReadWorkbookResult> {
  const lim = withDefaults(limits);
  try {
    if (data.length > lim.maxFileBytes) {
      return fail("FILE_TOO_LARGE", fileName, { actual: formatBytes(data.length), limit: formatBytes(lim.maxFileBytes) });
    }
    const sniffed = sniffFile(data, fileName, lim.maxZipEntries);
    if (sniffed.kind === "problem") return fail(sniffed.code, fileName, sniffed.args);
    if (sniffed.kind === "csv") return readCsvFile(data, fileName, lim);
    if (sniffed.kind === "legacy") {
      if (sniffed.entries) {
        const declared = checkDeclaredSizes(sniffed.entries, lim);
        if (declared) throw declared;
      }
      // SheetJS is big and only these files need it: loaded on first use, its own chunk in the browser.
      const mod = await import(/* webpackChunkName: "sheetjs" */ "./legacy/read-legacy");
      const r = mod.readLegacyWorkbook(data, sniffed.format, lim);
      return ok(r.grids, cutNotes(baseName(fileName), r.cut, MAX_CELL_TEXT));
    }
    const r = readXlsx(data, sniffed.entries, lim);
    return ok(r.grids, cutNotes(baseName(fileName), r.cut, MAX_CELL_TEXT));
  } catch (e) {
    if (e instanceof ReadStop) return fail(e.code, fileName, e.args);
    // Last line of defence: whatever a hostile file does to a parser, the user gets a finding.
    return fail("FILE_CORRUPT", fileName, { detail: messageOf(e) });
  }
}
