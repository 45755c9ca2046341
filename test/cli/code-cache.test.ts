/**
 * V8's code cache for the bundled CLI (issue #16): the build leaves build/cli/cli.js.cache, a run
 * uses it only when its header names that very script and its data is intact, and a cache that is
 * missing, damaged or made for another script changes nothing but the time. Each case runs the
 * launcher's loadCli on a copy of the bundle in a child process, as `node bin/ptdv.js` would.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ptdv.js");
const SEED = path.join(REPO, "test", "fixtures", "allocation", "seed-text.xlsx");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-cache-"));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the built script with `cache` beside it (none when undefined), in its own folder. */
function copy(cache: Buffer | undefined, script?: string): string {
  const at = fs.mkdtempSync(path.join(dir, "copy-"));
  fs.writeFileSync(path.join(at, "cli.js"), script ?? fs.readFileSync(path.join(REPO, "build", "cli", "cli.js")));
  if (cache !== undefined) fs.writeFileSync(path.join(at, "cli.js.cache"), cache);
  return path.join(at, "cli.js");
}

/** Whether the cache was used, and the text of `ptdv check --json SEED` run through that script. */
function run(file: string): { cacheUsed: boolean; out: string; status: number | null } {
  const code = `
    const { loadCli } = require(${JSON.stringify(BIN)});
    const cli = loadCli(${JSON.stringify(file)});
    let out = "";
    const io = { stdout: (t) => { out += t; }, stderr: (t) => { out += t; }, cwd: process.cwd() };
    cli.exports.main(["check", "--json", "--lang", "en", ${JSON.stringify(SEED)}], io).then((c) => {
      process.stdout.write(JSON.stringify({ cacheUsed: cli.cacheUsed, out, code: c }));
    });`;
  const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
  const parsed = r.status === 0 ? (JSON.parse(r.stdout) as { cacheUsed: boolean; out: string }) : { cacheUsed: false, out: r.stderr };
  return { ...parsed, status: r.status };
}

const built = (): Buffer => fs.readFileSync(path.join(REPO, "build", "cli", "cli.js.cache"));

test("the build leaves a code cache that a run of the same script uses", () => {
  const r = run(copy(built()));
  expect(r.status).toBe(0);
  expect(r.cacheUsed).toBe(true);
  expect(JSON.parse(r.out).totals.quota).toBe(91);
});

test("without a cache the script is compiled from source and says the same", () => {
  const withCache = run(copy(built()));
  const without = run(copy(undefined));
  expect(without.status).toBe(0);
  expect(without.cacheUsed).toBe(false);
  expect(without.out).toBe(withCache.out);
});

test("a cache whose data was damaged is not used (V8 would crash on it) and the run is the same", () => {
  const damaged = Buffer.from(built());
  const middle = damaged.indexOf(10) + Math.floor((damaged.length - damaged.indexOf(10)) / 2);
  for (let i = middle; i < middle + 256; i++) damaged[i] = (damaged[i] as number) ^ 0x5a;
  const r = run(copy(damaged));
  expect(r.status).toBe(0);
  expect(r.cacheUsed).toBe(false);
  expect(r.out).toBe(run(copy(undefined)).out);
});

test("a cache made for another script of the same length is not used", () => {
  const script = fs.readFileSync(path.join(REPO, "build", "cli", "cli.js"), "utf8");
  // Same length, one character changed inside a comment: V8 alone, which checks only the length, would accept the cache.
  const at = script.indexOf("//");
  const edited = `${script.slice(0, at + 2)}${script[at + 2] === "x" ? "y" : "x"}${script.slice(at + 3)}`;
  expect(edited.length).toBe(script.length);
  const r = run(copy(built(), edited));
  expect(r.status).toBe(0);
  expect(r.cacheUsed).toBe(false);
});

test("a file that is not a cache at all is ignored", () => {
  const r = run(copy(Buffer.from("not a cache\n")));
  expect([r.status, r.cacheUsed]).toEqual([0, false]);
});

test("the script runs in strict mode, as the ES modules it is bundled from, and keeps its line numbers", () => {
  const file = path.join(fs.mkdtempSync(path.join(dir, "strict-")), "cli.js");
  fs.writeFileSync(file, "exports.strict = (function () { return this === undefined; })();\nexports.line = () => new Error().stack.split('\\n')[1];\n");
  const code = `
    const cli = require(${JSON.stringify(BIN)}).loadCli(${JSON.stringify(file)});
    process.stdout.write(JSON.stringify({ strict: cli.exports.strict, line: cli.exports.line() }));`;
  const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
  const out = JSON.parse(r.stdout) as { strict: boolean; line: string };
  expect(out.strict).toBe(true);
  expect(out.line).toContain(`${file}:2:`);
});
