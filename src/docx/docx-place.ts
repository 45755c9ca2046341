/**
 * Where a finding is in a Word plan, as a person finds it there: a Word table
 * has no A1 cells, so "Bảng 1, dòng 5" (the first table of the document, its
 * fifth row) instead of C5. A .docx grid is one table at A1 (read-docx.ts), so
 * the A1 row of a finding is the table's own row.
 */
import { formatCellList, parseRange, type Finding, type Grid, type Lang } from "../core";

function rows(cells: readonly string[]): number[] {
  const out = new Set<number>();
  for (const c of cells) {
    const at = parseRange(c);
    if (at !== undefined && !c.includes(":")) out.add(at.top + 1);
  }
  return [...out].sort((a, b) => a - b);
}

/** `5, 6, 7, 9` → `5–7, 9`. */
function rowList(numbers: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] as number) === (numbers[j] as number) + 1) j++;
    parts.push(j === i ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/**
 * A Word table's name in the run's language: the reader names the tables "Bảng 1", "Bảng 2"…
 * (docx-grid.ts), which an English reader sees as "Table 1". Any other name is kept.
 */
export function tableLabel(name: string, lang: Lang): string {
  const numbered = /^Bảng (\d+)$/.exec(name);
  return lang === "en" && numbered !== null ? `Table ${numbered[1] ?? ""}` : name;
}

/** `Bảng 1, dòng 5–7, 9` (vi) / `Table 1, rows 5–7, 9` (en); the table alone when no cell is an address. */
export function docxPlace(table: string | undefined, cells: readonly string[], lang: Lang): string {
  return placeOfRows(table === undefined ? "" : tableLabel(table, lang), rows(cells), lang);
}

/** A CellLister for a Word table's A1 cells: its rows, "dòng 8, 10" / "rows 8, 10". */
export function listTableRows(cells: readonly string[], lang: Lang): string {
  return docxPlace(undefined, cells, lang);
}

function placeOfRows(name: string, numbers: readonly number[], lang: Lang): string {
  if (numbers.length === 0) return name;
  const word = lang === "vi" ? "dòng" : numbers.length === 1 ? "row" : "rows";
  return `${name === "" ? "" : `${name}, `}${word} ${rowList(numbers)}`;
}

/** What placeInWordPlan makes of one cell: `dòng 8` / `row 8`. */
const PLACED_ROW = /^(?:dòng|row) (\d+)$/;

/**
 * A group's cells as a findings sheet lists them (a CellLister): rows placeInWordPlan made
 * ("dòng 8", "dòng 10") as one list again ("dòng 8, 10" / "rows 8, 10"); any other cells as the
 * engine lists them.
 */
export function listPlacedCells(cells: readonly string[], lang: Lang): string {
  const numbers: number[] = [];
  for (const cell of cells) {
    const placed = PLACED_ROW.exec(cell);
    if (placed === null) return formatCellList(cells);
    numbers.push(Number(placed[1]));
  }
  return placeOfRows("", [...new Set(numbers)].sort((a, b) => a - b), lang);
}

/**
 * Findings of a .docx with their cell as the table and row ("Bảng 1, dòng 5"),
 * for output that lists one finding per cell (`check --json`). The sheet stays
 * the table's name; a finding without a cell is unchanged.
 */
export function relocateDocxFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.cell === undefined || parseRange(f.cell) === undefined || f.cell.includes(":") ? f : { ...f, cell: docxPlace(f.sheet, [f.cell], "vi") }));
}

/**
 * The findings of a run, those about a Word plan placed at its table's row as a person finds it
 * there: `… › Bảng 1 › dòng 8` instead of C8 (`… › Table 1 › row 8` in English; the table's name is
 * already the finding's sheet). A finding is the plan's when it names the plan's file and one of its
 * tables; when another file of the run has the plan's name, nothing is placed (a finding names its
 * file by name only, and a report's A1 cells must not become rows). A Word plan's finding without a
 * single cell keeps its place, its table named in the run's language. For every host that
 * consolidates against a Word plan: the CLI and the browser edition.
 */
export function placeInWordPlan(
  findings: readonly Finding[],
  plan: { readonly file: string; readonly grids: readonly Grid[]; readonly otherFiles: readonly string[] },
  lang: Lang,
): Finding[] {
  if (plan.otherFiles.includes(plan.file)) return [...findings];
  const tables = new Set(plan.grids.map((g) => g.name));
  return findings.map((f) => {
    if (f.file !== plan.file || f.sheet === undefined || !tables.has(f.sheet)) return f;
    const sheet = tableLabel(f.sheet, lang);
    // Empty for anything but one cell's address (a range, a place already in words).
    const row = f.cell === undefined ? "" : docxPlace(undefined, [f.cell], lang);
    if (row !== "") return { ...f, sheet, cell: row };
    return sheet === f.sheet ? f : { ...f, sheet };
  });
}
