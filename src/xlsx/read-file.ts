/** Node wrapper around readWorkbook: missing, unreadable and oversized files become findings too. */
import { promises as fs } from "fs";
import * as path from "path";
import { fileProblem, formatBytes } from "../core/file-problems";
import { withDefaults, type ReadLimits } from "./limits";
import { readWorkbook, type ReadWorkbookResult } from "./read-workbook";

export async function readWorkbookFile(filePath: string, limits?: Partial<ReadLimits>): Promise<ReadWorkbookResult> {
  const name = path.basename(filePath);
  const lim = withDefaults(limits);
  let data: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) return { ok: false, problem: fileProblem("FILE_UNREADABLE", name, { path: filePath, detail: "is a folder" }) };
    // Refuse before reading: a 10 GB file must not be pulled into memory to be told it is too big.
    if (stat.size > lim.maxFileBytes) {
      return { ok: false, problem: fileProblem("FILE_TOO_LARGE", name, { actual: formatBytes(stat.size), limit: formatBytes(lim.maxFileBytes) }) };
    }
    data = await fs.readFile(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, problem: fileProblem("FILE_NOT_FOUND", name, { path: filePath }) };
    return { ok: false, problem: fileProblem("FILE_UNREADABLE", name, { path: filePath, detail: code ?? String(e) }) };
  }
  return readWorkbook(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), filePath, limits);
}
