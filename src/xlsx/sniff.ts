/**
 * What a file really is, from its bytes: people rename .xls to .xlsx, save HTML
 * as .xls, and send password-protected workbooks (which are OLE2 containers,
 * not zips). The extension is only a tie-breaker for plain text.
 */
import { corruptArgs, type FileProblemCode } from "../core";
import type { FindingArgs } from "../core";
import { utf16WithoutBom } from "./csv-encoding";
import { readZipDirectory, storedEntryBytes, type ZipEntryInfo } from "./zip-directory";

export type Sniffed =
  | { readonly kind: "xlsx"; readonly entries: readonly ZipEntryInfo[] }
  | { readonly kind: "csv" }
  /** Read by SheetJS, loaded only for these (legacy/read-legacy.ts); `entries` for the zip-based ones. */
  | { readonly kind: "legacy"; readonly format: "xls" | "ods" | "xlsb"; readonly entries?: readonly ZipEntryInfo[] }
  | { readonly kind: "problem"; readonly code: FileProblemCode; readonly args?: FindingArgs };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

/** Directory entry names in a compound file are UTF-16LE; searching for them avoids a full CFB parser. */
function containsUtf16(b: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    if (b[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function sniffOle2(b: Uint8Array): Sniffed {
  if (containsUtf16(b, "EncryptedPackage") || containsUtf16(b, "EncryptionInfo")) return { kind: "problem", code: "FILE_ENCRYPTED" };
  if (containsUtf16(b, "Workbook") || containsUtf16(b, "Book")) return { kind: "legacy", format: "xls" };
  if (containsUtf16(b, "WordDocument")) return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: "Word .doc" } };
  return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: "Office 97–2003 / OLE2" } };
}

function sniffZip(b: Uint8Array, maxEntries: number): Sniffed {
  const dir = readZipDirectory(b, maxEntries);
  if (!dir.ok) {
    if (dir.reason === "tooManyEntries") {
      return { kind: "problem", code: "FILE_LIMIT_EXCEEDED", args: { limit: "entries", actual: String(dir.data?.count ?? ""), max: maxEntries } };
    }
    return { kind: "problem", code: "FILE_CORRUPT", args: corruptArgs(dir.reason, dir.data) };
  }
  const byName = new Map(dir.entries.map((e) => [e.name.replace(/^\//, ""), e]));
  const mimetype = byName.get("mimetype");
  if (mimetype) {
    const raw = storedEntryBytes(b, mimetype);
    const type = raw ? new TextDecoder().decode(raw) : "";
    if (type === "" || type.includes("spreadsheet")) {
      if (dir.entries.some((e) => e.encrypted)) return { kind: "problem", code: "FILE_ENCRYPTED" };
      // ODF encrypts parts in its manifest, not in the zip: SheetJS reports that as a password.
      return byName.has("content.xml") ? { kind: "legacy", format: "ods", entries: dir.entries } : { kind: "problem", code: "FILE_UNSUPPORTED_ODS" };
    }
    return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: type } };
  }
  if (byName.has("xl/workbook.bin")) {
    if (dir.entries.some((e) => e.encrypted)) return { kind: "problem", code: "FILE_ENCRYPTED" };
    return { kind: "legacy", format: "xlsb", entries: dir.entries };
  }
  if (byName.has("xl/workbook.xml")) {
    if (dir.entries.some((e) => e.encrypted)) return { kind: "problem", code: "FILE_ENCRYPTED" };
    return { kind: "xlsx", entries: dir.entries };
  }
  if (byName.has("word/document.xml")) return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: "Word .docx" } };
  if (byName.has("ppt/presentation.xml")) return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: "PowerPoint .pptx" } };
  if (dir.entries.length === 0) return { kind: "problem", code: "FILE_CORRUPT", args: corruptArgs("emptyZip") };
  return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: "zip archive without a workbook" } };
}

/** Text that a spreadsheet program would not open as CSV: HTML or XML saved with a spreadsheet extension. */
function markupKind(b: Uint8Array): string | undefined {
  const head = new TextDecoder("utf-8").decode(b.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<?xml") && head.includes("mso-application")) return "Excel 2003 XML";
  if (head.startsWith("<?xml")) return "XML";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<table")) return "HTML";
  return undefined;
}

function looksBinary(b: Uint8Array): boolean {
  // UTF-16 text has NULs; its BOM says so and the CSV reader decodes it.
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return false;
  // Without a BOM, UTF-16 shows as a NUL in every other byte; csv-encoding.ts reads it.
  if (utf16WithoutBom(b)) return false;
  const n = Math.min(b.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i] as number;
    if (x === 0) return true;
    if (x < 9 || (x > 13 && x < 32 && x !== 26)) controls++;
  }
  return controls > n / 20;
}

const ZIP_EXTENSIONS = new Set(["xlsx", "xlsm", "xlsb", "ods"]);

export function sniffFile(b: Uint8Array, fileName: string, maxZipEntries: number): Sniffed {
  if (b.length === 0) return { kind: "problem", code: "FILE_EMPTY" };
  if (b[0] === 0x50 && b[1] === 0x4b) return sniffZip(b, maxZipEntries);
  if (startsWith(b, OLE2)) return sniffOle2(b);
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const markup = markupKind(b);
  if (markup) return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: markup } };
  if (looksBinary(b)) {
    if (ext === "xlsx" || ext === "xlsm") return { kind: "problem", code: "FILE_CORRUPT", args: corruptArgs("notZip") };
    return { kind: "problem", code: "FILE_UNSUPPORTED_FORMAT", args: { detail: ext === "" ? "binary" : `.${ext}` } };
  }
  // Text named as a zip workbook is a broken download or a wrong file, not a sheet (issue #15 item 17):
  // reading "hello" as a one-cell table would hide the damage. Legacy .xls stays text-tolerant, as Excel
  // itself opens tab-separated text saved as .xls.
  if (ZIP_EXTENSIONS.has(ext)) return { kind: "problem", code: "FILE_CORRUPT", args: corruptArgs("textNotWorkbook", { ext }) };
  return { kind: "csv" };
}
