/**
 * `ptdv consolidate --allocation FILE --month YYYY-MM … INPUT...`: the reports consolidated into
 * progress, printed (text or JSON) and optionally written to `--out`. Options: program.ts.
 */
import * as path from "path";
import { checkAllocation } from "../../core";
import type { Finding, LocalizedText } from "../../core";
import { hasErrors } from "../../core";
import { readAliasGrid, type Alias } from "../../core";
import { startConsolidation, type SubmissionSource } from "../../core";
import { consolidationJson } from "../../core";
import { parsePeriodArgument } from "../../core";
import { progressWorkbookSpec, reportSettingsFromDocument } from "../../core";
import { allocationOwner, branchSummary, consolidationExtras, parseRegisterPeriod, type AllocationCheckResult, type ConsolidationResult, type Grid, type Lang } from "../../core";
import { consolidationText, formatFindingLine, formatNumber } from "../../core";
import { readWorkbookFile } from "../../xlsx/read-file";
import { publishFiles } from "../atomic-write";
import { main } from "../cli";
import { UsageError } from "../declare";
import { writeJson } from "../printable";
import { fsProblemMessage } from "../fs-problems";
import type { CliIo } from "../io";
import { outputProblemMessage } from "../output-messages";
import { outTargetProblem } from "../output-target";
import { folderArgumentProblem, realPathOf } from "../paths";
import type { ConsolidateArgs } from "../program";
import { collectInputs } from "../report-inputs";
import { documentSettingsFrom } from "../report-settings";
import { listPlacedCells } from "../../docx/docx-place";
import { placedInPlan, planSheet, readPlanFile } from "../read-plan";

