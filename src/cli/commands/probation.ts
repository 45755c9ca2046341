/**
 * `ptdv probation --allocation FILE --as-of YYYY-MM-DD … INPUT...`: the members whose 12-month
 * probation ends within 60 days of the date or has ended without recognition, by chi bộ, as text,
 * JSON or the sheet "Dự bị đến hạn" (`--out`, same rules as consolidate's). Options: program.ts.
 */
import * as path from "path";
import { checkAllocation, formatFindingLine, formatSource, hasErrors, parseIsoDate, probationJson, probationRun, probationSheetSpec, probationText } from "../../core";
import type { AllocationCheckResult, Finding, LocalizedText, ProbationResult } from "../../core";
import { registerHeading, type SubmissionSource } from "../../core";
import { readWorkbookFile } from "../../xlsx/read-file";
import { publishFiles } from "../atomic-write";
import { main } from "../cli";
import { UsageError } from "../declare";
import { formatFindings, sheetPlace, type PlaceOfGroup } from "../format";
import { fsProblemMessage } from "../fs-problems";
import type { CliIo } from "../io";
import { outputProblemMessage } from "../output-messages";
import { outTargetProblem } from "../output-target";
import { folderArgumentProblem, realPathOf } from "../paths";
import { jsonText } from "../printable";
import type { ProbationArgs } from "../program";
import { collectInputs } from "../report-inputs";
import { reportSettingsFrom } from "../report-settings";
import { placedInPlan, planSheet, readPlanFile } from "../read-plan";

export async function probationCommand(args: ProbationArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  const fail = (message: LocalizedText): never => {
    throw new UsageError(message, "probation");
  };
  const asOf = parseIsoDate(args.asOf);
  if (!asOf) return fail({ vi: `--as-of phải là một ngày có thật dạng YYYY-MM-DD, ví dụ 2026-05-20 (nhận "${args.asOf}")`, en: `--as-of must be a real date YYYY-MM-DD, e.g. 2026-05-20 (got "${args.asOf}")` });

  const allocationPath = path.resolve(io.cwd, args.allocation);
  const outArg = args.out;
  const outPath = outArg === undefined ? undefined : path.resolve(io.cwd, outArg);
  for (const [option, p, written] of [["--allocation", allocationPath, args.allocation], ["--out", outPath, outArg]] as const) {
    if (p === undefined || written === undefined) continue;
    const folder = await folderArgumentProblem(p, option, written);
    if (folder) return fail(folder);
  }
  const allocationReal = await realPathOf(allocationPath);
  const collected = await collectInputs(args.inputs, io.cwd, new Set([allocationReal]));
  if (!("files" in collected)) return fail(collected);
  if (outPath !== undefined && outArg !== undefined) {
    const problem = await outTargetProblem({ outArg, outPath, force: args.force, cwd: io.cwd, inputs: collected.files, inputFolders: collected.folders, others: [{ real: allocationReal, written: args.allocation }] });
    if (problem) return fail(problem);
  }

  // A bad settings file stops the run before any register is read (the settings only head --out's sheet).
  const settings = outPath === undefined ? undefined : await reportSettingsFrom(args, io, lang, "probation");
  const printJson = (result: ProbationResult, findings: readonly Finding[]): void => {
    io.stdout(jsonText({ ...probationJson(result), findings: findings.map((f) => ({ code: f.code, severity: f.severity, source: formatSource(f), message: f.message[lang] })) }));
  };
  // When the allocation cannot be used, --json still prints its one object: no members, the findings that stopped the run.
  const stopOnAllocation = (findings: readonly Finding[], allocation: AllocationCheckResult, status: number): number => {
    if (args.json) printJson(probationRun([], { allocation, asOf }).result, findings);
    return status;
  };

  const allocationRead = await readPlanFile(allocationPath);
  if (!allocationRead.ok) {
    const problem = allocationRead.problem.file === undefined ? { ...allocationRead.problem, file: path.basename(allocationPath) } : allocationRead.problem;
    io.stderr(`ptdv probation: --allocation ${args.allocation}: ${problem.message[lang]} [${problem.code}]\n`);
    return stopOnAllocation([problem], checkAllocation([], { file: path.basename(allocationPath) }), 2);
  }
  const allocation = checkAllocation(allocationRead.grids, { file: path.basename(allocationPath), ...(args.sheet === undefined ? {} : { sheet: planSheet(allocationRead, args.sheet) }) });
  if (!allocation.tableFound) {
    const plan = { path: allocationPath, read: allocationRead, otherFiles: collected.files };
    const placed = placedInPlan(allocation.findings, plan, lang);
    for (const f of placed) io.stderr(`${formatFindingLine(f, lang)}\n`);
    io.stderr(`ptdv probation: ${lang === "vi" ? "không tìm thấy bảng phân bổ chỉ tiêu trong" : "no allocation table in"} ${args.allocation}\n`);
    // As check: a sheet that does not exist is a wrong argument (2); a table not found is an error finding (1).
    return stopOnAllocation(placed, allocation, allocation.findings.some((f) => f.code === "SHEET_NOT_FOUND") ? 2 : 1);
  }

  const extra: Finding[] = [...collected.problems];
  const sources: SubmissionSource[] = [];
  for (const file of collected.files) {
    const read = await readWorkbookFile(file);
    if (read.ok) sources.push({ file: path.basename(file), grids: read.grids });
    else extra.push(read.problem.file === undefined ? { ...read.problem, file: path.basename(file) } : read.problem);
  }
  const run = probationRun(sources, { allocation, asOf });
  // A Word plan's table has no A1 cells: what the findings say about the plan is placed at its rows.
  const findings = [...extra, ...placedInPlan(run.findings, { path: allocationPath, read: allocationRead, otherFiles: collected.files }, lang)];

  if (outPath !== undefined && outArg !== undefined && settings !== undefined) {
    const { writeWorkbook } = await import("../../xlsx/write-workbook");
    const bytes = await writeWorkbook({
      sheets: [probationSheetSpec(run.result, registerHeading(settings))],
      fileName: path.basename(outPath),
      properties: { title: "Đảng viên dự bị đến hạn xét công nhận chính thức", creator: settings.issuingBody.join(" – ") || "PTĐV" },
    });
    await io.beforeOutput?.(outPath);
    try {
      await publishFiles([{ path: outPath, bytes }], { overwrite: args.force });
    } catch (e) {
      const message = outputProblemMessage(e, () => `--out ${outArg}`) ?? fsProblemMessage(e, outArg);
      if (!message) throw e;
      io.stderr(`ptdv probation: ${message[lang]}\n`);
      return 2;
    }
  }
  if (args.json) {
    printJson(run.result, findings);
  } else {
    io.stdout(probationText(run.result, lang));
    // The findings name their file: a register row is found by file, sheet and cell.
    if (findings.length > 0) io.stdout(formatFindings(findings, lang, filePlace));
    if (outArg !== undefined) io.stdout(`${lang === "vi" ? "Đã ghi" : "Written"}: ${outArg}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
}

/** `đăng-ký.xlsx › Dự bị đến hạn!B9`: the group's file, then its sheet and cells as check shows them. */
const filePlace: PlaceOfGroup = (g, lang) => [g.file, sheetPlace(g, lang)].filter((p): p is string => p !== undefined && p !== "").join(" › ");

/** The command-line form, `ptdv probation ARGV…`, for tests that hold an argument list. */
export function runProbation(argv: readonly string[], io: CliIo): Promise<number> {
  return main(["probation", ...argv], io);
}
