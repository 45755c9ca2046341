/**
 * listsWorkbookPart (src/xlsx/workbook-zip.ts) for a file on disk: `ptdv check` asks it before the
 * Word reader. False for unreadable and oversized files too: they go the way they went.
 */
import { closeSync, openSync, readSync, statSync } from "fs";
import { listsWorkbookPart } from "../xlsx/workbook-zip";

/** Larger files are left to the readers and their limits. */
const MAX_BYTES = 50 * 1024 * 1024;
const ZIP_SIGNATURE_LENGTH = 4;

export function isWorkbookZip(filePath: string): boolean {
  try {
    const stat = statSync(filePath);
    if (!stat.isFile() || stat.size < ZIP_SIGNATURE_LENGTH || stat.size > MAX_BYTES) return false;
    const bytes = Buffer.allocUnsafe(stat.size);
    const fd = openSync(filePath, "r");
    let read = 0;
    try {
      while (read < bytes.length) {
        const n = readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
    } finally {
      closeSync(fd);
    }
    return listsWorkbookPart(new Uint8Array(bytes.buffer, bytes.byteOffset, read));
  } catch {
    return false;
  }
}
