/**
 * `ptdv template --allocation FILE --out-dir DIR`: one report template per organisation. Existing
 * files are never overwritten without --force (a template an organisation already filled in may
 * sit in that folder), and the set is placed all or none. Options: program.ts.
 */
import * as path from "path";
import { checkAllocation, formatFindingLine } from "../../core";
import { cellAt, colSpan, displayText, rowSpan, type Grid } from "../../core";
import { hasErrors, type LocalizedText } from "../../core";
import { templateWorkbookSpecs } from "../../core";
import { foldKey } from "../../core";
import { nonRegularKind, publishFiles } from "../atomic-write";
import { main } from "../cli";
import { UsageError } from "../declare";
import type { CliIo } from "../io";
import { fsProblemMessage } from "../fs-problems";
import { notRegularMessage, outputProblemMessage } from "../output-messages";
import { folderArgumentProblem, outputFolderProblem, pathExists } from "../paths";
import type { TemplateArgs } from "../program";
import { placedInPlan, planSheet, readPlanFile } from "../read-plan";
import { reportSettingsFrom } from "../report-settings";
import { sameFile } from "../same-file";

/** "PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025": the plan year, when the sheet says it. */
function yearInTitle(grid: Grid): number | null {
  const rows = rowSpan(grid);
  const cols = colSpan(grid);
  for (let r = rows.first; r <= Math.min(rows.last, rows.first + 15); r++) {
    for (let c = cols.first; c <= cols.last; c++) {
      const m = /\bnam (\d{4})\b/.exec(foldKey(displayText(cellAt(grid, r, c))));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

export async function template(args: TemplateArgs, io: CliIo): Promise<number> {
  const { lang, allocation: allocationArg, outDir: outDirArg } = args;
  const fail = (message: LocalizedText): never => {
    throw new UsageError(message, "template");
  };

  const allocationPath = path.resolve(io.cwd, allocationArg);
  const folder = await folderArgumentProblem(allocationPath, "--allocation", allocationArg);
  if (folder) return fail(folder);
  const read = await readPlanFile(allocationPath);
  if (!read.ok) {
    io.stderr(`ptdv template: ${read.problem.message[lang]}\n`);
    return 2;
  }
  const sheet = args.sheet === undefined ? undefined : planSheet(read, args.sheet);
  const allocation = checkAllocation(read.grids, { file: path.basename(allocationArg), ...(sheet === undefined ? {} : { sheet }) });
  if (!allocation.tableFound || allocation.organizations.length === 0) {
    const plan = { path: allocationPath, read, otherFiles: [] };
    for (const f of placedInPlan(allocation.findings, plan, lang)) io.stderr(`${formatFindingLine(f, lang)}\n`);
    io.stderr(`ptdv template: ${lang === "vi" ? "không tìm thấy bảng phân bổ chỉ tiêu trong" : "no allocation table in"} ${allocationArg}\n`);
    // As check and consolidate: a sheet that does not exist is a wrong argument (2); a table not found, or one without organisations, is an error in the data (1).
    return allocation.findings.some((f) => f.code === "SHEET_NOT_FOUND") ? 2 : 1;
  }
  const grid = read.grids.find((g: Grid) => g.name === allocation.sheet);
  // A Word plan states its year in a paragraph, not in the table: the check read it there.
  const year = args.year ?? (grid ? yearInTitle(grid) : null) ?? allocation.year ?? new Date().getFullYear();

  const outDir = path.resolve(io.cwd, outDirArg);
  // Before anything is written: a file where the folder should be, or no permission, stops here.
  const folderProblem = await outputFolderProblem(outDir);
  if (folderProblem !== null) {
    const message = fsProblemMessage(folderProblem, outDirArg);
    if (!message) throw folderProblem;
    return fail(message);
  }
  const books = templateWorkbookSpecs(allocation, year, await reportSettingsFrom(args, io, lang, "template"), { branchSheet: args.branchSheet });
  const names = books.map((book) => book.fileName ?? "template.xlsx");
  const shown = (name: string): string => path.join(outDirArg, name);
  const inputs = [{ full: allocationPath, written: allocationArg }, ...(args.settings === undefined ? [] : [{ full: path.resolve(io.cwd, args.settings), written: args.settings }])];
  for (const name of names) {
    // Not even --force replaces a file this run reads, however it is reached (symlink, hard link).
    const outPath = path.join(outDir, name);
    for (const input of inputs) {
      if (!(await sameFile(input.full, outPath))) continue;
      return fail({
        vi: `mẫu ${shown(name)} chính là tệp đầu vào ${input.written}; không ghi đè, kể cả với --force. Hãy chọn --out-dir khác.`,
        en: `the template ${shown(name)} is the input ${input.written}; refusing to overwrite it, even with --force. Choose another --out-dir.`,
      });
    }
  }
  for (const name of names) {
    // Even --force cannot put a file where a folder or a device of that name stands; say so before writing.
    const kind = await nonRegularKind(path.join(outDir, name));
    if (kind === "folder") return fail({ vi: `${shown(name)} là một thư mục; không thể ghi mẫu vào đó`, en: `${shown(name)} is a folder; cannot write a template there` });
    if (kind !== null) return fail(notRegularMessage(shown(name), kind));
  }
  if (!args.force) {
    const clashes: string[] = [];
    for (const name of names) if (await pathExists(path.join(outDir, name))) clashes.push(shown(name));
    if (clashes.length > 0) {
      const list = clashes.map((c) => `  ${c}`).join("\n");
      return fail({
        vi: `${clashes.length} tệp đã có trong ${outDirArg}, không ghi đè (chưa ghi tệp nào):\n${list}\nHãy chọn thư mục khác, hoặc thêm --force để ghi đè.`,
        en: `${clashes.length} file(s) already exist in ${outDirArg}; nothing was written:\n${list}\nChoose another folder, or add --force to overwrite them.`,
      });
    }
  }
  // The writer (ExcelJS) is loaded only by a run that writes.
  const { writeWorkbook } = await import("../../xlsx/write-workbook");
  const files = [];
  for (const [i, book] of books.entries()) files.push({ path: path.join(outDir, names[i] ?? "template.xlsx"), bytes: await writeWorkbook(book) });
  await io.beforeOutput?.(outDir);
  try {
    await publishFiles(files, { overwrite: args.force });
  } catch (e) {
    const message = outputProblemMessage(e, (p) => shown(path.basename(p))) ?? fsProblemMessage(e, outDirArg);
    if (!message) throw e;
    io.stderr(`ptdv template: ${message[lang]}\n`);
    return 2;
  }
  for (const name of names) io.stdout(`${shown(name)}\n`);
  io.stdout(
    lang === "vi"
      ? `Đã tạo ${books.length} mẫu báo cáo năm ${year} trong ${outDirArg}.\n`
      : `Wrote ${books.length} report templates for ${year} to ${outDirArg}.\n`,
  );
  if (hasErrors(allocation.findings)) {
    io.stderr(
      lang === "vi"
        ? "Lưu ý: bảng phân bổ có lỗi (xem `ptdv check`); các mẫu dùng số liệu như đã đọc.\n"
        : "Note: the allocation table has errors (see `ptdv check`); templates use the figures as read.\n",
    );
    return 1;
  }
  return 0;
}

/** The command-line form, `ptdv template ARGV…`, for scripts and tests that hold an argument list. */
export function runTemplate(argv: readonly string[], io: CliIo): Promise<number> {
  return main(["template", ...argv], io);
}
