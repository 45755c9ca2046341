/** Paths given on the command line, compared by the file they finally name. */
import { promises as fs } from "fs";
import * as path from "path";
import type { LocalizedText } from "../core/findings";

/** The file a path finally names, through symlinks; for a file not yet written, its folder's real path. */
export async function realPathOf(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(p)), path.basename(p));
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
  return { vi: `${option} ${written} là một thư mục, cần một tệp .xlsx hoặc .csv`, en: `${option} ${written} is a folder; a .xlsx or .csv file is needed` };
}
