/** The plain-text report of `ptdv consolidate` (without --json). */
import { formatNumber } from "../number-format";
import { formatSource, sortBySeverity, type Finding, type Lang, type Severity } from "../findings";
import { shownName } from "./messages";
import { NO_QUOTA_LABEL, STATUS_LABELS } from "./progress-spec";
import type { ConsolidationResult } from "./result";

const STATUS_EN = { done: "done", "on-track": "on track", behind: "behind" } as const;
const SEVERITY = {
  vi: { error: "LỖI", warning: "CẢNH BÁO", info: "THÔNG TIN" },
  en: { error: "ERROR", warning: "WARNING", info: "INFO" },
} as const satisfies Record<Lang, Record<Severity, string>>;

/** One-decimal percentages as each language writes them: 66,7 in Vietnamese, 66.7 in English; 100, not 100,0. */
function percentText(p: number, lang: Lang): string {
  return formatNumber(p, lang, Number.isInteger(p) ? 0 : 1);
}

function padEnd(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export function formatFindingLine(f: Finding, lang: Lang): string {
  const where = formatSource(f);
  return `  [${SEVERITY[lang][f.severity]}] ${f.code}${where ? ` (${where})` : ""}: ${f.message[lang]}`;
}

export function consolidationText(r: ConsolidationResult, lang: Lang, extraFindings: readonly Finding[] = []): string {
  const t = r.totals;
  const vi = lang === "vi";
  const out: string[] = [];
  const submitted = r.organizations.filter((o) => o.submitted).length;
  const withErrors = new Set(r.reportedWithErrors);
  const notSent = r.missing.length - withErrors.size;
  const errorPart = withErrors.size === 0 ? "" : vi ? `, ${withErrors.size} có báo cáo nhưng số liệu lỗi` : `, ${withErrors.size} reported with errors (not counted)`;
  out.push(
    vi
      ? `Tổng hợp đến hết tháng ${r.month}/${r.year}: ${r.organizations.length} tổ chức, ${submitted} đã nộp${errorPart}, ${notSent} chưa nộp.`
      : `Consolidated through ${r.period}: ${r.organizations.length} organisations, ${submitted} reported${errorPart}, ${notSent} missing.`,
  );
  out.push(
    vi
      ? `Kết nạp trong tháng: ${t.admittedInPeriod}; lũy kế: ${t.admittedToDate} / chỉ tiêu phân bổ ${t.quota} (học sinh ${t.studentsToDate} / ${t.studentQuota}).`
      : `Admitted in the month: ${t.admittedInPeriod}; to date: ${t.admittedToDate} of ${t.quota} allocated (students ${t.studentsToDate} of ${t.studentQuota}).`,
  );
  if (r.target !== null) {
    out.push(
      vi
        ? `Mục tiêu ${r.target}: đạt ${t.percentOfTarget === null ? "–" : percentText(t.percentOfTarget, lang)}%, còn thiếu ${t.remainingToTarget ?? "–"}.`
        : `Target ${r.target}: ${t.percentOfTarget === null ? "–" : percentText(t.percentOfTarget, lang)}% reached, ${t.remainingToTarget ?? "–"} to go.`,
    );
  }
  out.push("");
  const width = Math.min(48, Math.max(10, ...r.organizations.map((o) => o.name.length)));
  for (const o of r.organizations) {
    const status = o.quota === null ? (vi ? NO_QUOTA_LABEL : "no valid quota") : vi ? STATUS_LABELS[o.status] : STATUS_EN[o.status];
    const pct = o.percent === null ? "–" : `${percentText(o.percent, lang)}%`;
    const note = o.submitted ? "" : withErrors.has(o.name) ? (vi ? " (số liệu lỗi)" : " (figures with errors)") : vi ? " (chưa nộp)" : " (missing)";
    out.push(`  ${padEnd(o.name, width)}  ${String(o.admittedToDate).padStart(3)}/${String(o.quota ?? "–").padEnd(3)} ${pct.padStart(6)}  ${status}${note}`);
  }
  for (const o of r.others) out.push(`  ${padEnd(shownName(o.name, lang), width)}  ${String(o.admittedToDate).padStart(3)}     ${vi ? "(ngoài phân bổ)" : "(not allocated)"}`);
  const findings = sortBySeverity([...extraFindings, ...r.findings]);
  if (findings.length > 0) {
    out.push("");
    for (const f of findings) out.push(formatFindingLine(f, lang));
  }
  return out.join("\n") + "\n";
}
