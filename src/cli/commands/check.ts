/** `ptdv check FILE`: the allocation table checked, as text or as one JSON object. Options: program.ts. */
import * as path from "path";
import { checkAllocation } from "../../core";
import type { AllocationCheckResult } from "../../core";
import type { Finding, Lang } from "../../core";
import { hasErrors } from "../../core";
import { readWorkbookFile } from "../../xlsx/read-file";
import { countBySeverity, formatFindings } from "../format";
import { jsonText } from "../printable";
import type { CliIo } from "../io";
import type { CheckArgs } from "../program";

/** The `--json` contract of `ptdv check`; field names and order are public. */
export interface CheckJson {
  readonly file: string;
  readonly sheet: string | null;
  readonly target: number | null;
  readonly totals: {
    readonly quota: number;
    readonly studentQuota: number;
    readonly organizations: number;
    readonly difference: number | null;
    readonly meetsTarget: boolean | null;
  };
  readonly organizations: ReadonlyArray<{
    readonly row: number;
    readonly stt: string | null;
    readonly name: string;
    readonly kind: string;
    readonly quota: number | null;
    readonly studentQuota: number;
  }>;
  readonly findings: ReadonlyArray<{ readonly code: string; readonly severity: string; readonly cell: string | null; readonly message: string }>;
}

function findingJson(f: Finding, lang: Lang): CheckJson["findings"][number] {
  return { code: f.code, severity: f.severity, cell: f.cell ?? null, message: f.message[lang] };
}

export function checkJson(file: string, result: AllocationCheckResult, lang: Lang): CheckJson {
  return {
    file,
    sheet: result.sheet,
    target: result.target,
    totals: {
      quota: result.totals.quota,
      studentQuota: result.totals.studentQuota,
      organizations: result.totals.organizations,
      difference: result.totals.difference,
      meetsTarget: result.totals.meetsTarget,
    },
    organizations: result.organizations.map((o) => ({
      row: o.row,
      stt: o.stt,
      name: o.name,
      kind: o.kind,
      quota: o.quota,
      studentQuota: o.studentQuota,
    })),
    findings: result.findings.map((f) => findingJson(f, lang)),
  };
}

/** Same shape when the file cannot be read, so a script always gets one object to parse. */
function unreadableJson(file: string, target: number | null, problem: Finding, lang: Lang): CheckJson {
  return {
    file,
    sheet: null,
    target,
    totals: { quota: 0, studentQuota: 0, organizations: 0, difference: null, meetsTarget: null },
    organizations: [],
    findings: [findingJson(problem, lang)],
  };
}

function summaryLine(file: string, r: AllocationCheckResult, lang: Lang): string {
  const t = r.totals;
  const vi = lang === "vi";
  const where = r.sheet === null ? file : `${file} › ${r.sheet}`;
  if (!r.tableFound) return vi ? `${where}: không tìm thấy bảng phân bổ chỉ tiêu.` : `${where}: no allocation table found.`;
  const total = vi
    ? `Tổng chỉ tiêu ${t.quota} (trong đó ${t.studentQuota} học sinh), ${t.organizations} tổ chức cơ sở đảng`
    : `Total quota ${t.quota} (of which ${t.studentQuota} students), ${t.organizations} organisations`;
  let target: string;
  if (r.target === null || t.difference === null) {
    target = vi ? "chưa có chỉ tiêu kế hoạch (--target N) để so sánh" : "no plan target given (--target N)";
  } else if (t.meetsTarget) {
    target = vi
      ? `đạt chỉ tiêu kế hoạch từ ${r.target} trở lên${t.difference > 0 ? ` (vượt ${t.difference})` : ""}`
      : `meets the plan target of ${r.target} or more${t.difference > 0 ? ` (by ${t.difference} over)` : ""}`;
  } else {
    target = vi ? `CHƯA ĐẠT chỉ tiêu kế hoạch ${r.target} (thiếu ${-t.difference})` : `BELOW the plan target of ${r.target} (short by ${-t.difference})`;
  }
  return `${where}: ${total}; ${target}.`;
}

function verdictLine(findings: readonly Finding[], lang: Lang): string {
  const c = countBySeverity(findings);
  if (findings.length === 0) return lang === "vi" ? "Không phát hiện vấn đề nào." : "No problems found.";
  return lang === "vi"
    ? `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} lưu ý.`
    : `${c.error} error(s), ${c.warning} warning(s), ${c.info} note(s).`;
}

export async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const { lang, file: fileArg } = args;
  const target = args.target ?? null;
  const fileName = path.basename(fileArg);

  const read = await readWorkbookFile(path.resolve(io.cwd, fileArg));
  if (!read.ok) {
    if (args.json) io.stdout(jsonText(unreadableJson(fileName, target, read.problem, lang)));
    io.stderr(`ptdv check: ${fileArg}: ${read.problem.message[lang]} [${read.problem.code}]\n`);
    return 2;
  }

  const result = checkAllocation(read.grids, {
    file: fileName,
    target,
    ...(args.sheet === undefined ? {} : { sheet: args.sheet }),
  });

  if (args.json) io.stdout(jsonText(checkJson(fileName, result, lang)));
  else io.stdout(`${summaryLine(fileName, result, lang)}\n${formatFindings(result.findings, lang)}${verdictLine(result.findings, lang)}\n`);

  // A sheet name that does not exist is a wrong argument, not a finding about the table.
  const sheetMissing = result.findings.find((f) => f.code === "SHEET_NOT_FOUND");
  if (sheetMissing) {
    io.stderr(`ptdv check: ${sheetMissing.message[lang]}\n`);
    return 2;
  }
  return hasErrors(result.findings) ? 1 : 0;
}
