/**
 * `ptdv consolidate --allocation FILE [--sheet NAME] --month YYYY-MM [--target N]
 *  [--aliases FILE] [--out FILE.xlsx] [--force] [--json] [--lang vi|en] INPUT...`
 */
import * as path from "path";
import { checkAllocation } from "../../core";
import type { Finding, LocalizedText } from "../../core";
import { hasErrors } from "../../core";
import { readAliasGrid, type Alias } from "../../core";
import { consolidate, type SubmissionSource } from "../../core";
import { consolidationJson } from "../../core";
import { parsePeriodArgument } from "../../core";
import { progressWorkbookSpec } from "../../core";
import { consolidationText, formatFindingLine } from "../../core";
import { readWorkbookFile } from "../../xlsx/read-file";
import { writeWorkbook } from "../../xlsx/write-workbook";
import { argumentError, readCommandLine, type CommandInfo } from "../command-line";
import { writeFileAtomically } from "../atomic-write";
import { fsProblemMessage } from "../fs-problems";
import type { CliIo } from "../io";
import { folderArgumentProblem, outputFolderProblem, pathExists, realPathOf } from "../paths";
import { collectInputs } from "../report-inputs";
import { reportSettingsFrom } from "../report-settings";

const USAGE: LocalizedText = {
  vi:
    "Cách dùng: ptdv consolidate --allocation TỆP [--sheet TÊN] --month YYYY-MM [--target N] [--aliases TỆP] [--out TỆP.xlsx] [--force] [--json] [--lang vi|en] [--issuer \"HUYỆN ỦY …/BAN TỔ CHỨC\"] [--place TÊN] ĐẦU_VÀO...\n" +
    "  --force  ghi đè tệp --out đã có (mặc định: không ghi đè và dừng; không bao giờ ghi đè một tệp đầu vào)\n",
  en:
    "Usage: ptdv consolidate --allocation FILE [--sheet NAME] --month YYYY-MM [--target N] [--aliases FILE] [--out FILE.xlsx] [--force] [--json] [--lang vi|en] [--issuer \"HUYỆN ỦY …/BAN TỔ CHỨC\"] [--place NAME] INPUT...\n" +
    "  --force  overwrite an existing --out file (default: overwrite nothing and stop; an input is never overwritten)\n",
};

const CONSOLIDATE: CommandInfo = { name: "consolidate", usage: USAGE };

const CONSOLIDATE_OPTIONS = {
  allocation: "string",
  sheet: "string",
  month: "string",
  target: "integer",
  aliases: "string",
  out: "string",
  lang: "string",
  issuer: "string",
  place: "string",
  json: "flag",
  force: "flag",
  help: "flag",
} as const;

export async function runConsolidate(argv: readonly string[], io: CliIo): Promise<number> {
  const line = readCommandLine(argv, CONSOLIDATE_OPTIONS, CONSOLIDATE, io);
  if (!line.ok) return line.exitCode;
  const { lang, options, positional } = line;
  const fail = (message: LocalizedText): number => argumentError(io, CONSOLIDATE, lang, message);
  const allocationArg = options.allocation;
  if (allocationArg === undefined) return fail({ vi: "thiếu --allocation TỆP (bảng phân bổ chỉ tiêu)", en: "--allocation FILE is required" });
  const monthArg = options.month;
  if (monthArg === undefined) return fail({ vi: "thiếu --month YYYY-MM (tháng tổng hợp)", en: "--month YYYY-MM is required" });
  const period = parsePeriodArgument(monthArg);
  if (!period) return fail({ vi: `--month phải có dạng YYYY-MM, ví dụ 2025-05 (nhận "${monthArg}")`, en: `--month must be YYYY-MM, e.g. 2025-05 (got "${monthArg}")` });
  const target = options.target ?? null;
  if (positional.length === 0) return fail({ vi: "cần ít nhất một tệp hoặc thư mục báo cáo (ĐẦU_VÀO)", en: "give at least one INPUT file or folder" });

  const allocationPath = path.resolve(io.cwd, allocationArg);
  const aliasesArg = options.aliases;
  const aliasesPath = aliasesArg === undefined ? undefined : path.resolve(io.cwd, aliasesArg);
  const outArg = options.out;
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
  const collected = await collectInputs(positional, io.cwd, exclude);
  if (!("files" in collected)) return fail(collected);
  const inputs = collected.files;
  if (outPath !== undefined) {
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
    if (options.force !== true && (await pathExists(outPath))) {
      return fail({
        vi: `tệp --out ${outArg} đã có; không ghi đè. Hãy chọn tên tệp khác, hoặc thêm --force để ghi đè.`,
        en: `--out ${outArg} already exists; refusing to overwrite it. Choose another name, or add --force to overwrite it.`,
      });
    }
    // Checked before reading any report, so a wrong --out costs seconds, not a whole consolidation.
    const folderProblem = await outputFolderProblem(path.dirname(outPath));
    if (folderProblem !== null) {
      const message = fsProblemMessage(folderProblem, outArg ?? outPath);
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
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
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

  const sources: SubmissionSource[] = [];
  for (const file of inputs) {
    const read = await readWorkbookFile(file);
    if (read.ok) sources.push({ file: path.basename(file), grids: read.grids });
    else extra.push(read.problem.file === undefined ? { ...read.problem, file: path.basename(file) } : read.problem);
  }

  const result = consolidate(sources, { allocation, year: period.year, month: period.month, target, aliases, allocationFile: path.basename(allocationPath) });
  const withExtra = { ...result, findings: [...extra, ...result.findings] };

  if (outPath) {
    const bytes = await writeWorkbook(progressWorkbookSpec(withExtra, reportSettingsFrom(options, lang)));
    try {
      await writeFileAtomically(outPath, bytes);
    } catch (e) {
      const message = fsProblemMessage(e, outArg ?? outPath);
      if (!message) throw e;
      io.stderr(`ptdv consolidate: ${message[lang]}\n`);
      return 2;
    }
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(consolidationJson(withExtra, lang), null, 2)}\n`);
  } else {
    io.stdout(consolidationText(result, lang, extra));
    if (outPath) io.stdout(`${lang === "vi" ? "Đã ghi" : "Written"}: ${outArg}\n`);
  }
  return hasErrors(withExtra.findings) ? 1 : 0;
}
