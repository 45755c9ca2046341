/**
 * What `node bin/ptdv.js` runs (issue #16): `--help` no command; `check` of a workbook neither the
 * Word reader nor a writer nor SheetJS; each of those only for the file or the command that needs
 * it. The CLI is one bundled script in which each module loaded with `import()` is initialised by
 * a function esbuild names after its source file (`"src/docx/read-docx.ts"() {…}`), run at that
 * `import()`: V8's coverage (NODE_V8_COVERAGE) of a child process running the script users run
 * says which of them ran, and which packages were loaded from node_modules.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ptdv.js");
const SEED = path.join(REPO, "test", "fixtures", "allocation", "seed-text.xlsx");
const SEED_XLS = path.join(REPO, "..", "shared", "corpus", "sheetjs", "AutoFilter.xls");
const WORD_PLAN = path.join(REPO, "test", "docx", "fixtures", "seed-plan-header-table.python-docx.docx");
const REPORTS = path.join(REPO, "test", "fixtures", "reports");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-lazy-"));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Source modules of the bundle by their short name, as the test names them. */
const MODULES: Record<string, string> = {
  check: "src/cli/commands/check.ts",
  template: "src/cli/commands/template.ts",
  consolidate: "src/cli/commands/consolidate.ts",
  probation: "src/cli/commands/probation.ts",
  "read-docx": "src/docx/read-docx.ts",
  "read-legacy": "src/xlsx/legacy/read-legacy.ts",
  "write-workbook": "src/xlsx/write-workbook.ts",
  "write-docx": "src/docx/write-docx.ts",
};

interface Coverage {
  result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }>;
}

/** What the run ran: "cli" for the bundle, the short names of the modules it initialised, and the packages it loaded. */
function loaded(args: readonly string[]): string[] {
  const coverage = fs.mkdtempSync(path.join(dir, "coverage-"));
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_V8_COVERAGE: coverage } });
  expect(r.stderr).not.toMatch(/could not start|unexpected error/);
  const names = new Set<string>();
  for (const file of fs.readdirSync(coverage)) {
    for (const script of (JSON.parse(fs.readFileSync(path.join(coverage, file), "utf8")) as Coverage).result) {
      const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(script.url);
      if (pkg) names.add(pkg[1] as string);
      if (!script.url.endsWith("/build/cli/cli.js")) continue;
      names.add("cli");
      const ran = new Set(script.functions.filter((f) => (f.ranges[0]?.count ?? 0) > 0).map((f) => f.functionName));
      for (const [name, source] of Object.entries(MODULES)) if (ran.has(source)) names.add(name);
    }
  }
  return [...names];
}

test("the bundle names its lazily initialised modules as this test expects", () => {
  const bundle = fs.readFileSync(path.join(REPO, "build", "cli", "cli.js"), "utf8");
  for (const source of Object.values(MODULES)) expect(bundle).toContain(`"${source}"()`);
});

const COMMANDS = ["check", "template", "consolidate", "probation"];
const ON_DEMAND = ["read-docx", "read-legacy", "write-workbook", "write-docx", "exceljs", "docx", "@e965/xlsx"];

test("ptdv --help loads no command, reader or writer", () => {
  const names = loaded(["--help"]);
  expect(names).toContain("cli");
  for (const name of [...COMMANDS, ...ON_DEMAND]) expect(names).not.toContain(name);
});

test("ptdv check of a workbook loads the check and none of the Word reader, SheetJS or the writers", () => {
  const names = loaded(["check", SEED]);
  expect(names).toContain("check");
  for (const name of [...ON_DEMAND, "template", "consolidate", "probation"]) expect(names).not.toContain(name);
});

test("the Word reader is loaded for a Word plan, SheetJS for an .xls, each only then", () => {
  const word = loaded(["check", WORD_PLAN]);
  expect(word).toContain("read-docx");
  expect(word).not.toContain("read-legacy");
  const xls = loaded(["check", SEED_XLS]);
  expect(xls).toContain("read-legacy");
  expect(xls).toContain("@e965/xlsx");
  expect(xls).not.toContain("read-docx");
});

test("consolidate loads ExcelJS only when it writes a workbook", () => {
  const allocation = path.join(REPORTS, "allocation-2025.xlsx");
  const reading = loaded(["consolidate", "--allocation", allocation, "--month", "2025-05", "--json", path.join(REPORTS, "log-2025.xlsx")]);
  for (const name of ["write-workbook", "exceljs", "write-docx", "docx"]) expect(reading).not.toContain(name);
  const writing = loaded(["consolidate", "--allocation", allocation, "--month", "2025-05", "--out", path.join(dir, "out.xlsx"), path.join(REPORTS, "log-2025.xlsx")]);
  expect(writing).toContain("write-workbook");
  expect(writing).toContain("exceljs");
  expect(writing).not.toContain("docx");
});
