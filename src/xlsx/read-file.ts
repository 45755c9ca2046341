/**
 * Node wrapper around readWorkbook: missing, unreadable and oversized files become findings too.
 *
 * The file system is used synchronously on purpose: the CLI reads one file after another, and each
 * fs.promises call (stat, open, read, close) costs about ten times the CPU of its synchronous twin
 * in thread hand-offs and promises — 0.3 ms per report, a third of a second for 1,000 reports.
 */
import { closeSync, openSync, readSync, statSync, type Stats } from "fs";
import * as path from "path";
import { crc32, inflateRawSync } from "zlib";
import { fileProblem, formatBytes } from "../core";
import type { Finding } from "../core";
import { withDefaults, type ReadLimits } from "./limits";
import { readWorkbook, type ReadWorkbookResult } from "./read-workbook";
import { usePlatformZip } from "./zip-entry";

// In Node, zlib inflates and checksums natively; what it refuses (more bytes than declared, damaged
// data) goes down fflate's streaming path, which names the limit or the damage as before.
usePlatformZip({
  inflate: (data, max) => {
    try {
      return inflateRawSync(data, { maxOutputLength: max });
    } catch {
      return null;
    }
  },
  crc32: (data, running) => crc32(data, running),
});

function kindOf(stat: Stats): string {
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isFIFO()) return "pipe";
  if (stat.isSocket()) return "socket";
  return "special file";
}

/**
 * Reads up to `max` bytes, trusting no size reported beforehand: one buffer of
 * the size `stat` gave (plus one byte to notice growth), grown only if the
 * file grew — not a zero-filled megabyte per file.
 */
function readAtMost(filePath: string, max: number, expected: number): Uint8Array {
  const fd = openSync(filePath, "r");
  try {
    let buf = Buffer.allocUnsafe(Math.min(max, expected + 1));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (buf.length >= max) break;
        const bigger = Buffer.allocUnsafe(Math.min(max, buf.length * 2));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const bytesRead = readSync(fd, buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, total);
  } finally {
    closeSync(fd);
  }
}

export type FileBytes = { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly problem: Finding };

/**
 * A file's bytes within the size limit, or the FILE_* finding that says why not: missing, a folder,
 * a device or pipe, unreadable, too large. Read once, for every reader that looks at them.
 */
export function readFileWithinLimits(filePath: string, limits?: Partial<ReadLimits>): FileBytes {
  const name = path.basename(filePath);
  const lim = withDefaults(limits);
  let data: Uint8Array;
  try {
    const stat = statSync(filePath);
    if (stat.isDirectory()) return { ok: false, problem: fileProblem("FILE_UNREADABLE", name, { path: filePath, detail: "is a folder" }) };
    // Devices, pipes and sockets report no real size and may never end (`/dev/zero`).
    if (!stat.isFile()) return { ok: false, problem: fileProblem("FILE_NOT_REGULAR", name, { path: filePath, detail: kindOf(stat) }) };
    // Refuse before reading: a 10 GB file must not be pulled into memory to be told it is too big.
    if (stat.size > lim.maxFileBytes) {
      return { ok: false, problem: fileProblem("FILE_TOO_LARGE", name, { actual: formatBytes(stat.size), limit: formatBytes(lim.maxFileBytes) }) };
    }
    data = readAtMost(filePath, lim.maxFileBytes + 1, stat.size);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, problem: fileProblem("FILE_NOT_FOUND", name, { path: filePath }) };
    return { ok: false, problem: fileProblem("FILE_UNREADABLE", name, { path: filePath, detail: code ?? String(e) }) };
  }
  // A file that grew after stat is caught here: at most one byte past the limit was read.
  if (data.length > lim.maxFileBytes) {
    return { ok: false, problem: fileProblem("FILE_TOO_LARGE", name, { actual: `> ${formatBytes(lim.maxFileBytes)}`, limit: formatBytes(lim.maxFileBytes) }) };
  }
  return { ok: true, data };
}

export async function readWorkbookFile(filePath: string, limits?: Partial<ReadLimits>): Promise<ReadWorkbookResult> {
  const file = readFileWithinLimits(filePath, limits);
  return file.ok ? readWorkbook(file.data, filePath, limits) : file;
}
