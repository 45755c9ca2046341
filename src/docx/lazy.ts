/**
 * The Word reader for the browser edition, loaded only when a file's first
 * bytes say it may be a Word document (fflate and saxes stay out of the page's
 * first download).
 */
import type { ReadDocxResult } from "./read-docx";
import { mayBeWordDocument } from "./signature";

/** The document's grids or its FILE_* problem; null when the bytes are no Word document. */
export async function readWordDocumentLazily(bytes: Uint8Array, fileName: string): Promise<ReadDocxResult | null> {
  if (!mayBeWordDocument(bytes.subarray(0, 8))) return null;
  const mod = await import(/* webpackChunkName: "docx-read" */ "./read-docx");
  return mod.readIfWordDocument(bytes, fileName);
}
