/** The report files `ptdv consolidate` reads, from the files and folders named on the command line. */
import { promises as fs, type Dirent } from "fs";
import * as path from "path";
import { fileProblem } from "../core";
import type { Finding, LocalizedText } from "../core";
import { errorCode, fsProblemMessage, isUserFixableFsError } from "./fs-problems";
import { skippedLink } from "./input-findings";
import { isFolder, realPathOf } from "./paths";

const SPREADSHEET_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv", ".xls", ".xlsb", ".ods"]);

/** Whether a folder walk reads a file of this name (and a folder of this name is walked): outputs must not be one. */
export function walkedName(name: string): boolean {
  return !name.startsWith("~$") && !name.startsWith(".");
}

/** Whether a file of this name inside an input folder is read as a report. */
export function readAsReport(name: string): boolean {
  return walkedName(name) && SPREADSHEET_EXTENSIONS.has(path.extname(name).toLowerCase());
}

export interface CollectedInputs {
  readonly files: string[];
  /** Folders inside an input folder that could not be listed, links not followed: reported, the rest still read. */
  readonly problems: Finding[];
  /** The folders named on the command line (resolved): an output inside one would be read by the next run. */
  readonly folders: Array<{ readonly path: string; readonly written: string }>;
}

/**
 * Input files in the order given, folders walked in name order; `exclude` holds real paths.
 * Excel's `~$` lock files and hidden files are never reports. A link named on the command line is
 * followed like any path the user typed.
 */
export async function collectInputs(entries: readonly string[], cwd: string, exclude: ReadonlySet<string>): Promise<CollectedInputs | LocalizedText> {
  const files: string[] = [];
  const problems: Finding[] = [];
  const folders: Array<{ readonly path: string; readonly written: string }> = [];
  const keep = async (file: string): Promise<void> => {
    if (!exclude.has(await realPathOf(file))) files.push(file);
  };
  const walk = async (dir: string, shown: string): Promise<void> => {
    let items: Dirent[];
    try {
      items = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (!isUserFixableFsError(e)) throw e;
      problems.push(fileProblem("FILE_UNREADABLE", path.basename(dir), { path: shown, detail: errorCode(e) ?? "" }));
      return;
    }
    items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const it of items) {
      if (!walkedName(it.name)) continue;
      const full = path.join(dir, it.name);
      // Links are not followed inside folders (a link can lead out of the folder, or in a circle), but
      // each one that could be a report is named, with how to include it: skipping it silently would
      // show its organisation as "chưa nộp". Special files (FIFOs, sockets) are never read: a FIFO
      // would block the read forever; one named like a report is named too, for the same reason.
      const spreadsheetName = SPREADSHEET_EXTENSIONS.has(path.extname(it.name).toLowerCase());
      if (it.isDirectory()) await walk(full, path.join(shown, it.name));
      else if (it.isFile() && spreadsheetName) await keep(full);
      else if (spreadsheetName && !it.isSymbolicLink() && !it.isFile()) {
        problems.push(fileProblem("FILE_NOT_REGULAR", it.name, { path: path.join(shown, it.name), detail: it.isFIFO() ? "pipe" : it.isSocket() ? "socket" : "special file" }));
      }
      else if (it.isSymbolicLink() && (SPREADSHEET_EXTENSIONS.has(path.extname(it.name).toLowerCase()) || (await isFolder(full)))) {
        problems.push(skippedLink(path.join(shown, it.name), it.name));
      }
    }
  };
  for (const e of entries) {
    const full = path.resolve(cwd, e);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (err) {
      if (errorCode(err) === "ENOENT" || errorCode(err) === "ENOTDIR") return { vi: `không tìm thấy đầu vào: ${e} [FILE_NOT_FOUND]`, en: `input not found: ${e} [FILE_NOT_FOUND]` };
      const message = fsProblemMessage(err, e);
      if (message) return message;
      throw err;
    }
    if (stat.isDirectory()) {
      folders.push({ path: full, written: e });
      await walk(full, e);
    }
    else if (!stat.isFile()) return { vi: `đầu vào ${e} không phải tệp thông thường (FIFO, thiết bị…) [FILE_NOT_REGULAR]`, en: `input ${e} is not a regular file (FIFO, device…) [FILE_NOT_REGULAR]` };
    else if (!path.basename(full).startsWith("~$")) await keep(full);
  }
  return { files, problems, folders };
}
