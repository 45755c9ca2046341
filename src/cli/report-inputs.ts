/** The report files `ptdv consolidate` reads, from the files and folders named on the command line. */
import { promises as fs } from "fs";
import * as path from "path";
import type { LocalizedText } from "../core/findings";
import { realPathOf } from "./paths";

const SPREADSHEET_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv", ".xls", ".xlsb", ".ods"]);

/**
 * Input files in the order given, folders walked in name order; `exclude` holds real paths.
 * Excel's `~$` lock files and hidden files are never reports.
 */
export async function collectInputs(entries: readonly string[], cwd: string, exclude: ReadonlySet<string>): Promise<string[] | LocalizedText> {
  const out: string[] = [];
  const keep = async (file: string): Promise<void> => {
    if (!exclude.has(await realPathOf(file))) out.push(file);
  };
  const walk = async (dir: string): Promise<void> => {
    const items = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const it of items) {
      if (it.name.startsWith("~$") || it.name.startsWith(".")) continue;
      const full = path.join(dir, it.name);
      if (it.isDirectory()) await walk(full);
      else if (it.isFile() && SPREADSHEET_EXTENSIONS.has(path.extname(it.name).toLowerCase())) await keep(full);
    }
  };
  for (const e of entries) {
    const full = path.resolve(cwd, e);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch {
      return { vi: `không tìm thấy đầu vào: ${e}`, en: `input not found: ${e}` };
    }
    if (stat.isDirectory()) await walk(full);
    else if (!path.basename(full).startsWith("~$")) await keep(full);
  }
  return out;
}
