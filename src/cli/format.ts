/**
 * Findings as terminal text: grouped by severity, each with where it is and
 * what to do. Findings of one code with one fix are said once with their cells
 * (groupFindings, the same grouping as the pane and the findings sheet).
 */
import type { CellLister, Finding, FindingGroup, Lang, Severity } from "../core";
import { SEVERITY_ORDER, groupFindings } from "../core";
import { printable } from "./printable";

const HEADING: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Errors", warning: "Warnings", info: "Notes" },
};

const MARK: Readonly<Record<Severity, string>> = { error: "✗", warning: "!", info: "i" };

/** Where a group is, as the user names it: `Phân bổ!C5–C14, C19` on a sheet; a .docx names its table and rows instead. */
export type PlaceOfGroup = (group: FindingGroup, lang: Lang) => string;

export const sheetPlace: PlaceOfGroup = (g) => [g.sheet, g.cellList].filter((p): p is string => p !== undefined && p !== "").join("!");

function formatGroup(g: FindingGroup, lang: Lang, placeOf: PlaceOfGroup): string {
  const where = placeOf(g, lang);
  return `  ${MARK[g.severity]} ${where === "" ? "" : `${printable(where)}  `}${printable(g.message)}  [${g.code}]`;
}

/**
 * Sections in severity order, each headed with its number of findings ("Lỗi (3)");
 * one line per group. Empty string when there is nothing to say.
 */
export function formatFindings(findings: readonly Finding[], lang: Lang, placeOf: PlaceOfGroup = sheetPlace, listCells?: CellLister): string {
  const out: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    out.push(`${HEADING[lang][severity]} (${ofSeverity.length}):`);
    for (const g of groupFindings(ofSeverity, lang, listCells)) out.push(formatGroup(g, lang, placeOf));
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
