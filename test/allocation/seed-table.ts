/**
 * The seed's appendix table, read from ../shared (never copied into the repo),
 * and grids built from it the way different programs would store it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { gridFromValues, type Cell, type CellValue, type Grid } from "../../src/core/grid";

export const SHARED = path.resolve(__dirname, "..", "..", "..", "shared");
export const SEED_FILE = path.join(SHARED, "seed", "000_a033becf61890d39.txt");
export const FIXTURES = path.resolve(__dirname, "..", "fixtures", "allocation");

export interface SeedTable {
  readonly title: string;
  readonly header: readonly [string, string, string];
  readonly rows: ReadonlyArray<readonly [string, string, string]>;
  readonly notes: readonly string[];
}

export function readSeedTable(): SeedTable {
  const lines = fs.readFileSync(SEED_FILE, "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("PHÂN BỔ CHỈ TIÊU"));
  const cells: string[] = [];
  let i = start + 2;
  for (; !lines[i]!.startsWith("Lưu ý"); i++) if (lines[i]!.startsWith("\t")) cells.push(lines[i]!.trim());
  const notes = [lines[i]!.trim()];
  for (i++; lines[i]?.startsWith("- "); i++) notes.push(lines[i]!.trim());
  const [a, b, c, ...body] = cells;
  const rows: Array<[string, string, string]> = [];
  for (let k = 0; k + 2 < body.length; k += 3) rows.push([body[k]!, body[k + 1]!, body[k + 2]!]);
  return { title: lines[start]!.trim(), header: [a!, b!, c!], rows, notes };
}

export type RowMapper = (row: readonly [string, string, string]) => ReadonlyArray<CellValue | Cell>;

/** Title, subtitle, blank, header (row 4), the rows, two blanks, the notes: as the seed lays it out. */
export function seedGrid(options: { map?: RowMapper; rows?: ReadonlyArray<readonly [string, string, string]>; name?: string } = {}): Grid {
  const seed = readSeedTable();
  const map = options.map ?? ((r) => r);
  const values: Array<ReadonlyArray<CellValue | Cell>> = [
    [seed.title],
    ["(Kèm theo Kế hoạch số ..-KH/HU)"],
    [],
    seed.header,
    ...(options.rows ?? seed.rows).map(map),
    [],
    [],
    ...seed.notes.map((n) => [n]),
  ];
  return gridFromValues(options.name ?? "Phụ lục", values, { merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] });
}

/** Plain digits as numbers with format 00, shown as Excel shows them. */
export const asNumbers: RowMapper = (row) =>
  row.map((v): CellValue | Cell => (/^\d+$/.test(v) ? { value: Number(v), numFmt: "00", text: v } : v));

/** TCVN3 bytes from glibc's encoder, one char per byte, as a .VnTime cell holds them. */
export function toTcvn3(text: string): string {
  const bytes = execFileSync("iconv", ["-f", "UTF-8", "-t", "TCVN5712-1"], { input: text.replace(/\u2019/g, "'") });
  return bytes.toString("latin1");
}

export const asTcvn3: RowMapper = (row) => row.map((v): Cell => ({ value: toTcvn3(v), font: ".VnTime" }));
