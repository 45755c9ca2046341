/**
 * Test inputs made outside PTĐV: the seed's table read from ../shared, and
 * .xlsx files written or filled by openpyxl through Debian's python3.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { REPO, SHARED } from "./harness";

export const PYTHON = "/usr/bin/python3";
export const HOSTILE_NAME = "<img src=x onerror=alert(1)>";
export const XLS_FROM_CORPUS = path.join(SHARED, "corpus", "sheetjs", "AutoFilter.xls");

export interface SeedRow {
  readonly stt: string;
  readonly name: string;
  readonly quota: string;
}

/** The appendix table "PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025" exactly as the seed types it. */
export function seedTable(): { title: string; subtitle: string; header: string[]; rows: SeedRow[] } {
  const lines = readFileSync(path.join(SHARED, "seed", "000_a033becf61890d39.txt"), "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("PHÂN BỔ CHỈ TIÊU"));
  const cells: string[] = [];
  for (let i = start + 2; i < lines.length && !(lines[i] ?? "").startsWith("Lưu ý"); i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("\t")) cells.push(line.trim());
  }
  const header = cells.slice(0, 3);
  const rows: SeedRow[] = [];
  for (let k = 3; k + 2 < cells.length; k += 3) {
    rows.push({ stt: cells[k] ?? "", name: cells[k + 1] ?? "", quota: cells[k + 2] ?? "" });
  }
  if (header.join("|") !== "STT|TCCSĐ|CHỈ TIÊU" || rows.length !== 15) throw new Error(`seed table not as expected: ${header.join("|")} / ${rows.length} rows`);
  return { title: (lines[start] ?? "").trim(), subtitle: (lines[start + 1] ?? "").trim(), header, rows };
}

/** allocation.xlsx, hostile.xlsx and corrupt.xlsx in `dir` (see make_inputs.py). */
export function makeInputs(dir: string): { allocation: string; hostile: string; corrupt: string } {
  execFileSync(PYTHON, [path.join(REPO, "test-e2e", "fixtures", "make_inputs.py"), dir], { stdio: "pipe" });
  return { allocation: path.join(dir, "allocation.xlsx"), hostile: path.join(dir, "hostile.xlsx"), corrupt: path.join(dir, "corrupt.xlsx") };
}

/** Fills a template's month rows with openpyxl: month → [admitted, of whom students]. */
export function fillTemplate(src: string, dst: string, figures: Record<number, readonly [number, number]>): void {
  execFileSync(PYTHON, [path.join(REPO, "test-e2e", "fixtures", "fill_template.py"), src, dst, JSON.stringify(figures)], { stdio: "pipe" });
}
