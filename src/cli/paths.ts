/** Paths given on the command line, compared by the file they finally name. */
import { constants as fsConstants, promises as fs, realpathSync } from "fs";
import * as path from "path";
import type { LocalizedText } from "../core";

/**
 * The file a path finally names, through symlinks; for a file not yet written, its folder's real path.
 * Synchronous inside: it runs once per input file, and fs.promises.realpath costs several times the
 * CPU of realpathSync for nothing (the CLI has nothing else to do meanwhile).
 */
export async function realPathOf(p: string): Promise<string> {
  try {
    return realpathSync.native(p);
  } catch {
    try {
      return path.join(realpathSync.native(path.dirname(p)), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

/** A folder given where a file is expected, said in the user's language before any reader sees it. */
export async function folderArgumentProblem(p: string, option: string, written: string): Promise<LocalizedText | null> {
  try {
    if (!(await fs.stat(p)).isDirectory()) return null;
  } catch {
    return null;
  }
  return { vi: `${option} ${written} là một thư mục, cần một tệp (bảng tính, hoặc tài liệu Word với kế hoạch)`, en: `${option} ${written} is a folder; a file is needed (a spreadsheet, or a Word document for a plan)` };
}

/** lstat, so a dangling symlink counts as taken: writing through it would create a file elsewhere. */
export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the output folder if needed and checks it can be written; the file-system error, if any,
 * for the caller to word with the path the user typed.
 */
export async function outputFolderProblem(folder: string): Promise<unknown> {
  try {
    await fs.mkdir(folder, { recursive: true });
    await fs.access(folder, fsConstants.W_OK);
    return null;
  } catch (e) {
    return e;
  }
}

/** Through symlinks: a link to a folder is a folder for writing purposes. */
export async function isFolder(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
