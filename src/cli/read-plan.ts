/**
 * The allocation plan as the commands read it (`check FILE`, and `--allocation FILE` of
 * `consolidate`, `template` and `probation`): a Word plan (.docx) or a workbook, told apart by the bytes whatever
 * the extension; the workbook reader keeps every other verdict (.xls, .ods, CSV…). A Word table has
 * no A1 cells for a person to find, so the plan's findings name the table and the row there.
 */
import * as path from "path";
import type { Finding, Grid, Lang } from "../core";
import { docxPlace, tableLabel } from "../docx/docx-place";
import { readDocxBytes } from "../docx/read-docx-file";
import { readFileWithinLimits } from "../xlsx/read-file";
import { readWorkbook } from "../xlsx/read-workbook";
import { listsWorkbookPart } from "../xlsx/workbook-zip";

export type PlanRead =
  | { readonly ok: true; readonly grids: readonly Grid[]; readonly docx: boolean; readonly notes: readonly Finding[] }
  | { readonly ok: false; readonly problem: Finding };

export async function readPlanFile(filePath: string): Promise<PlanRead> {
  // Read once, for both readers.
  const file = readFileWithinLimits(filePath);
  if (!file.ok) return file;
  // A workbook's zip is no Word document: the sniffer is skipped (see listsWorkbookPart).
  if (!listsWorkbookPart(file.data)) {
    const docx = await readDocxBytes(file.data, path.basename(filePath));
    if (docx !== null) return docx.ok ? { ok: true, grids: docx.grids, docx: true, notes: [] } : docx;
  }
  const book = await readWorkbook(file.data, filePath);
  return book.ok ? { ok: true, grids: book.grids, docx: false, notes: book.notes ?? [] } : book;
}

/**
 * The findings of a run, those about a Word plan placed at its table's row as a person finds it
 * there: `… › Bảng 1 › dòng 8` instead of C8 (`… › Table 1 › row 8` in English; the table's name is
 * already the finding's sheet). A finding is the plan's when it names the plan's file and one of its
 * tables; when another file of the run has the plan's name, nothing is placed (a finding names its
 * file by name only, and a report's A1 cells must not become rows). A workbook plan's findings are
 * unchanged; a Word plan's finding without a single cell keeps its place, its table named in the
 * run's language.
 */
export function placedInPlan(
  findings: readonly Finding[],
  plan: { readonly path: string; readonly read: Extract<PlanRead, { ok: true }>; readonly otherFiles: readonly string[] },
  lang: Lang,
): Finding[] {
  const file = path.basename(plan.path);
  if (!plan.read.docx || plan.otherFiles.some((f) => path.basename(f) === file)) return [...findings];
  const tables = new Set(plan.read.grids.map((g) => g.name));
  return findings.map((f) => {
    if (f.file !== file || f.sheet === undefined || !tables.has(f.sheet)) return f;
    const sheet = tableLabel(f.sheet, lang);
    // Empty for anything but one cell's address (a range, a place already in words).
    const row = f.cell === undefined ? "" : docxPlace(undefined, [f.cell], lang);
    if (row !== "") return { ...f, sheet, cell: row };
    return sheet === f.sheet ? f : { ...f, sheet };
  });
}

/**
 * `--sheet` as the plan's reader names its grids: a Word table is "Bảng 2" however the run speaks,
 * and an English run shows it as "Table 2", which is taken back too. A workbook's sheet names are
 * the user's own and are kept as given.
 */
export function planSheet(read: Extract<PlanRead, { ok: true }>, sheet: string): string {
  if (!read.docx) return sheet;
  const numbered = /^\s*table\s+(\d+)\s*$/i.exec(sheet);
  return numbered === null ? sheet : `Bảng ${numbered[1] ?? ""}`;
}
