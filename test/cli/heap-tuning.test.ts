/**
 * `ptdv check` keeps V8's young generation at the size it has when the check starts (issue #16: the
 * check's objects all live to the end, and a larger young generation only costs memory and page
 * faults), but only when the process that runs it hands the command its heap tuning (`io.heap`), as
 * bin/ptdv.js does: a command run inside another program (a test, the build's training run for the
 * code cache) leaves that program's V8 flags alone. Measured in child processes on the built CLI,
 * since a V8 flag lasts for the life of the process. bin/ptdv.js also turns TurboFan's inlining off
 * for its whole process (a run is too short to repay the compile time), after the CLI's script is
 * compiled from its code cache.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ptdv.js");
const CLI = path.join(REPO, "build", "cli", "cli.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-heap-"));
const TABLE = path.join(dir, "phan-bo-3000.xlsx");
const YOUNG = `(() => require("v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size)`;

beforeAll(() => {
  // A 3,000-row allocation table written by openpyxl (the bench's generator, in ../shared).
  const made = spawnSync("/usr/bin/python3", [path.join(REPO, "..", "shared", "bench", "make_alloc.py"), TABLE, "3000"], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): string {
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8" });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return r.stdout;
}

/**
 * The young generation's size when the check asks for it to be kept small and when the check is
 * done, in bytes. Untuned, the request is only recorded, as when no `io.heap` is given.
 */
function youngGeneration(tuned: boolean): { asked: number; after: number } {
  const script = `
    const young = ${YOUNG};
    const cli = require(${JSON.stringify(BIN)}).loadCli(${JSON.stringify(CLI)}).exports;
    let asked = -1;
    const heap = {
      boundYoungGeneration: () => undefined,
      keepYoungGenerationSmall: () => { asked = young(); if (${tuned}) cli.heapTuning.keepYoungGenerationSmall(); },
    };
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd(), heap };
    cli.main(["check", "--json", ${JSON.stringify(TABLE)}], io).then(() => process.stdout.write(JSON.stringify({ asked, after: young() })));`;
  return JSON.parse(run(["-e", script])) as { asked: number; after: number };
}

test("a check of 3,000 rows grows the young generation, unless the process hands it its heap tuning", () => {
  const untuned = youngGeneration(false);
  const tuned = youngGeneration(true);
  expect(untuned.asked).toBeGreaterThan(0);
  expect(untuned.after).toBeGreaterThan(untuned.asked);
  expect(tuned.after).toBeLessThanOrEqual(tuned.asked);
}, 60_000);

/** What a probe loaded before bin/ptdv.js saw of the V8 flags the launcher set (see runProbed). */
interface ProbeSeen {
  flags: string[];
  asked: number;
  last: number;
  cacheUsedBeforeFlags: boolean | null;
}

/**
 * Runs `node bin/ptdv.js ARGS` with a probe that sees every V8 flag set after it loads, whether the
 * CLI's script had been compiled from its code cache by then, and the young generation's size at
 * that moment and at the end.
 */
function runProbed(args: string[]): { stdout: string; seen: ProbeSeen } {
  const probe = path.join(dir, "probe.js");
  fs.writeFileSync(
    probe,
    `const v8 = require("v8"); const vm = require("vm"); const young = ${YOUNG};
     const scripts = []; const Script = vm.Script;
     vm.Script = class extends Script { constructor(...a) { super(...a); scripts.push(this); } };
     const set = v8.setFlagsFromString; const flags = []; let asked = -1; let cacheUsedBeforeFlags = null;
     v8.setFlagsFromString = (flag) => {
       if (flags.length === 0) cacheUsedBeforeFlags = scripts.length === 1 && scripts[0].cachedDataRejected === false;
       flags.push(flag); asked = young(); return set.call(v8, flag);
     };
     process.on("exit", () => require("fs").writeSync(2, JSON.stringify({ flags, asked, last: young(), cacheUsedBeforeFlags })));`,
  );
  const r = spawnSync(process.execPath, ["-r", probe, BIN, ...args], { cwd: REPO, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout, seen: JSON.parse(r.stderr) as ProbeSeen };
}

test("node bin/ptdv.js turns TurboFan's inlining off once its cached script is compiled, and the check then sets the young generation's growth to 1 and it grows no more", () => {
  const { stdout, seen } = runProbed(["check", "--json", TABLE]);
  expect(stdout).toContain('"organizations"');
  expect(seen.flags).toEqual(["--no-turbo-inlining", "--semi-space-growth-factor=1"]);
  expect(seen.cacheUsedBeforeFlags).toBe(true);
  expect(seen.last).toBeLessThanOrEqual(seen.asked);
}, 60_000);

test("node bin/ptdv.js --help sets the compiler flag too and says the same as without it", () => {
  const viaBin = runProbed(["--help"]);
  expect(viaBin.seen.flags).toEqual(["--no-turbo-inlining"]);
  const direct = run(["-e", `const cli = require(${JSON.stringify(BIN)}).loadCli(${JSON.stringify(CLI)}).exports;
    let out = ""; cli.main(["--help"], { stdout: (t) => { out += t; }, stderr: () => undefined, cwd: process.cwd() }).then(() => process.stdout.write(out));`]);
  expect(viaBin.stdout).toBe(direct);
}, 60_000);
