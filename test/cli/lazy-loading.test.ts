/**
 * What `node bin/ptdv.js` loads (issue #16): `--help` no command; `check` of a workbook neither the
 * Word reader nor a writer nor SheetJS; each of those only for the file or the command that needs
 * it. Every module Node resolves is recorded by a resolve hook (node:module register) in a child
 * process running the bundle users run.
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

beforeAll(() => {
  spawnSync(process.execPath, [path.join(REPO, "scripts", "build-cli.mjs")], { cwd: REPO });
  fs.writeFileSync(
    path.join(dir, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";
     export async function resolve(specifier, context, next) {
       const r = await next(specifier, context);
       appendFileSync(process.env.PTDV_LOADED_LOG, r.url + "\\n");
       return r;
     }`,
  );
  fs.writeFileSync(path.join(dir, "register.mjs"), `import { register } from "node:module"; register(${JSON.stringify(`file://${path.join(dir, "hooks.mjs")}`)});`);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The names of the modules the run loaded: bundle chunks by their entry name, packages by name. */
function loaded(args: readonly string[]): string[] {
  const log = path.join(dir, `loaded-${Math.random().toString(36).slice(2)}.log`);
  const r = spawnSync(process.execPath, ["--import", path.join(dir, "register.mjs"), BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PTDV_LOADED_LOG: log },
  });
  expect(r.stderr).not.toMatch(/could not start|unexpected error/);
  const urls = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
  const names = urls.map((u) => {
    const chunk = /\/build\/cli\/([a-z-]+?)(?:-[A-Z0-9]{8})?\.js$/.exec(u);
    if (chunk) return chunk[1] as string;
    const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
    return pkg ? (pkg[1] as string) : u;
  });
  return [...new Set(names)];
}

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
