/**
 * `ptdv consolidate --allocation FILE --month YYYY-MM … INPUT...`: the reports consolidated into
 * progress, printed (text or JSON) and optionally written to `--out`. Options: program.ts.
 */
import * as path from "path";
import { checkAllocation } from "../../core";
import type { Finding, LocalizedText } from "../../core";
import { hasErrors } from "../../core";
import { readAliasGrid, type Alias } from "../../core";
import { startConsolidation } from "../../core";
import { consolidationJson } from "../../core";
import { parsePeriodArgument } from "../../core";
import { progressWorkbookSpec } from "../../core";
import { consolidationText, formatFindingLine } from "../../core";
import { readWorkbookFile } from "../../xlsx/read-file";
import { nonRegularKind, publishFiles } from "../atomic-write";
import { main } from "../cli";
import { UsageError } from "../declare";
import { jsonText } from "../printable";
import { fsProblemMessage } from "../fs-problems";
import type { CliIo } from "../io";
import { notRegularMessage, outputProblemMessage } from "../output-messages";
import { folderArgumentProblem, outputFolderProblem, pathExists, realPathOf } from "../paths";
import type { ConsolidateArgs } from "../program";
import { collectInputs } from "../report-inputs";
import { reportSettingsFrom } from "../report-settings";

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

  const allocationPath = path.resolve(io.cwd, allocationArg);
  const aliasesArg = args.aliases;
  const aliasesPath = aliasesArg === undefined ? undefined : path.resolve(io.cwd, aliasesArg);
  const outArg = args.out;
  const outPath = outArg === undefined ? undefined : path.resolve(io.cwd, outArg);

  for (const [option, p, written] of [["--allocation", allocationPath, allocationArg], ["--aliases", aliasesPath, aliasesArg], ["--out", outPath, outArg]] as const) {
    if (p === undefined || written === undefined) continue;
    const folder = await folderArgumentProblem(p, option, written);
    if (folder) return fail(folder);
  }
  const allocationReal = await realPathOf(allocationPath);
  const aliasesReal = aliasesPath === undefined ? undefined : await realPathOf(aliasesPath);
  // The allocation table and the aliases are not reports, even inside an input folder. --out is never
  // excluded: an existing file there is an input like any other, and overwriting it is refused below.
  const exclude = new Set<string>([allocationReal, ...(aliasesReal === undefined ? [] : [aliasesReal])]);
  const collected = await collectInputs(args.inputs, io.cwd, exclude);
  if (!("files" in collected)) return fail(collected);
  const inputs = collected.files;
  if (outPath !== undefined && outArg !== undefined) {
    const outReal = await realPathOf(outPath);
    const inputReals = await Promise.all(inputs.map((f) => realPathOf(f)));
    const clash = inputReals.findIndex((r) => r === outReal);
    if (clash >= 0 || outReal === allocationReal || outReal === aliasesReal) {
      const clashing = inputs[clash] ?? "";
      const relative = path.relative(io.cwd, clashing);
      const which = clash >= 0 ? (relative.startsWith("..") ? clashing : relative) : outReal === allocationReal ? allocationArg : (aliasesArg ?? "");
      return fail({
        vi: `--out ${outArg} chính là tệp đầu vào ${which}; không ghi đè. Hãy chọn tên tệp kết quả khác hoặc để nó ngoài các thư mục đầu vào.`,
        en: `--out ${outArg} is the input ${which}; refusing to overwrite it. Choose another output name, or keep it outside the input folders.`,
      });
    }
    // Early answers, so a wrong --out costs seconds, not a whole consolidation. They are only
    // courtesy: the file is created exclusively at the end, whatever happened in between.
    const kind = await nonRegularKind(outPath);
    if (kind !== null) return fail(notRegularMessage(`--out ${outArg}`, kind));
    if (!args.force && (await pathExists(outPath))) {
      return fail({
        vi: `tệp --out ${outArg} đã có; không ghi đè. Hãy chọn tên tệp khác, hoặc thêm --force để ghi đè.`,
        en: `--out ${outArg} already exists; refusing to overwrite it. Choose another name, or add --force to overwrite it.`,
      });
    }
    const folderProblem = await outputFolderProblem(path.dirname(outPath));
    if (folderProblem !== null) {
      const message = fsProblemMessage(folderProblem, outArg);
      if (!message) throw folderProblem;
      return fail(message);
    }
  }

  const allocationRead = await readWorkbookFile(allocationPath);
  if (!allocationRead.ok) {
    io.stderr(`ptdv consolidate: ${allocationRead.problem.message[lang]}\n`);
    return 2;
  }
  const allocationOptions = {
    file: path.basename(allocationPath),
    ...(args.sheet === undefined ? {} : { sheet: args.sheet }),
    ...(target === null ? {} : { target }),
  };
  const allocation = checkAllocation(allocationRead.grids, allocationOptions);
  if (!allocation.tableFound) {
    for (const f of allocation.findings) io.stderr(`${formatFindingLine(f, lang)}\n`);
    io.stderr(`ptdv consolidate: ${lang === "vi" ? "không tìm thấy bảng phân bổ chỉ tiêu trong" : "no allocation table in"} ${allocationArg}\n`);
    return 2;
  }

  const extra: Finding[] = [...collected.problems];
  let aliases: Alias[] = [];
  if (aliasesPath) {
    const read = await readWorkbookFile(aliasesPath);
    if (!read.ok) {
      io.stderr(`ptdv consolidate: ${read.problem.message[lang]}\n`);
      return 2;
    }
    const refs = allocation.organizations.map((o) => ({ name: o.name, kind: o.kind }));
    for (const g of read.grids) {
      const r = readAliasGrid(g, refs, path.basename(aliasesPath));
      aliases = aliases.concat(r.aliases);
      extra.push(...r.findings);
    }
  }

  // Each file's grids are consolidated as soon as it is read and then dropped: memory stays flat however many files (issue #16).
  const consolidation = startConsolidation({ allocation, year, month, target, aliases, allocationFile: path.basename(allocationPath) });
  for (const file of inputs) {
    const read = await readWorkbookFile(file);
    if (read.ok) consolidation.add({ file: path.basename(file), grids: read.grids });
    else extra.push(read.problem.file === undefined ? { ...read.problem, file: path.basename(file) } : read.problem);
  }
  const result = consolidation.finish();
  const withExtra = { ...result, findings: [...extra, ...result.findings] };

  if (outPath !== undefined && outArg !== undefined) {
    // The writer (ExcelJS) is loaded only by a run that writes.
    const { writeWorkbook } = await import("../../xlsx/write-workbook");
    const bytes = await writeWorkbook(progressWorkbookSpec(withExtra, reportSettingsFrom(args, lang)));
    await io.beforeOutput?.(outPath);
    try {
      await publishFiles([{ path: outPath, bytes }], { overwrite: args.force });
    } catch (e) {
      const message = outputProblemMessage(e, () => `--out ${outArg}`) ?? fsProblemMessage(e, outArg);
      if (!message) throw e;
      io.stderr(`ptdv consolidate: ${message[lang]}\n`);
      return 2;
    }
  }
  if (args.json) {
    io.stdout(jsonText(consolidationJson(withExtra, lang)));
  } else {
    io.stdout(consolidationText(result, lang, extra));
    if (outArg !== undefined) io.stdout(`${lang === "vi" ? "Đã ghi" : "Written"}: ${outArg}\n`);
  }
  return hasErrors(withExtra.findings) ? 1 : 0;
}

/** The command-line form, `ptdv consolidate ARGV…`, for scripts and tests that hold an argument list. */
export function runConsolidate(argv: readonly string[], io: CliIo): Promise<number> {
  return main(["consolidate", ...argv], io);
}
