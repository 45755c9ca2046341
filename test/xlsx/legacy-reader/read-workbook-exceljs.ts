/**
 * The reader before the one-pass reader (ExcelJS over a preflight), kept for
 * the differential test only: production never loads it.
 * Any file a user picks → the engine's Grids, or one clear FILE_* finding.
 * Works in Node and in the browser (bytes in, no file system). Order matters:
 * sniff the real format, check declared and real sizes, and only then let
 * ExcelJS expand the workbook.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fileProblem, formatBytes, type FileProblemCode } from "../../../src/core";
import type { Finding, FindingArgs } from "../../../src/core";
import type { CellRange, Grid } from "../../../src/core";
import { readDefinedNames, stripDefinedNames } from "./defined-names-regex";
import { worksheetToGrid } from "./excel-grid";
import { withDefaults, type ReadLimits } from "../../../src/xlsx/limits";
import { preflightWorkbook } from "./preflight";
import { sniffFile } from "../../../src/xlsx/sniff";

export type { ReadLimits } from "../../../src/xlsx/limits";
export { DEFAULT_READ_LIMITS } from "../../../src/xlsx/limits";

export type LegacyReadResult = { ok: true; grids: Grid[] } | { ok: false; problem: Finding };

/**
 * Parts of a sheet the engine never uses. Data validations and hyperlinks are
 * also expanded cell by cell by ExcelJS, so a hostile `sqref="A1:XFD1048576"`
 * would hang the reader; hyperlinked cells still read as their text.
 */
const LOAD_OPTIONS: Partial<ExcelJS.XlsxReadOptions> = {
  ignoreNodes: ["dataValidations", "conditionalFormatting", "hyperlinks", "extLst", "drawing", "legacyDrawing", "picture", "tableParts"],
};

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "");
}

function fail(code: FileProblemCode, fileName: string, args: FindingArgs = {}): LegacyReadResult {
  return { ok: false, problem: fileProblem(code, baseName(fileName), args) };
}

function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  // Library messages can be long or carry XML; the user needs a hint, not a dump.
  return m.replace(/\s+/g, " ").slice(0, 160) || "unknown error";
}

/** Names go to the sheet they point into; ExcelJS never sees them (see defined-names.ts). */
async function workbookBytesWithoutNames(zip: JSZip): Promise<{ bytes: Uint8Array | null; workbookXml: string }> {
  const entry = zip.file("xl/workbook.xml");
  const workbookXml = entry ? await entry.async("string") : "";
  const stripped = stripDefinedNames(workbookXml);
  if (stripped === workbookXml) return { bytes: null, workbookXml };
  zip.file("xl/workbook.xml", stripped);
  // DEFLATE lets JSZip reuse the other parts' compressed bytes instead of recompressing them.
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, workbookXml };
}

function attachNames(grids: Grid[], workbookXml: string): Grid[] {
  const names = readDefinedNames(
    workbookXml,
    grids.map((g) => g.name),
  );
  if (names.length === 0) return grids;
  return grids.map((g) => {
    const mine = names.filter((n) => n.sheet === g.name);
    if (mine.length === 0) return g;
    const definedNames: Record<string, CellRange> = {};
    for (const n of mine) definedNames[n.name] = n.range;
    return { ...g, definedNames };
  });
}

async function readXlsx(data: Uint8Array, fileName: string, zip: JSZip, limits: ReadLimits): Promise<LegacyReadResult> {
  let workbook: ExcelJS.Workbook;
  let workbookXml: string;
  try {
    const prepared = await workbookBytesWithoutNames(zip);
    workbookXml = prepared.workbookXml;
    workbook = new ExcelJS.Workbook();
    // ExcelJS's typings want a Node Buffer; at runtime JSZip inside takes any Uint8Array (and the browser has no Buffer).
    await workbook.xlsx.load((prepared.bytes ?? data) as unknown as ArrayBuffer, LOAD_OPTIONS);
  } catch (e) {
    return fail("FILE_CORRUPT", fileName, { detail: messageOf(e) });
  }
  const counts = { cells: 0 };
  const grids: Grid[] = [];
  try {
    for (const ws of workbook.worksheets) {
      const grid = worksheetToGrid(ws, counts);
      const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
      if (width > limits.maxColumns) {
        return fail("FILE_LIMIT_EXCEEDED", fileName, { limit: "columns", actual: width, max: limits.maxColumns, where: ws.name });
      }
      if (counts.cells > limits.maxCells) return fail("FILE_LIMIT_EXCEEDED", fileName, { limit: "cells", actual: counts.cells, max: limits.maxCells });
      grids.push(grid);
    }
  } catch (e) {
    return fail("FILE_CORRUPT", fileName, { detail: messageOf(e) });
  }
  return { ok: true, grids: attachNames(grids, workbookXml) };
}

export async function readWorkbookWithExcelJS(data: Uint8Array, fileName: string, limits?: Partial<ReadLimits>): Promise<LegacyReadResult> {
  const lim = withDefaults(limits);
  try {
    if (data.length > lim.maxFileBytes) {
      return fail("FILE_TOO_LARGE", fileName, { actual: formatBytes(data.length), limit: formatBytes(lim.maxFileBytes) });
    }
    const sniffed = sniffFile(data, fileName, lim.maxZipEntries);
    if (sniffed.kind === "problem") return fail(sniffed.code, fileName, sniffed.args);
    // As before SheetJS: ExcelJS reads none of the legacy formats.
    if (sniffed.kind === "legacy") return fail(sniffed.format === "xls" ? "FILE_UNSUPPORTED_XLS" : sniffed.format === "ods" ? "FILE_UNSUPPORTED_ODS" : "FILE_UNSUPPORTED_XLSB", fileName);
    if (sniffed.kind !== "xlsx") return fail("FILE_UNSUPPORTED_FORMAT", fileName, { detail: sniffed.kind });
    const pre = await preflightWorkbook(data, sniffed.entries, lim);
    if (!pre.ok) return fail(pre.code, fileName, pre.args);
    return await readXlsx(data, fileName, pre.zip, lim);
  } catch (e) {
    // Last line of defence: whatever a hostile file does to a library, the user gets a finding.
    return fail("FILE_CORRUPT", fileName, { detail: messageOf(e) });
  }
}
