/**
 * A Word plan from disk, for the CLI: null when the file is no Word document
 * (or cannot be opened at all), so the caller hands it to the workbook reader,
 * which has a verdict for every other kind of file and every I/O problem.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { DEFAULT_DOCX_LIMITS } from "./docx-limits";
import { readIfWordDocument, type ReadDocxResult } from "./read-docx";
import { mayBeWordDocument } from "./signature";

async function readAll(handle: fs.FileHandle, size: number): Promise<Uint8Array> {
  const buf = Buffer.alloc(size);
  let at = 0;
  while (at < size) {
    const { bytesRead } = await handle.read(buf, at, size - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, at);
}

export async function readDocxFile(filePath: string): Promise<ReadDocxResult | null> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(filePath);
    // Folders, devices, pipes and oversized files: the workbook reader names each one.
    if (!stat.isFile() || stat.size > DEFAULT_DOCX_LIMITS.maxFileBytes || stat.size === 0) return null;
    const handle = await fs.open(filePath, "r");
    try {
      const head = await readAll(handle, Math.min(8, stat.size));
      if (!mayBeWordDocument(head)) return null;
      bytes = await readAll(handle, stat.size);
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
  // Bytes that are a zip or OLE2 file but no Word document belong to the workbook reader.
  return readIfWordDocument(bytes, path.basename(filePath));
}
