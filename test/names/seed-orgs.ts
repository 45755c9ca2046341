/** The 15 organisations of the seed's allocation table, read from ../shared (never copied into the repo). */
import { readFileSync } from "node:fs";
import path from "node:path";

const SEED = path.resolve(__dirname, "..", "..", "..", "shared", "seed", "000_a033becf61890d39.txt");

export function seedOrganisations(): string[] {
  const text = readFileSync(SEED, "utf8");
  const start = text.indexOf("PHÂN BỔ CHỈ TIÊU");
  const end = text.indexOf("Lưu ý:", start);
  const table = text.slice(start, end);
  const names: string[] = [];
  for (const m of table.matchAll(/\t(\d{2})\r?\n\t([^\r\n]+)\r?\n\t([^\r\n]+)/g)) names.push((m[2] ?? "").trim());
  return names;
}
