/**
 * .xls, .xlsb and .ods through SheetJS: the same table saved in each format
 * reads as its .xlsx does, and a TCVN3 table saved as .xls keeps the `.VnTime`
 * font of its text cells (read from the BIFF font records) so the engine can
 * decode it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkAllocation } from "../../src/core/allocation/check";
import type { Grid } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";

const REPO = path.resolve(__dirname, "..", "..");
const CORPUS = path.resolve(REPO, "..", "shared", "corpus", "sheetjs");

async function gridsOf(file: string): Promise<Grid[]> {
  const r = await readWorkbookFile(file);
  if (!r.ok) throw new Error(`${file}: ${r.problem.code} ${r.problem.message.en}`);
  return r.grids;
}

function values(g: Grid | undefined): unknown[][] {
  return (g?.rows ?? []).map((r) => Array.from(r, (c) => (c?.value instanceof Date ? c.value.toISOString() : (c?.value ?? null))));
}

describe.each(["AutoFilter.xls", "AutoFilter.xlsb", "AutoFilter.ods"])("%s", (name) => {
  test("reads every sheet with the values of AutoFilter.xlsx", async () => {
    const reference = await gridsOf(path.join(CORPUS, "AutoFilter.xlsx"));
    const legacy = await gridsOf(path.join(CORPUS, name));
    expect(legacy).toHaveLength(reference.length);
    // LibreOffice writes sheet names with `_` for spaces in .ods; the cells are what must agree.
    legacy.forEach((g, i) => expect([i, values(g)]).toEqual([i, values(reference[i])]));
  });
});

test("a TCVN3 table saved as .xls by LibreOffice keeps .VnTime on its text cells and reads like the .xlsx", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-xls-"));
  try {
    const src = path.join(REPO, "test", "fixtures", "allocation", "seed-tcvn3.xlsx");
    const run = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xls:MS Excel 97", "--outdir", dir, src], { encoding: "utf8", timeout: 120_000 });
    const xls = path.join(dir, "seed-tcvn3.xls");
    if (!fs.existsSync(xls)) throw new Error(`LibreOffice did not convert: ${run.stderr}`);
    const fromXlsx = await gridsOf(src);
    const fromXls = await gridsOf(xls);
    const fontsOf = (g: Grid[]): string[] => [...new Set(g.flatMap((s) => s.rows.flatMap((r) => Array.from(r, (c) => (typeof c?.value === "string" ? (c.font ?? "none") : "")))).filter((f) => f !== ""))].sort();
    expect(fontsOf(fromXls)).toEqual(fontsOf(fromXlsx));
    expect(fontsOf(fromXls).some((f) => f.startsWith(".Vn"))).toBe(true);
    const a = checkAllocation(fromXlsx, { target: 88, file: "seed-tcvn3.xlsx" });
    const b = checkAllocation(fromXls, { target: 88, file: "seed-tcvn3.xls" });
    expect(b.organizations.map((o) => [o.name, o.quota])).toEqual(a.organizations.map((o) => [o.name, o.quota]));
    expect(b.totals).toEqual(a.totals);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
