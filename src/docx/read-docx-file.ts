/**
 * A Word plan from bytes already read, for the CLI: null when they are no Word document, so the
 * caller hands them to the workbook reader, which has a verdict for every other kind of file.
 *
 * Every .xlsx is a zip too: the zip's names are looked at first (sniff-docx), and the Word reader
 * (its XML parser and table builder) is loaded only for a file that is a Word document.
 */
import { DEFAULT_DOCX_LIMITS } from "./docx-limits";
import type { ReadDocxResult } from "./read-docx";
import { mayBeWordDocument } from "./signature";
import { sniffDocument } from "./sniff-docx";

export async function readDocxBytes(bytes: Uint8Array, fileName: string): Promise<ReadDocxResult | null> {
  // Empty and oversized files: the workbook reader names each one.
  if (bytes.length === 0 || bytes.length > DEFAULT_DOCX_LIMITS.maxFileBytes || !mayBeWordDocument(bytes.subarray(0, 8))) return null;
  // Bytes that are a zip or OLE2 file but no Word document belong to the workbook reader.
  if (sniffDocument(bytes) === null) return null;
  const { readDocx } = await import("./read-docx");
  return readDocx(bytes, fileName);
}
