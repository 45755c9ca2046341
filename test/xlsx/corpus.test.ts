/**
 * Every file of ../shared/corpus/sheetjs/ (Excel, LibreOffice, WPS and others,
 * plus .xls/.xlsb/.ods/.xlsm/.csv): readWorkbook gives grids or a clear FILE_*
 * problem, and `ptdv check` ends with exit 0, 1 or 2 and a message — never a crash.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/cli";
import { readWorkbookFile } from "../../src/xlsx/read-file";

const REPO = path.resolve(__dirname, "..", "..");
const CORPUS = path.resolve(REPO, "..", "shared", "corpus", "sheetjs");
const FILES = fs.readdirSync(CORPUS).sort();

/** Files that must be refused, with the code; every other file must read (.xls, .xlsb and .ods through SheetJS). */
const EXPECTED_PROBLEM: Readonly<Record<string, string>> = {};

test("the corpus is there", () => {
  expect(FILES.length).toBeGreaterThan(40);
});

describe.each(FILES)("%s", (name) => {
  test("readWorkbook gives grids or the expected clear FILE_* problem", async () => {
    const r = await readWorkbookFile(path.join(CORPUS, name));
    if (EXPECTED_PROBLEM[name]) {
      expect(r.ok ? "ok" : r.problem.code).toBe(EXPECTED_PROBLEM[name]);
      return;
    }
    if (!r.ok) throw new Error(`${name}: ${r.problem.code} ${r.problem.message.en}`);
    expect(r.grids.length).toBeGreaterThan(0);
    for (const g of r.grids) expect(typeof g.name).toBe("string");
  });

  test("ptdv check exits 0, 1 or 2 with output and no stack trace", async () => {
    let out = "";
    let err = "";
    const code = await main(["check", path.join(CORPUS, name), "--target", "10"], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd: REPO,
    });
    expect([0, 1, 2]).toContain(code);
    expect(out + err).not.toBe("");
    expect(err).not.toMatch(/\n\s+at /);
    if (code === 2) expect(err).toMatch(/\[FILE_[A-Z_]+\]|ptdv check:/);
  });
});

test("the installed command (node bin/ptdv.js, compiled) handles corpus files the same way", () => {
  // .xlsb is read now (SheetJS, loaded lazily by the compiled command too): no table in it, exit 1; a password still ends in exit 2.
  for (const [file, code] of [
    [path.join(CORPUS, "AutoFilter.xlsb"), 1],
    [path.join(CORPUS, "formula_stress_test.xlsx"), 1],
    [path.join(REPO, "test", "fixtures", "hostile", "password-protected.xlsx"), 2],
  ] as const) {
    const name = path.basename(file);
    const r = spawnSync(process.execPath, ["bin/ptdv.js", "check", file, "--json"], { cwd: REPO, encoding: "utf8", timeout: 60_000 });
    expect([name, r.status]).toEqual([name, code]);
    expect(JSON.parse(r.stdout)).toHaveProperty("findings");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }
});