export async function consolidateCommand(args: ConsolidateArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  const fail = (message: LocalizedText): never => {
    throw new UsageError(message, "consolidate");
  };
  const allocationArg = args.allocation;
  const monthArg = args.month;
  const period = parsePeriodArgument(monthArg);
  if (!period) return fail({ vi: `--month phải có dạng YYYY-MM, ví dụ 2025-05 (nhận "${monthArg}")`, en: `--month must be YYYY-MM, e.g. 2025-05 (got "${monthArg}")` });
  const { year, month } = period;
  const target = args.target ?? null;
  const registerPeriod = args.period === undefined ? undefined : parseRegisterPeriod(args.period);
  if (registerPeriod === null) {
    return fail({
      vi: `--period phải là năm (2025), quý (2025-Q2), 6 tháng (2025-H1) hoặc tháng (2025-05) (nhận "${args.period ?? ""}")`,
      en: `--period must be a year (2025), a quarter (2025-Q2), a half-year (2025-H1) or a month (2025-05) (got "${args.period ?? ""}")`,
    });
  }
  if (registerPeriod !== undefined && registerPeriod.year !== year) {
    return fail({ vi: `--period ${args.period ?? ""} phải thuộc năm ${year} của --month`, en: `--period ${args.period ?? ""} must lie in ${year}, the year of --month` });
  }
  if (args.branchYears < 1) return fail({ vi: "--branch-years phải từ 1 trở lên", en: "--branch-years must be 1 or more" });

  const allocationPath = path.resolve(io.cwd, allocationArg);
  const aliasesArg = args.aliases;
  const aliasesPath = aliasesArg === undefined ? undefined : path.resolve(io.cwd, aliasesArg);
  const outArg = args.out;
  const outPath = outArg === undefined ? undefined : path.resolve(io.cwd, outArg);
  const docxArg = args.docx;
  const docxPath = docxArg === undefined ? undefined : path.resolve(io.cwd, docxArg);

  for (const [option, p, written] of [["--allocation", allocationPath, allocationArg], ["--aliases", aliasesPath, aliasesArg], ["--out", outPath, outArg], ["--docx", docxPath, docxArg]] as const) {
    if (p === undefined || written === undefined) continue;
    const folder = await folderArgumentProblem(p, option, written);
    if (folder) return fail(folder);
  }
  // A bad settings file stops the run before any report is read.
  const document = await documentSettingsFrom(args, io, lang, "consolidate");
  const settingsReal = args.settings === undefined ? undefined : await realPathOf(path.resolve(io.cwd, args.settings));
  const allocationReal = await realPathOf(allocationPath);
  const aliasesReal = aliasesPath === undefined ? undefined : await realPathOf(aliasesPath);
  // The allocation table and the aliases are not reports, even inside an input folder. --out is never
  // excluded: an existing file there is an input like any other, and overwriting it is refused below.
  const exclude = new Set<string>([allocationReal, ...(aliasesReal === undefined ? [] : [aliasesReal]), ...(settingsReal === undefined ? [] : [settingsReal])]);
  const collected = await collectInputs(args.inputs, io.cwd, exclude);
  if (!("files" in collected)) return fail(collected);
  const inputs = collected.files;
  // Last year's registers: read only for Biểu 2's column (3), never as this year's reports.
  const previousPaths: string[] = [];
  const inputFolders = [...collected.folders];
  if (args.previous !== undefined) {
    const previous = await collectInputs(args.previous, io.cwd, exclude);
    if (!("files" in previous)) return fail(previous);
    previousPaths.push(...previous.files);
    inputFolders.push(...previous.folders);
  }
  // --out and --docx follow the same rules: never an input, never each other, never over a file without --force.
  const outputs: Array<readonly [string, string, string]> = [];
  if (outArg !== undefined && outPath !== undefined) outputs.push(["--out", outArg, outPath]);
  if (docxArg !== undefined && docxPath !== undefined) outputs.push(["--docx", docxArg, docxPath]);
  if (outputs.length === 2 && (await realPathOf(outPath ?? "")) === (await realPathOf(docxPath ?? ""))) {
    return fail({ vi: `--out và --docx là cùng một tệp (${outArg}); hãy chọn hai tên khác nhau.`, en: `--out and --docx are the same file (${outArg}); choose two different names.` });
  }
  for (const [option, written, target] of outputs) {
    const problem = await outTargetProblem({
      option,
      outArg: written,
      outPath: target,
      force: args.force,
      cwd: io.cwd,
      inputs: [...inputs, ...previousPaths],
      inputFolders,
      others: [
        { real: allocationReal, written: allocationArg },
        ...(aliasesReal === undefined ? [] : [{ real: aliasesReal, written: aliasesArg ?? "" }]),
        ...(settingsReal === undefined ? [] : [{ real: settingsReal, written: args.settings ?? "" }]),
      ],
    });
    if (problem) return fail(problem);
  }

  const consolidationOptions = (allocation: AllocationCheckResult, grids: readonly Grid[]): Parameters<typeof startConsolidation>[0] => ({
    allocation,
    year,
    month,
    target,
    aliases: [],
    allocationFile: path.basename(allocationPath),
    ...allocationOwnerOf(grids, allocation),
    branchThresholds: { minMembers: args.branchMinMembers, years: args.branchYears },
    branchSheet: args.branchSheet,
    ...(registerPeriod === undefined ? {} : { registerPeriod }),
  });
  // When the allocation cannot be used, --json still prints its one object: no figures, the findings that stopped the run.
  const stopOnAllocation = (findings: readonly Finding[], allocation: AllocationCheckResult, status: number): number => {
    if (args.json) {
      const empty = startConsolidation(consolidationOptions(allocation, [])).finish();
      writeJson((text) => io.stdout(text), consolidationJson({ ...empty, findings: [...findings] }, lang));
    }
    return status;
  };

  const allocationRead = await readPlanFile(allocationPath);
  if (!allocationRead.ok) {
    const problem = allocationRead.problem.file === undefined ? { ...allocationRead.problem, file: path.basename(allocationPath) } : allocationRead.problem;
    io.stderr(`ptdv consolidate: --allocation ${allocationArg}: ${problem.message[lang]} [${problem.code}]\n`);
    return stopOnAllocation([problem], checkAllocation([], { file: path.basename(allocationPath) }), 2);
  }
  const allocationOptions = {
    file: path.basename(allocationPath),
    ...(args.sheet === undefined ? {} : { sheet: planSheet(allocationRead, args.sheet) }),
    ...(target === null ? {} : { target }),
  };
  const allocation = checkAllocation(allocationRead.grids, allocationOptions);
  if (!allocation.tableFound) {
    const plan = { path: allocationPath, read: allocationRead, otherFiles: collected.files };
    const placed = placedInPlan(allocation.findings, plan, lang);
    for (const f of placed) io.stderr(`${formatFindingLine(f, lang)}\n`);
    io.stderr(`ptdv consolidate: ${lang === "vi" ? "không tìm thấy bảng phân bổ chỉ tiêu trong" : "no allocation table in"} ${allocationArg}\n`);
    // As check: a sheet that does not exist is a wrong argument (2); a table not found is an error finding (1).
    return stopOnAllocation(placed, allocation, allocation.findings.some((f) => f.code === "SHEET_NOT_FOUND") ? 2 : 1);
  }

  // What the readers say about how a file was read (text cut, encoding guessed) belongs with the findings.
  const readNotes = (file: string, notes: readonly Finding[] | undefined): Finding[] =>
    (notes ?? []).map((n) => (n.file === undefined ? { ...n, file: path.basename(file) } : n));
  const extra: Finding[] = [...collected.problems, ...readNotes(allocationPath, allocationRead.notes)];
  let aliases: Alias[] = [];
  if (aliasesPath) {
    const read = await readWorkbookFile(aliasesPath);
    if (!read.ok) {
      const problem = read.problem.file === undefined ? { ...read.problem, file: path.basename(aliasesPath) } : read.problem;
      io.stderr(`ptdv consolidate: --aliases ${aliasesArg ?? ""}: ${problem.message[lang]} [${problem.code}]\n`);
      return stopOnAllocation([problem], allocation, 2);
    }
    const refs = allocation.organizations.map((o) => ({ name: o.name, kind: o.kind }));
    for (const g of read.grids) {
      const r = readAliasGrid(g, refs, path.basename(aliasesPath));
      aliases = aliases.concat(r.aliases);
      extra.push(...r.findings);
    }
  }

  // Read first (the consolidation takes them as an option), but their findings keep their place after the inputs'.
  const previousSources: SubmissionSource[] = [];
  const previousExtra: Finding[] = [];
  for (const file of previousPaths) {
    const read = await readWorkbookFile(file);
    if (read.ok) {
      previousSources.push({ file: path.basename(file), grids: read.grids });
      previousExtra.push(...readNotes(file, read.notes));
    } else previousExtra.push(read.problem.file === undefined ? { ...read.problem, file: path.basename(file) } : read.problem);
  }

  // Each report file is consolidated as soon as it is read and its grids dropped: memory stays flat however many files (issue #16).
  const consolidation = startConsolidation({
    ...consolidationOptions(allocation, allocationRead.grids),
    aliases,
    ...(args.previous === undefined ? {} : { previousSources }),
  });
  for (const file of inputs) {
    io.heap?.boundYoungGeneration();
    const read = await readWorkbookFile(file);
    if (read.ok) {
      consolidation.add({ file: path.basename(file), grids: read.grids });
      extra.push(...readNotes(file, read.notes));
    } else extra.push(read.problem.file === undefined ? { ...read.problem, file: path.basename(file) } : read.problem);
  }
  extra.push(...previousExtra);
  const finished = consolidation.finish();
  // A Word plan's table has no A1 cells: what the findings say about the plan is placed at its rows.
  const plan = { path: allocationPath, read: allocationRead, otherFiles: [...inputs, ...previousPaths] };
  const result: ConsolidationResult = { ...finished, findings: placedInPlan(finished.findings, plan, lang) };
  const withExtra = { ...result, findings: [...extra, ...result.findings] };
  const settings = reportSettingsFromDocument(document, lang);

  if (outputs.length > 0) {
    const files: Array<{ path: string; bytes: Uint8Array }> = [];
    if (outPath !== undefined) {
      // The writers (ExcelJS, docx) are loaded only by a run that writes.
      const { writeWorkbook } = await import("../../xlsx/write-workbook");
      const extras = consolidationExtras(withExtra, settings, { withPersonList: args.withRegister });
      // The plan's rows placed above are listed as rows again when grouped: "dòng 8, 10".
      files.push({ path: outPath, bytes: await writeWorkbook(progressWorkbookSpec(withExtra, settings, allocationRead.docx ? { ...extras, listCells: listPlacedCells } : extras)) });
    }
    if (docxPath !== undefined) {
      const { monthlyReportDocx } = await import("../../docx/write-docx");
      files.push({ path: docxPath, bytes: await monthlyReportDocx(result, document, { branchGoalLines: branchSummary(result).map((l) => l.vi) }) });
    }
    for (const f of files) await io.beforeOutput?.(f.path);
    try {
      await publishFiles(files, { overwrite: args.force });
    } catch (e) {
      const message = outputProblemMessage(e, (p) => (p === docxPath ? `--docx ${docxArg ?? ""}` : `--out ${outArg ?? ""}`)) ?? fsProblemMessage(e, outArg ?? docxArg ?? "");
      if (!message) throw e;
      io.stderr(`ptdv consolidate: ${message[lang]}\n`);
      return 2;
    }
  }
  if (args.json) {
    writeJson((text) => io.stdout(text), consolidationJson(withExtra, lang));
  } else {
    io.stdout(consolidationText(result, lang, extra));
    io.stdout(registerAndBranchText(result, lang));
    for (const written of [outArg, docxArg]) if (written !== undefined) io.stdout(`${lang === "vi" ? "Đã ghi" : "Written"}: ${written}\n`);
  }
  return hasErrors(withExtra.findings) ? 1 : 0;
}

/** Whose allocation per chi bộ it is, from its title (allocationOwner). */
function allocationOwnerOf(grids: readonly Grid[], allocation: AllocationCheckResult): { allocationOwner?: string } {
  const owner = allocationOwner(grids.find((g) => g.name === allocation.sheet), allocation);
  return owner === null ? {} : { allocationOwner: owner };
}

/** The chi bộ goal lines (issue #12) and Biểu 2's head count (issue #14), after the progress text. */
function registerAndBranchText(result: ConsolidationResult, lang: Lang): string {
  const lines = branchSummary(result).map((l) => l[lang]);
  const r = result.register;
  if (r.rowsRead > 0) {
    const label = r.bieu2.period.label;
    lines.push(lang === "vi" ? `Biểu 2-BTCTW (${label}): ${formatNumber(r.json.persons, "vi")} đảng viên mới kết nạp theo danh sách.` : `Biểu 2-BTCTW (${label}): ${formatNumber(r.json.persons, "en")} new members in the registers.`);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** The command-line form, `ptdv consolidate ARGV…`, for scripts and tests that hold an argument list. */
export function runConsolidate(argv: readonly string[], io: CliIo): Promise<number> {
  return main(["consolidate", ...argv], io);
}
