/**
 * Where a finding is in a Word plan, as a person finds it there: a Word table
 * has no A1 cells, so "Bảng 1, dòng 5" (the first table of the document, its
 * fifth row) instead of C5. A .docx grid is one table at A1 (read-docx.ts), so
 * the A1 row of a finding is the table's own row.
 */
import { parseRange, type Finding, type Lang } from "../core";

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
  const numbers = rows(cells);
  const name = table === undefined ? "" : tableLabel(table, lang);
  if (numbers.length === 0) return name;
  const word = lang === "vi" ? "dòng" : numbers.length === 1 ? "row" : "rows";
  return `${name === "" ? "" : `${name}, `}${word} ${rowList(numbers)}`;
}

/**
 * Findings of a .docx with their cell as the table and row ("Bảng 1, dòng 5"),
 * for output that lists one finding per cell (`check --json`). The sheet stays
 * the table's name; a finding without a cell is unchanged.
 */
export function relocateDocxFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.cell === undefined || parseRange(f.cell) === undefined || f.cell.includes(":") ? f : { ...f, cell: docxPlace(f.sheet, [f.cell], "vi") }));
}
