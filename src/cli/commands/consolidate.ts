/**
 * `ptdv consolidate --allocation FILE [--sheet NAME] --month YYYY-MM [--target N]
 *  [--aliases FILE] [--out FILE.xlsx] [--json] [--lang vi|en] INPUT...`
 */
import { promises as fs } from "fs";
import * as path from "path";
import { checkAllocation } from "../../core/allocation/check";
import type { Finding, Lang, LocalizedText } from "../../core/findings";
import { hasErrors } from "../../core/findings";
import { readAliasGrid, type Alias } from "../../core/names/aliases";
import { consolidate, type SubmissionSource } from "../../core/reports/consolidate";
import { consolidationJson } from "../../core/reports/json";
import { parsePeriodArgument } from "../../core/reports/period";
import { progressWorkbookSpec } from "../../core/reports/progress-spec";
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from "../../core/reports/settings";
import { consolidationText, formatFindingLine } from "../../core/reports/summary-text";
import { readWorkbookFile } from "../../xlsx/read-file";
import { writeWorkbook } from "../../xlsx/write-workbook";
import { langFromArgv } from "../args";
import type { CliIo } from "../io";

const USAGE: LocalizedText = {
  vi: "Cách dùng: ptdv consolidate --allocation TỆP [--sheet TÊN] --month YYYY-MM [--target N] [--aliases TỆP] [--out TỆP.xlsx] [--json] [--lang vi|en] [--issuer \"HUYỆN ỦY …/BAN TỔ CHỨC\"] [--place TÊN] ĐẦU_VÀO...\n",
  en: "Usage: ptdv consolidate --allocation FILE [--sheet NAME] --month YYYY-MM [--target N] [--aliases FILE] [--out FILE.xlsx] [--json] [--lang vi|en] [--issuer \"HUYỆN ỦY …/BAN TỔ CHỨC\"] [--place NAME] INPUT...\n",
};

const SPREADSHEET_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv", ".xls", ".xlsb", ".ods"]);

export interface ParsedArgs {
  readonly options: Map<string, string | true>;
  readonly positional: string[];
}

/** `--name value`, `--name=value` and bare flags; unknown options are an argument error, not a guess. */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs | LocalizedText {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if (flags.includes(name)) {
      if (eq >= 0) return { vi: `--${name} không nhận giá trị`, en: `--${name} takes no value` };
      options.set(name, true);
    } else if (valued.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) return { vi: `--${name} cần một giá trị`, en: `--${name} needs a value` };
      options.set(name, value);
    } else {
      return { vi: `không có tùy chọn ${a}`, en: `unknown option ${a}` };
    }
  }
  return { options, positional };
}

export function isArgError(v: ParsedArgs | LocalizedText): v is LocalizedText {
  return "vi" in v;
}

