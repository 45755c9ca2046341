/** Findings as terminal text: grouped by severity, each with where it is and what to do. */
import type { Finding, Lang, Severity } from "../core";
import { SEVERITY_ORDER } from "../core";
import { printable } from "./printable";

const HEADING: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Errors", warning: "Warnings", info: "Notes" },
};

const MARK: Readonly<Record<Severity, string>> = { error: "✗", warning: "!", info: "i" };

function formatFinding(f: Finding, lang: Lang): string {
  const where = [f.sheet, f.cell].filter((p): p is string => p !== undefined && p !== "").join("!");
  return `  ${MARK[f.severity]} ${where === "" ? "" : `${where}  `}${printable(f.message[lang])}  [${f.code}]`;
}

/** Sections in severity order, each headed "Lỗi (3)"; empty string when there is nothing to say. */
export function formatFindings(findings: readonly Finding[], lang: Lang): string {
  const out: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(`${HEADING[lang][severity]} (${group.length}):`);
    for (const f of group) out.push(formatFinding(f, lang));
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
