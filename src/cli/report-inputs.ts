/** The report files `ptdv consolidate` reads, from the files and folders named on the command line. */
import { promises as fs, type Dirent } from "fs";
import * as path from "path";
import { fileProblem } from "../core";
import type { Finding, LocalizedText } from "../core";
import { errorCode, fsProblemMessage, isUserFixableFsError } from "./fs-problems";
import { skippedLink } from "./input-findings";
import { isFolder, realPathOf } from "./paths";

const SPREADSHEET_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv", ".xls", ".xlsb", ".ods"]);

export interface CollectedInputs {
  readonly files: string[];
  /** Folders inside an input folder that could not be listed, links not followed: reported, the rest still read. */
  readonly problems: Finding[];
}

/**
 * Input files in the order given, folders walked in name order; `exclude` holds real paths.
 * Excel's `~$` lock files and hidden files are never reports. A link named on the command line is
 * followed like any path the user typed.
 */
export async function collectInputs(entries: readonly string[], cwd: string, exclude: ReadonlySet<string>): Promise<CollectedInputs | LocalizedText> {
  const files: string[] = [];
  const problems: Finding[] = [];
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
      if (it.name.startsWith("~$") || it.name.startsWith(".")) continue;
      const full = path.join(dir, it.name);
      // Links are not followed inside folders (a link can lead out of the folder, or in a circle), but
      // each one that could be a report is named, with how to include it: skipping it silently would
      // show its organisation as "chưa nộp". Special files (FIFOs, sockets) are never reports: a FIFO
      // would block the read forever.
      if (it.isDirectory()) await walk(full, path.join(shown, it.name));
      else if (it.isFile() && SPREADSHEET_EXTENSIONS.has(path.extname(it.name).toLowerCase())) await keep(full);
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
      if (errorCode(err) === "ENOENT" || errorCode(err) === "ENOTDIR") return { vi: `không tìm thấy đầu vào: ${e}`, en: `input not found: ${e}` };
      const message = fsProblemMessage(err, e);
      if (message) return message;
      throw err;
    }
    if (stat.isDirectory()) await walk(full, e);
    else if (!stat.isFile()) return { vi: `đầu vào ${e} không phải tệp thông thường (FIFO, thiết bị…)`, en: `input ${e} is not a regular file (FIFO, device…)` };
    else if (!path.basename(full).startsWith("~$")) await keep(full);
  }
  return { files, problems };
}
