/**
 * `npm run mutate`: StrykerJS over src/core, configured by stryker.config.json.
 *
 * Stryker 10's command line refuses Node.js older than 22 as soon as it loads,
 * yet its engine runs on the Node.js 20 this project supports (package.json
 * "engines"); so this starts the engine itself, resolved from node_modules
 * like any dependency (no absolute path), and exits non-zero when the run fails.
 *
 *   npm run mutate                         the whole engine (hours on two cores)
 *   npm run mutate -- --part text          one folder of src/core (text, names, reports, …, or "top" for
 *                                          the files directly in src/core), with its own incremental file,
 *                                          so parts can be run on different days and each is kept
 *   npm run mutate -- --part text --local the same part against its own tests (test/text), test/core and test/properties:
 *                                          a quick first pass whose survivors are a superset of the real ones
 *                                          (own files part-<p>-local.*, never counted by --summary)
 *   npm run mutate -- --summary            the score over every part measured so far, per part and in total
 *   npm run mutate -- --mutate "glob,glob" any files (shares the whole run's incremental file)
 *   npm run mutate -- --mutate FILE --tests "test/a.test.ts,test/b.test.ts"
 *                                          a file outside src/core against the tests named (own incremental file)
 *   npm run mutate -- … --retest-timeouts  tests again the mutants that timed out in the last run (after a busy spell)
 *   npm run mutate -- … --timeout-ms 5000 a shorter per-mutant timeout than the configured 20 s (quiet machine only:
 *                                          on a busy one, slow runs would count as timeouts, which Stryker scores as kills)
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const REPORT_DIR = path.join("reports", "mutation");
const partFile = (part, kind) => path.join(REPORT_DIR, `part-${part}.${kind}`);

function argValue(name) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? "") : undefined;
}

/** Killed and timed-out mutants over those that ran (compile and runtime errors and ignored ones are not counted, as in Stryker's own score). */
function tally(files) {
  let detected = 0;
  let valid = 0;
  let timeouts = 0;
  for (const file of Object.values(files)) {
    for (const m of file.mutants ?? []) {
      if (m.status === "Killed" || m.status === "Timeout") detected++;
      if (m.status === "Timeout") timeouts++;
      if (m.status !== "CompileError" && m.status !== "RuntimeError" && m.status !== "Ignored") valid++;
    }
  }
  return { detected, valid, timeouts };
}

const pct = ({ detected, valid }) => (valid === 0 ? "n/a" : `${((100 * detected) / valid).toFixed(2)}%`);

