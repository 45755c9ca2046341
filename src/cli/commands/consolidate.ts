/**
 * `ptdv consolidate --allocation FILE [--sheet NAME] --month YYYY-MM [--target N]
 *  [--aliases FILE] [--out FILE.xlsx] [--json] [--lang vi|en] INPUT...`
 */
import { promises as fs } from "fs";
import * as path from "path";
import { checkAllocation } from "../../core/allocation/check";
import type { Finding, Lang } from "../../core/findings";
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
import type { CliIo } from "../io";

const USAGE =
  "Usage: ptdv consolidate --allocation FILE [--sheet NAME] --month YYYY-MM [--target N] [--aliases FILE] [--out FILE.xlsx] [--json] [--lang vi|en] [--issuer \"HUYỆN ỦY …/BAN TỔ CHỨC\"] [--place NAME] INPUT...\n";

const SPREADSHEET_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv", ".xls", ".xlsb", ".ods"]);

export interface ParsedArgs {
  readonly options: Map<string, string | true>;
  readonly positional: string[];
}

/** `--name value`, `--name=value` and bare flags; unknown options are an argument error, not a guess. */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs | string {
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
      if (eq >= 0) return `--${name} takes no value`;
      options.set(name, true);
    } else if (valued.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) return `--${name} needs a value`;
      options.set(name, value);
    } else {
      return `unknown option ${a}`;
    }
  }
  return { options, positional };
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

async function collectInputs(entries: readonly string[], cwd: string, exclude: ReadonlySet<string>): Promise<string[] | string> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const items = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const it of items) {
      if (it.name.startsWith("~$") || it.name.startsWith(".")) continue;
      const full = path.join(dir, it.name);
      if (it.isDirectory()) await walk(full);
      else if (it.isFile() && SPREADSHEET_EXTENSIONS.has(path.extname(it.name).toLowerCase()) && !exclude.has(full)) out.push(full);
    }
  };
  for (const e of entries) {
    const full = path.resolve(cwd, e);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch {
      return `input not found: ${e}`;
    }
    if (stat.isDirectory()) await walk(full);
    else if (!path.basename(full).startsWith("~$") && !exclude.has(full)) out.push(full);
  }
  return out;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`ptdv consolidate: ${message}\n${USAGE}`);
  return 2;
}

export async function runConsolidate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["allocation", "sheet", "month", "target", "aliases", "out", "lang", "issuer", "place"], ["json", "help"]);
  if (typeof args === "string") return fail(io, args);
  if (args.options.has("help")) {
    io.stdout(USAGE);
    return 0;
  }
  const lang = langOf(args);
  if (lang === null) return fail(io, "--lang must be vi or en");
  const allocationArg = optionString(args, "allocation");
  if (allocationArg === undefined) return fail(io, "--allocation FILE is required");
  const monthArg = optionString(args, "month");
  if (monthArg === undefined) return fail(io, "--month YYYY-MM is required");
  const period = parsePeriodArgument(monthArg);
  if (!period) return fail(io, `--month must be YYYY-MM, e.g. 2025-05 (got "${monthArg}")`);
  const targetArg = optionString(args, "target");
  let target: number | null = null;
  if (targetArg !== undefined) {
    if (!/^\d+$/.test(targetArg.trim())) return fail(io, `--target must be a whole number ≥ 0 (got "${targetArg}")`);
    target = Number(targetArg);
  }
  if (args.positional.length === 0) return fail(io, "give at least one INPUT file or folder");

  const allocationPath = path.resolve(io.cwd, allocationArg);
  const aliasesArg = optionString(args, "aliases");
  const aliasesPath = aliasesArg === undefined ? undefined : path.resolve(io.cwd, aliasesArg);
  const outArg = optionString(args, "out");
  const outPath = outArg === undefined ? undefined : path.resolve(io.cwd, outArg);

  const exclude = new Set<string>([allocationPath, ...(aliasesPath ? [aliasesPath] : []), ...(outPath ? [outPath] : [])]);
  const explicitInputs = args.positional.map((p) => path.resolve(io.cwd, p));
  if (outPath && (explicitInputs.includes(outPath) || outPath === allocationPath || outPath === aliasesPath)) {
    return fail(io, `--out ${outArg} is one of the inputs; refusing to overwrite it`);
  }
  const inputs = await collectInputs(args.positional, io.cwd, exclude);
  if (typeof inputs === "string") return fail(io, inputs);

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

  const result = consolidate(sources, { allocation, year: period.year, month: period.month, target, aliases });
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