export function optionString(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

export function langOf(args: ParsedArgs): Lang | null {
  const v = optionString(args, "lang") ?? "vi";
  return v === "vi" || v === "en" ? v : null;
}

/** Settings of the Party-document heading from `--issuer "A/B"` and `--place`. */
export function reportSettingsFrom(args: ParsedArgs, lang: Lang): ReportSettings {
  const issuer = optionString(args, "issuer");
  return {
    issuingBody: issuer === undefined ? DEFAULT_REPORT_SETTINGS.issuingBody : issuer.split(/\s*[/|]\s*/).filter((s) => s !== ""),
    place: optionString(args, "place") ?? DEFAULT_REPORT_SETTINGS.place,
    date: new Date(),
    lang,
  };
}

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

/** Input files in the order given, folders walked in name order; `exclude` holds real paths. */
async function collectInputs(entries: readonly string[], cwd: string, exclude: ReadonlySet<string>): Promise<string[] | LocalizedText> {
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

function fail(io: CliIo, lang: Lang, message: LocalizedText): number {
  io.stderr(`ptdv consolidate: ${message[lang]}\n${USAGE[lang]}`);
  return 2;
}

export async function runConsolidate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["allocation", "sheet", "month", "target", "aliases", "out", "lang", "issuer", "place"], ["json", "help"]);
  const argvLang = langFromArgv(argv);
  if (isArgError(args)) return fail(io, argvLang, args);
  const lang = langOf(args);
  if (lang === null) return fail(io, argvLang, { vi: "--lang phải là vi hoặc en", en: "--lang must be vi or en" });
  if (args.options.has("help")) {
    io.stdout(USAGE[lang]);
    return 0;
  }
  const allocationArg = optionString(args, "allocation");
  if (allocationArg === undefined) return fail(io, lang, { vi: "thiếu --allocation TỆP (bảng phân bổ chỉ tiêu)", en: "--allocation FILE is required" });
  const monthArg = optionString(args, "month");
  if (monthArg === undefined) return fail(io, lang, { vi: "thiếu --month YYYY-MM (tháng tổng hợp)", en: "--month YYYY-MM is required" });
  const period = parsePeriodArgument(monthArg);
  if (!period) return fail(io, lang, { vi: `--month phải có dạng YYYY-MM, ví dụ 2025-05 (nhận "${monthArg}")`, en: `--month must be YYYY-MM, e.g. 2025-05 (got "${monthArg}")` });
  const targetArg = optionString(args, "target");
  let target: number | null = null;
  if (targetArg !== undefined) {
    if (!/^\d+$/.test(targetArg.trim())) return fail(io, lang, { vi: `--target phải là số nguyên ≥ 0 (nhận "${targetArg}")`, en: `--target must be a whole number ≥ 0 (got "${targetArg}")` });
    target = Number(targetArg);
  }
  if (args.positional.length === 0) return fail(io, lang, { vi: "cần ít nhất một tệp hoặc thư mục báo cáo (ĐẦU_VÀO)", en: "give at least one INPUT file or folder" });

  const allocationPath = path.resolve(io.cwd, allocationArg);
  const aliasesArg = optionString(args, "aliases");
  const aliasesPath = aliasesArg === undefined ? undefined : path.resolve(io.cwd, aliasesArg);
  const outArg = optionString(args, "out");
  const outPath = outArg === undefined ? undefined : path.resolve(io.cwd, outArg);

  for (const [option, p, written] of [["--allocation", allocationPath, allocationArg], ["--aliases", aliasesPath, aliasesArg], ["--out", outPath, outArg]] as const) {
    if (p === undefined || written === undefined) continue;
    const folder = await folderArgumentProblem(p, option, written);
    if (folder) return fail(io, lang, folder);
  }
  const allocationReal = await realPathOf(allocationPath);
  const aliasesReal = aliasesPath === undefined ? undefined : await realPathOf(aliasesPath);
  // The allocation table and the aliases are not reports, even inside an input folder. --out is never
  // excluded: an existing file there is an input like any other, and overwriting it is refused below.
  const exclude = new Set<string>([allocationReal, ...(aliasesReal === undefined ? [] : [aliasesReal])]);
  const inputs = await collectInputs(args.positional, io.cwd, exclude);
  if (!Array.isArray(inputs)) return fail(io, lang, inputs);
  if (outPath !== undefined) {
    const outReal = await realPathOf(outPath);
    const inputReals = await Promise.all(inputs.map((f) => realPathOf(f)));
    const clash = inputReals.findIndex((r) => r === outReal);
    if (clash >= 0 || outReal === allocationReal || outReal === aliasesReal) {
      const clashing = inputs[clash] ?? "";
      const relative = path.relative(io.cwd, clashing);
      const which = clash >= 0 ? (relative.startsWith("..") ? clashing : relative) : outReal === allocationReal ? allocationArg : (aliasesArg ?? "");
      return fail(io, lang, {
        vi: `--out ${outArg} chính là tệp đầu vào ${which}; không ghi đè. Hãy chọn tên tệp kết quả khác hoặc để nó ngoài các thư mục đầu vào.`,
        en: `--out ${outArg} is the input ${which}; refusing to overwrite it. Choose another output name, or keep it outside the input folders.`,
      });
    }
  }

  const allocationRead = await readWorkbookFile(allocationPath);
  if (!allocationRead.ok) {
    io.stderr(`ptdv consolidate: ${allocationRead.problem.message[lang]}\n`);
    return 2;
  }
  const allocationOptions = {
    file: path.basename(allocationPath),
    ...(optionString(args, "sheet") === undefined ? {} : { sheet: optionString(args, "sheet") as string }),
    ...(target === null ? {} : { target }),
  };
  const allocation = checkAllocation(allocationRead.grids, allocationOptions);
  if (!allocation.tableFound) {
    for (const f of allocation.findings) io.stderr(`${formatFindingLine(f, lang)}\n`);
    io.stderr(`ptdv consolidate: ${lang === "vi" ? "không tìm thấy bảng phân bổ chỉ tiêu trong" : "no allocation table in"} ${allocationArg}\n`);
    return 2;
  }

  const extra: Finding[] = [];
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
    const bytes = await writeWorkbook(progressWorkbookSpec(withExtra, reportSettingsFrom(args, lang)));
    await fs.mkdir(path.dirname(outPath), { recursive: true });
    await fs.writeFile(outPath, bytes);
  }
  if (args.options.has("json")) {
    io.stdout(`${JSON.stringify(consolidationJson(withExtra, lang), null, 2)}\n`);
  } else {
    io.stdout(consolidationText(result, lang, extra));
    if (outPath) io.stdout(`${lang === "vi" ? "Đã ghi" : "Written"}: ${outArg}\n`);
  }
  return hasErrors(withExtra.findings) ? 1 : 0;
}
