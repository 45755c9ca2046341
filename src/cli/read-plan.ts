/**
 * The allocation plan as the commands read it (`check FILE`, and `--allocation FILE` of
 * `consolidate`, `template` and `probation`): a Word plan (.docx) or a workbook, told apart by the bytes whatever
 * the extension; the workbook reader keeps every other verdict (.xls, .ods, CSV…). A Word table has
 * no A1 cells for a person to find, so the plan's findings name the table and the row there.
 */
import * as path from "path";
import { fileProblem, type FileCorruptArgs, type Finding, type Grid, type Lang } from "../core";
import { placeInWordPlan } from "../docx/docx-place";
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
  if (book.ok) return { ok: true, grids: book.grids, docx: false, notes: book.notes ?? [] };
  return { ok: false, problem: repairedInWord(book.problem, filePath) };
}

/**
 * A .docx too damaged for its bytes to say it is a Word document (a zip cut short has no directory
 * to list) is judged by the workbook reader; its name still says which program repairs it.
 */
function repairedInWord(problem: Finding, filePath: string): Finding {
  if (problem.code !== "FILE_CORRUPT" || !/\.docx$/i.test(filePath)) return problem;
  // The workbook reader made these arguments for this very code.
  return fileProblem("FILE_CORRUPT", problem.file, { ...(problem.args as FileCorruptArgs), app: "word" });
}

/**
 * The findings of a run, those about a Word plan placed at its table's rows (placeInWordPlan), the
 * plan and the run's other files named by their base names as findings name them.
 */
export function placedInPlan(
  findings: readonly Finding[],
  plan: { readonly path: string; readonly read: Extract<PlanRead, { ok: true }>; readonly otherFiles: readonly string[] },
  lang: Lang,
): Finding[] {
  if (!plan.read.docx) return [...findings];
  const otherFiles = plan.otherFiles.map((f) => path.basename(f));
  return placeInWordPlan(findings, { file: path.basename(plan.path), grids: plan.read.grids, otherFiles }, lang);
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
