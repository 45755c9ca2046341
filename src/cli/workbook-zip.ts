/**
 * Whether a file is a zip whose directory lists xl/workbook.xml: a workbook, which the Word
 * sniffer (src/docx/sniff-docx.ts) always turns away, since a .docx holds word/document.xml and
 * no workbook. `ptdv check` asks this first, so that a workbook is not listed a second time by the
 * sniffer through fflate, whose tables are built when it loads (issue #16: about 7 ms of every
 * `ptdv check` of a workbook). Both read the same central directory (the last end record in the
 * file, its entry count), so a directory that lists the workbook here lists it there too, or fflate
 * fails on it, and the sniffer says "no Word document" either way.
 *
 * False for everything else, unreadable and oversized files included: they go the way they went.
 */
import { closeSync, openSync, readSync, statSync } from "fs";
import { readZipDirectory } from "../xlsx/zip-directory";

/** Larger files are left to the readers and their limits. */
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function isWorkbookZip(filePath: string): boolean {
  try {
    const stat = statSync(filePath);
    if (!stat.isFile() || stat.size < ZIP.length || stat.size > MAX_BYTES) return false;
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
    const b = new Uint8Array(bytes.buffer, bytes.byteOffset, read);
    if (!ZIP.every((x, i) => b[i] === x)) return false;
    const dir = readZipDirectory(b, MAX_ENTRIES);
    return dir.ok && dir.entries.some((e) => e.name.replace(/^\//, "") === "xl/workbook.xml");
  } catch {
    return false;
  }
}
