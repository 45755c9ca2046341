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
  const n = (x: number): string => formatNumber(x, lang);
  const out: string[] = [];
  const submitted = r.organizations.filter((o) => o.submitted).length;
  const withErrors = new Set(r.reportedWithErrors);
  const notSent = r.missing.length - withErrors.size;
  const errorPart = withErrors.size === 0 ? "" : vi ? `, ${n(withErrors.size)} có báo cáo nhưng số liệu lỗi` : `, ${n(withErrors.size)} reported with errors (not counted)`;
  out.push(
    vi
      ? `Tổng hợp đến hết tháng ${r.month}/${r.year}: ${n(r.organizations.length)} tổ chức, ${n(submitted)} đã nộp${errorPart}, ${n(notSent)} chưa nộp.`
      : `Consolidated through ${r.period}: ${n(r.organizations.length)} organisations, ${n(submitted)} reported${errorPart}, ${n(notSent)} missing.`,
  );
  out.push(
    vi
      ? `Kết nạp trong tháng: ${n(t.admittedInPeriod)}; lũy kế: ${n(t.admittedToDate)} / chỉ tiêu phân bổ ${n(t.quota)} (học sinh ${n(t.studentsToDate)} / ${n(t.studentQuota)}).`
      : `Admitted in the month: ${n(t.admittedInPeriod)}; to date: ${n(t.admittedToDate)} of ${n(t.quota)} allocated (students ${n(t.studentsToDate)} of ${n(t.studentQuota)}).`,
  );
  if (r.target !== null) {
    out.push(
      vi
        ? `Mục tiêu ${n(r.target)}: đạt ${t.percentOfTarget === null ? "–" : percentText(t.percentOfTarget, lang)}%, còn thiếu ${t.remainingToTarget === null ? "–" : n(t.remainingToTarget)}.`
        : `Target ${n(r.target)}: ${t.percentOfTarget === null ? "–" : percentText(t.percentOfTarget, lang)}% reached, ${t.remainingToTarget === null ? "–" : n(t.remainingToTarget)} to go.`,
    );
  }
  out.push("");
  // One column for both lists: the organisations outside the allocation line up under the others.
  const width = Math.min(48, Math.max(10, ...r.organizations.map((o) => o.name.length), ...r.others.map((o) => shownName(o.name, lang).length)));
  for (const o of r.organizations) {
    const status = o.quota === null ? (vi ? NO_QUOTA_LABEL : "no valid quota") : vi ? STATUS_LABELS[o.status] : STATUS_EN[o.status];
    const pct = o.percent === null ? "–" : `${percentText(o.percent, lang)}%`;
    const note = o.submitted ? "" : withErrors.has(o.name) ? (vi ? " (số liệu lỗi)" : " (figures with errors)") : vi ? " (chưa nộp)" : " (missing)";
    out.push(`  ${padEnd(o.name, width)}  ${n(o.admittedToDate).padStart(3)}/${(o.quota === null ? "–" : n(o.quota)).padEnd(3)} ${pct.padStart(6)}  ${status}${note}`);
  }
  for (const o of r.others) out.push(`  ${padEnd(shownName(o.name, lang), width)}  ${n(o.admittedToDate).padStart(3)}     ${vi ? "(ngoài phân bổ)" : "(not allocated)"}`);
  const findings = sortBySeverity([...extraFindings, ...r.findings]);
  if (findings.length > 0) {
    out.push("");
    for (const f of findings) out.push(formatFindingLine(f, lang));
  }
  return out.join("\n") + "\n";
}
