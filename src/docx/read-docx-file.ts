/**
 * A Word plan from disk, for the CLI: null when the file is no Word document
 * (or cannot be opened at all), so the caller hands it to the workbook reader,
 * which has a verdict for every other kind of file and every I/O problem.
 *
 * Every .xlsx is a zip too: the zip's names are looked at first (sniff-docx),
 * and the Word reader (its XML parser and table builder) is loaded only for a
 * file that is a Word document. Synchronous I/O: the CLI has nothing else to
 * do meanwhile, and it costs a fraction of the CPU of fs.promises.
 */
import { closeSync, openSync, readSync, statSync } from "fs";
import * as path from "path";
import { DEFAULT_DOCX_LIMITS } from "./docx-limits";
import type { ReadDocxResult } from "./read-docx";
import { mayBeWordDocument } from "./signature";
import { sniffDocument } from "./sniff-docx";

function readAll(fd: number, size: number): Uint8Array {
  const buf = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const bytesRead = readSync(fd, buf, at, size - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, at);
}

export async function readDocxFile(filePath: string): Promise<ReadDocxResult | null> {
  let bytes: Uint8Array;
  try {
    const stat = statSync(filePath);
    // Folders, devices, pipes and oversized files: the workbook reader names each one.
    if (!stat.isFile() || stat.size > DEFAULT_DOCX_LIMITS.maxFileBytes || stat.size === 0) return null;
    const fd = openSync(filePath, "r");
    try {
      const head = readAll(fd, Math.min(8, stat.size));
      if (!mayBeWordDocument(head)) return null;
      bytes = readAll(fd, stat.size);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  // Bytes that are a zip or OLE2 file but no Word document belong to the workbook reader.
  if (sniffDocument(bytes) === null) return null;
  const { readDocx } = await import("./read-docx");
  return readDocx(bytes, path.basename(filePath));
}
