/**
 * A Word plan (.docx) as grids the engine checks like sheets: the zip opened
 * with fflate within the same limits as a workbook (parts, sizes, ratio),
 * word/document.xml parsed by saxes (docx-xml.ts), every table a grid
 * (docx-grid.ts). Bytes in, grids or one FILE_* finding out; never a throw.
 */
import { strFromU8, unzipSync } from "fflate";
import { corruptArgs, fileProblem, formatBytes, type Finding, type Grid } from "../core";
import { docxGrids } from "./docx-grid";
import { docxLimits, type DocxLimits } from "./docx-limits";
import { docxProblem } from "./docx-problems";
import { DocxReadError, parseDocumentXml } from "./docx-xml";
import { sniffDocument } from "./sniff-docx";

export type ReadDocxResult = { readonly ok: true; readonly grids: Grid[] } | { readonly ok: false; readonly problem: Finding };

const DOCUMENT = "word/document.xml";

function problemOf(e: DocxReadError, file: string): Finding {
  if (e.kind === "limit" && e.limit !== undefined) {
    const { name, actual, max, where } = e.limit;
    return fileProblem("FILE_LIMIT_EXCEEDED", file, where === undefined ? { limit: name, actual, max, app: "word" } : { limit: name, actual, max, where, app: "word" });
  }
  if (e.corrupt !== undefined) return fileProblem("FILE_CORRUPT", file, { ...corruptArgs(e.corrupt.reason, e.corrupt.data), app: "word" });
  return fileProblem("FILE_CORRUPT", file, { detail: e.message, app: "word" });
}

/** Refuses by the sizes the zip declares, before anything is inflated (fflate never writes past them). */
function documentXml(bytes: Uint8Array, limits: DocxLimits): Uint8Array {
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (++entries > limits.maxZipEntries) throw new DocxReadError("limit", "entries", { name: "entries", actual: `> ${limits.maxZipEntries}`, max: limits.maxZipEntries });
        total += f.originalSize;
        if (total > limits.maxTotalBytes) throw new DocxReadError("limit", "totalBytes", { name: "totalBytes", actual: formatBytes(total), max: formatBytes(limits.maxTotalBytes) });
        const name = f.name.replace(/^\//, "");
        if (name !== DOCUMENT) return false;
        if (f.originalSize > limits.maxEntryBytes) {
          throw new DocxReadError("limit", "entryBytes", { name: "entryBytes", actual: formatBytes(f.originalSize), max: formatBytes(limits.maxEntryBytes) });
        }
        if (f.originalSize > limits.ratioAppliesAbove && f.originalSize / Math.max(1, f.size) > limits.maxRatio) {
          throw new DocxReadError("limit", "ratio", { name: "ratio", actual: `${Math.round(f.originalSize / Math.max(1, f.size))}:1`, max: `${limits.maxRatio}:1` });
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw DocxReadError.damaged("zipUnreadable", { text: e instanceof Error ? e.message : String(e) });
  }
  const xml = files[DOCUMENT] ?? files[`/${DOCUMENT}`];
  if (xml === undefined) throw DocxReadError.damaged("documentMissing", { name: DOCUMENT });
  return xml;
}

function decode(xml: Uint8Array): string {
  // Word writes UTF-8; an XML part may also be UTF-16 with its byte order mark.
  const utf16 = xml[0] === 0xff && xml[1] === 0xfe ? "utf-16le" : xml[0] === 0xfe && xml[1] === 0xff ? "utf-16be" : null;
  if (utf16 !== null) return new TextDecoder(utf16).decode(xml);
  // fflate's decoder falls back to its own where a webview has no TextDecoder.
  return strFromU8(xml.length >= 3 && xml[0] === 0xef && xml[1] === 0xbb && xml[2] === 0xbf ? xml.subarray(3) : xml);
}

/** `file` names the file in findings (a base name, not a path). */
export function readDocx(bytes: Uint8Array, file: string, limits?: Partial<DocxLimits>): ReadDocxResult {
  const lim = docxLimits(limits);
  if (bytes.length === 0) return { ok: false, problem: fileProblem("FILE_EMPTY", file) };
  if (bytes.length > lim.maxFileBytes) return { ok: false, problem: fileProblem("FILE_TOO_LARGE", file, { actual: formatBytes(bytes.length), limit: formatBytes(lim.maxFileBytes) }) };
  const kind = sniffDocument(bytes);
  if (kind === "doc") return { ok: false, problem: docxProblem("FILE_UNSUPPORTED_DOC", file) };
  if (kind !== "docx") return { ok: false, problem: fileProblem("FILE_UNSUPPORTED_FORMAT", file, { detail: "not a Word .docx document" }) };
  try {
    const content = parseDocumentXml(decode(documentXml(bytes, lim)), lim);
    return { ok: true, grids: docxGrids(content, lim) };
  } catch (e) {
    if (e instanceof DocxReadError) return { ok: false, problem: problemOf(e, file) };
    // Nothing else is expected; a user's file still gets a finding, not a crash.
    return { ok: false, problem: fileProblem("FILE_CORRUPT", file, { detail: e instanceof Error ? e.message : String(e), app: "word" }) };
  }
}

/**
 * For hosts that take any file: the document read when the bytes are a Word
 * document (.docx, or a legacy .doc refused with advice), null otherwise, so
 * the workbook reader gives its own verdict (.xlsx, .csv, .xls, corrupt…).
 */
export function readIfWordDocument(bytes: Uint8Array, file: string, limits?: Partial<DocxLimits>): ReadDocxResult | null {
  const kind = sniffDocument(bytes);
  return kind === null ? null : readDocx(bytes, file, limits);
}