if (process.argv.includes("--summary")) {
  // Every part of src/core: its run against the whole mutation suite when there is one, otherwise its
  // run against its own tests (--local). The own-tests score is a lower bound of the whole suite's: the
  // suite holds those tests, so whatever they kill it kills too.
  const partsOfCore = ["top", ...fs.readdirSync(path.join("src", "core"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()];
  const total = { detected: 0, valid: 0, timeouts: 0 };
  let measured = 0;
  let lowerBound = false;
  for (const part of partsOfCore) {
    const whole = partFile(part, "incremental.json");
    const local = partFile(`${part}-local`, "incremental.json");
    const file = fs.existsSync(whole) ? whole : fs.existsSync(local) ? local : undefined;
    if (file === undefined) {
      console.log(`${part.padEnd(12)} ${"—".padStart(8)}  not measured`);
      continue;
    }
    const t = tally(JSON.parse(fs.readFileSync(file, "utf8")).files ?? {});
    measured++;
    lowerBound ||= file === local;
    total.detected += t.detected;
    total.valid += t.valid;
    total.timeouts += t.timeouts;
    const how = file === local ? "own tests only: a lower bound" : "whole mutation suite";
    console.log(`${part.padEnd(12)} ${pct(t).padStart(8)}  (${t.detected} of ${t.valid}, ${t.timeouts} by timeout; ${how})`);
  }
  if (measured === 0) {
    console.log("No part measured yet: npm run mutate -- --part text");
    process.exit(1);
  }
  const missing = partsOfCore.length - measured;
  const scope = missing === 0 ? "every part" : `${measured} of ${partsOfCore.length} parts`;
  console.log(`${"src/core".padEnd(12)} ${pct(total).padStart(8)}  (${total.detected} of ${total.valid}, ${total.timeouts} by timeout; ${scope}${lowerBound ? "; at least this" : ""})`);
  // Stryker counts a timed-out mutant as detected; on a busy machine a slow run can time out, so the
  // score that counts no timeout as a kill is the one that holds whatever the machine's load was.
  const strict = { detected: total.detected - total.timeouts, valid: total.valid };
  console.log(`${"".padEnd(12)} ${pct(strict).padStart(8)}  counting no timeout as a kill`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const core = path.dirname(require.resolve("@stryker-mutator/core/package.json"));
const { Stryker } = await import(pathToFileURL(path.join(core, "dist", "src", "stryker.js")).href);

// Tests read ../shared beside the project; in a sandbox under .stryker-tmp/ that path is .stryker-tmp/shared.
const tmp = path.resolve(".stryker-tmp");
fs.mkdirSync(tmp, { recursive: true });
if (!fs.existsSync(path.join(tmp, "shared"))) fs.symlinkSync(path.join("..", "..", "shared"), path.join(tmp, "shared"));

// Which file holds each test, written during Stryker's initial run and read for every mutant
// (scripts/mutation/covering-tests-sequencer.cjs): only the files holding a covering test are loaded.
const testFiles = path.join(tmp, `test-files-${process.pid}.ndjson`);
fs.rmSync(testFiles, { force: true });
process.env.PTDV_MUTATION_TEST_FILES = testFiles;
process.on("exit", () => fs.rmSync(testFiles, { force: true }));

// Each mutant reruns the property tests: fewer runs each (test/properties/seed.ts) keep the whole run affordable.
process.env.FC_NUM_RUNS ??= "40";

const part = argValue("--part");
const only = argValue("--mutate");
let overrides = {};
if (process.argv.includes("--local") && part === undefined) throw new Error("--local runs one part: npm run mutate -- --part text --local");
if (part !== undefined) {
  if (!/^[a-z-]+$/.test(part)) throw new Error(`--part takes a folder name of src/core, not ${JSON.stringify(part)}`);
  const mutate = part === "top" ? ["src/core/*.ts"] : [`src/core/${part}/**/*.ts`];
  overrides = { mutate, incrementalFile: partFile(part, "incremental.json"), jsonReporter: { fileName: partFile(part, "report.json") }, htmlReporter: { fileName: partFile(part, "html") } };
  if (process.argv.includes("--local")) {
    // A first pass against the part's own tests (test/<part>), test/core and the property tests: minutes instead of
    // hours, because a survivor costs its covering tests and a part's own folder is a tenth of the suite.
    // Its survivors are a superset of the whole suite's: kill them with tests of the part, then run the part.
    // test/core goes with every part: it holds the tests of every domain's finding catalogue (each message in both languages).
    const folders = part === "top" ? ["core"] : [part, "core"];
    overrides = {
      ...overrides,
      jest: { projectType: "custom", configFile: "jest.mutate.config.js", enableFindRelatedTests: false, config: { testMatch: [...folders.map((f) => `<rootDir>/test/${f}/**/*.test.ts`), "<rootDir>/test/properties/**/*.test.ts"] } },
      incrementalFile: partFile(`${part}-local`, "incremental.json"),
      jsonReporter: { fileName: partFile(`${part}-local`, "report.json") },
      htmlReporter: { fileName: partFile(`${part}-local`, "html") },
    };
  }
} else if (only !== undefined) {
  overrides = { mutate: only.split(",") };
  // Files outside the engine have their tests elsewhere: --tests names them (the engine's suite would not load them).
  const tests = argValue("--tests");
  if (tests !== undefined) {
    const name = only.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
    overrides = {
      ...overrides,
      jest: { projectType: "custom", configFile: "jest.mutate.config.js", enableFindRelatedTests: false, config: { testMatch: tests.split(",").map((t) => `<rootDir>/${t}`) } },
      incrementalFile: path.join(REPORT_DIR, `files-${name}.incremental.json`),
      jsonReporter: { fileName: path.join(REPORT_DIR, `files-${name}.report.json`) },
      htmlReporter: { fileName: path.join(REPORT_DIR, `files-${name}.html`) },
    };
  }
}

// A quiet machine can afford a shorter timeout: mutants that loop forever then cost seconds, not twenty.
const timeoutMS = argValue("--timeout-ms");
if (timeoutMS !== undefined) {
  if (!/^[1-9][0-9]*$/.test(timeoutMS)) throw new Error(`--timeout-ms takes milliseconds, not ${JSON.stringify(timeoutMS)}`);
  overrides.timeoutMS = Number(timeoutMS);
}

// Mutants that timed out on a busy machine are tested again (Stryker reuses every verdict of its
// incremental file, and would keep counting a slow run as a kill): their entries are taken out first.
if (process.argv.includes("--retest-timeouts")) {
  const file = overrides.incrementalFile ?? "reports/mutation/stryker-incremental.json";
  if (fs.existsSync(file)) {
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    let dropped = 0;
    for (const f of Object.values(report.files ?? {})) {
      const before = f.mutants.length;
      f.mutants = f.mutants.filter((m) => m.status !== "Timeout");
      dropped += before - f.mutants.length;
    }
    fs.writeFileSync(file, JSON.stringify(report));
    console.log(`${dropped} timed-out mutant(s) will be tested again`);
  }
}

const results = await new Stryker({ configFile: "stryker.config.json", ...overrides }).runMutationTest();
const t = tally({ run: { mutants: results } });
console.log(`Mutation score on ${part === undefined ? (only ?? "src/core") : `src/core/${part}`}: ${pct(t)} (${t.detected} of ${t.valid} mutants killed or timed out)`);
