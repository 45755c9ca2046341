/**
 * A Word plan's findings as a person finds them in Word (issue #11): a table has no A1 cells, so
 * "Bảng 1 › dòng 8" instead of C8, the table named "Table 1" in English, and a grouped note lists
 * rows ("dòng 8, 10"). Only what is shown changes: a finding keeps its A1 cell, which the preview
 * selects and highlights.
 */
import { formatSource, groupFindings, parseRange, type AllocationCheckResult, type CellNaming, type Finding, type FindingGroup, type FindingLocation, type Lang } from "../core";
import type { SheetRef } from "../host";
import { docxPlace, listTableRows, tableLabel } from "../docx/docx-place";

/** The plan's Word tables: the file they are in and their names as the reader gave them ("Bảng 1"). */
export interface WordPlan {
  readonly file: string | undefined;
  readonly tables: ReadonlySet<string>;
}

/** The plan behind a check result, when it is a Word table; null for a sheet. */
export function wordPlanOf(result: AllocationCheckResult | null, ref: SheetRef | null): WordPlan | null {
  if (result?.cellNaming !== "tableRowColumn" || ref === null) return null;
  return { file: ref.file, tables: new Set([ref.name, ...(result.sheet === null ? [] : [result.sheet])]) };
}

function inWordPlan(plan: WordPlan | null, f: FindingLocation): plan is WordPlan {
  return plan !== null && f.sheet !== undefined && f.file === plan.file && plan.tables.has(f.sheet);
}

/** A table's name in the run's language ("Table 1"); a sheet's name as it is. */
function gridLabel(plan: WordPlan | null, f: FindingLocation, lang: Lang): string | undefined {
  return inWordPlan(plan, f) ? tableLabel(f.sheet as string, lang) : f.sheet;
}

/** A cell as a person finds it: "dòng 8" in a Word table, C8 on a sheet. */
export function cellLabel(plan: WordPlan | null, f: FindingLocation, lang: Lang): string | undefined {
  if (f.cell === undefined || !inWordPlan(plan, f) || f.cell.includes(":") || parseRange(f.cell) === undefined) return f.cell;
  return docxPlace(undefined, [f.cell], lang);
}

/** `file › sheet › cell`, a Word table's cell by its row. */
export function placeShown(plan: WordPlan | null, f: FindingLocation, lang: Lang): string {
  const sheet = gridLabel(plan, f, lang);
  const cell = cellLabel(plan, f, lang);
  return formatSource({ ...(f.file === undefined ? {} : { file: f.file }), ...(sheet === undefined ? {} : { sheet }), ...(cell === undefined ? {} : { cell }) });
}

/**
 * The engine's groups, those of the Word plan listing its rows ("2 ô chỉ tiêu để trống: dòng 8,
 * 10"), in the order the findings came: the lister is one per grouping, so the plan's findings are
 * grouped apart from the reports' and the groups put back in place.
 */
export function groupShown(findings: readonly Finding[], lang: Lang, plan: WordPlan | null): FindingGroup[] {
  if (plan === null) return groupFindings(findings, lang);
  const ours = findings.filter((f) => inWordPlan(plan, f));
  if (ours.length === 0) return groupFindings(findings, lang);
  const others = findings.filter((f) => !inWordPlan(plan, f));
  const order = new Map(findings.map((f, i) => [f, i]));
  const first = (g: FindingGroup): number => order.get(g.findings[0] as Finding) ?? 0;
  const rows = groupFindings(ours, lang, listTableRows);
  return [...rows, ...groupFindings(others, lang)].sort((a, b) => first(a) - first(b));
}

/** The plan's place as the pane names it ("ke-hoach.docx › Table 1" in English): a Word table by its name in the language shown. */
export function planRefLabel(ref: SheetRef, naming: CellNaming | undefined, lang: Lang): string {
  const name = naming === "tableRowColumn" ? tableLabel(ref.name, lang) : ref.name;
  return ref.file === undefined ? name : `${ref.file} › ${name}`;
}
