#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --runs N] [-- --dist DIR] [-- --only side,startup,hostile,browser,office,engine,taskpane]`
 *
 * Prints tables; asserts nothing (timing belongs here, never in tests).
 * Side-by-side figures are whole processes on both sides (start-up included),
 * on the same files (../shared/bench generators), alternating runs, median and
 * min–max (the method of ../shared/bench/ratio.py); ratios are PTĐV ÷ peer, so
 * below 1 means PTĐV is faster. The in-process engine cases run one per child
 * process so each peak-memory figure is that case's own. A section whose tool
 * is absent prints "skipped: why" and the bench goes on.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const REGISTER = path.join(root, "scripts", "ts-register.cjs");
require(REGISTER);

const { renderTable, fmt } = require(path.join(root, "bench", "table.ts"));
const { sizesFor } = require(path.join(root, "bench", "sizes.ts"));

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes("--quick");
const dist = path.resolve(root, option("--dist") ?? "dist");
const only = option("--only")?.split(",");
const wanted = (section) => !only || only.includes(section);
const sizes = sizesFor(quick);
const runs = Number(option("--runs") ?? (quick ? 3 : 5));
const RESULT_PREFIX = "BENCH_RESULT ";
const started = Date.now();

const say = (text) => process.stdout.write(`${text}\n`);
const skipped = (what, why) => say(`  ${what}: skipped: ${why}`);
const errorLine = (e) => (e instanceof Error ? e.message.split("\n")[0] : String(e));

/** Runs one case of bench/cases.ts in a fresh Node process; returns its result or { skipped }. */
function runCase(name, extra = {}) {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "-r", REGISTER, path.join(root, "bench", "child.ts"), name, JSON.stringify({ quick, ...extra })],
    { cwd: root, encoding: "utf8", timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) {
    const why = r.error ? r.error.message : (r.stderr || "").trim().split("\n").slice(-1)[0] || `exit ${r.status}`;
    return { skipped: `child process failed: ${why}` };
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length));
}

const CASE_HEADER = ["case", "time ms", "peak RSS MB", "peak − base MB", "heap Δ MB", "notes"];
const caseRow = (r) => [r.label, fmt(r.m.ms), fmt(r.m.peakRssMb), fmt(r.m.peakRssMb - r.m.baseRssMb), fmt(r.m.heapDeltaMb), r.notes ?? ""];

function caseTable(title, names, extra) {
  const rows = [];
  const notes = [];
  const results = {};
  for (const name of names) {
    const r = runCase(name, extra);
    results[name] = r;
    if (r.skipped) notes.push(`${name}: skipped: ${r.skipped}`);
    else rows.push(caseRow(r));
  }
  say(renderTable(title, CASE_HEADER, rows));
  for (const n of notes) say(`  ${n}`);
  return results;
}

say(`PTĐV bench — ${quick ? "quick sizes" : "full sizes"} — node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? "?"}), load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);

// ------------------------------------------------------------------ engine
if (wanted("engine")) {
  caseTable("Engine (each case in its own process)", ["checkAllocation", "consolidate", "matchNames"]);
}

// ------------------------------------------------------------------ whole processes
const proc = await import(path.join(root, "bench", "process.mjs"));
const PYTHON = "/usr/bin/python3";
const SHARED_BENCH = path.resolve(root, "..", "shared", "bench");
const PTDV = [process.execPath, path.join(root, "bin", "ptdv.js")];
/**
 * NODE_EXTRA_CA_CERTS makes every Node process parse that certificate bundle at start-up, before any
 * script runs and whether or not it uses the network (this sandbox sets it: about 0.04 s of CPU per
 * process). It is the machine's cost, not PTĐV's, and Python pays nothing like it: where it is set, the
 * start-up and 10,000-row rows are measured again without it, labelled, beside the figures as they are.
 */
const EXTRA_CA = process.env.NODE_EXTRA_CA_CERTS;
const withoutExtraCa = (argv) => ["/usr/bin/env", "-u", "NODE_EXTRA_CA_CERTS", ...argv];
const extraCaNote = () =>
  `  This environment sets NODE_EXTRA_CA_CERTS=${EXTRA_CA}: Node reads and parses that bundle at every start-up, before any script runs (compare the two "node -e ''" rows). Rows marked "no NODE_EXTRA_CA_CERTS" run the same command with it unset, as on a machine without it.`;
// The CLI is bundled afresh (esbuild, about a second): the figures are those of the source as it is,
// never of a stale build/cli.
if (wanted("side") || wanted("startup") || wanted("hostile")) {
  const built = spawnSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { cwd: root, encoding: "utf8" });
  if (built.status !== 0) say(`  build:cli failed, using build/cli as it is: ${(built.stderr || "").trim().split("\n")[0]}`);
}
const cliBuilt = existsSync(path.join(root, "build", "cli", "cli.js"));
const peerReady = existsSync(PYTHON) && existsSync(path.join(SHARED_BENCH, "ratio.py"));
const work = mkdtempSync(path.join(os.tmpdir(), "ptdv-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
/** The CLI's own figures for 200 reports, for the browser edition's comparison. */
let cli200 = null;

function generate(script, args) {
  const r = spawnSync(PYTHON, [path.join(SHARED_BENCH, script), ...args], { encoding: "utf8", timeout: 900_000 });
  if (r.status !== 0) throw new Error(`${script}: ${(r.stderr || r.error?.message || "").trim().split("\n").pop()}`);
}
const reportsDir = (n) => {
  const dir = path.join(work, `reports-${n}`);
  if (!existsSync(dir)) generate("make_reports.py", [dir, String(n)]);
  return dir;
};

/**
 * The reading `ptdv check` does and nothing after it (bench/read-plan-only.ts), bundled as the CLI is
 * (scripts/cli-bundle.mjs) into the bench's temp folder: the like-for-like row against the peer, which
 * only reads (issue #16). It has no code cache, so its row includes compiling the reader, which `ptdv`
 * loads from the CLI's cache. Returns the script's path, or { failed } with esbuild's first error.
 */
async function bundleReaderOnly() {
  try {
    const { build } = await import("esbuild");
    const { cliBundleOptions } = await import(path.join(root, "scripts", "cli-bundle.mjs"));
    const outfile = path.join(work, "read-plan-only.cjs");
    await build({ ...cliBundleOptions(root), entryPoints: [path.join(root, "bench", "read-plan-only.ts")], outfile });
    return outfile;
  } catch (e) {
    return { failed: errorLine(e) };
  }
}

if (wanted("side")) {
  if (!cliBuilt) skipped("side by side", "build/cli is missing (run `npm run build:cli`)");
  else if (!peerReady) skipped("side by side", `${PYTHON} or ${SHARED_BENCH}/ratio.py not found`);
  else {
    const rows = [];
    const scaling = [];
    const notes = [];
    const allocRows = quick ? 1_000 : 10_000;
    const counts = quick ? [20, 200] : [20, 200, 1_000];
    const cases = [];
    try {
      const table = path.join(work, `alloc-${allocRows}.xlsx`);
      generate("make_alloc.py", [table, String(allocRows)]);
      const readRows = [PYTHON, path.join(SHARED_BENCH, "read_alloc_openpyxl.py"), table];
      const rowsLabel = `${allocRows.toLocaleString("en-US")} rows`;
      cases.push({ label: `check --json, ${rowsLabel}`, a: [...PTDV, "check", "--json", table], b: readRows, peer: "openpyxl read-only, reading the rows" });
      if (EXTRA_CA !== undefined) {
        cases.push({ label: `check --json, ${rowsLabel}, no NODE_EXTRA_CA_CERTS`, a: withoutExtraCa([...PTDV, "check", "--json", table]), b: readRows, peer: "openpyxl read-only, reading the rows" });
      }
      const readerOnly = await bundleReaderOnly();
      if (typeof readerOnly !== "string") notes.push(`reading only: ${readerOnly.failed}`);
      else {
        cases.push({ label: `reading only, ${rowsLabel}`, a: [process.execPath, readerOnly, table], b: readRows, peer: "openpyxl read-only, reading the rows" });
        if (EXTRA_CA !== undefined) cases.push({ label: `reading only, ${rowsLabel}, no NODE_EXTRA_CA_CERTS`, a: withoutExtraCa([process.execPath, readerOnly, table]), b: readRows, peer: "openpyxl read-only, reading the rows" });
      }
      for (const n of counts) {
        const dir = reportsDir(n);
        cases.push({
          label: `consolidate --json, ${n.toLocaleString("en-US")} reports`,
          n,
          a: [...PTDV, "consolidate", "--json", "--allocation", path.join(dir, "phan-bo.xlsx"), "--month", "2025-05", path.join(dir, "reports")],
          b: [PYTHON, path.join(SHARED_BENCH, "read_openpyxl.py"), path.join(dir, "reports")],
          peer: "openpyxl read-only, reading and summing",
        });
      }
    } catch (e) {
      notes.push(`inputs: ${errorLine(e)}`);
    }
    for (const c of cases) {
      const r = proc.alternate(c.a, c.b, runs);
      if (r.failed) {
        notes.push(`${c.label}: ${r.failed}`);
        continue;
      }
      rows.push([c.label, proc.spread(r.a.cpu), proc.spread(r.b.cpu), r.cpuRatio.toFixed(2), r.wallRatio.toFixed(2), proc.mib(r.a.peakMiB), proc.mib(r.b.peakMiB)]);
      if (c.n !== undefined) {
        scaling.push([c.n.toLocaleString("en-US"), (1000 * r.a.cpu.median / c.n).toFixed(2), (1000 * r.a.wall.median / c.n).toFixed(2), r.a.peakMiB.median.toFixed(0), (1000 * r.b.cpu.median / c.n).toFixed(2), r.b.peakMiB.median.toFixed(0)]);
        if (c.n === 200) cli200 = r.a;
      }
    }
    say(renderTable(`Side by side, whole processes, ${runs} alternating runs (CPU s = user + sys: median (min–max); peak RSS MiB)`, ["case", "PTĐV CPU s", "peer CPU s", "PTĐV ÷ peer CPU", "PTĐV ÷ peer wall", "PTĐV peak MiB", "peer peak MiB"], rows));
    say("  Peer: Debian python3 + openpyxl in read-only mode on the same files (../shared/bench). Ratio = median of the per-pair ratios; below 1 = PTĐV faster.");
    say("  \"reading only\": the reading `ptdv check` does and nothing after it (bench/read-plan-only.ts, bundled as the CLI is, without its code cache), which is all the peer does; `check` goes on to locate the table, apply its rules, build its findings in both languages and write the JSON.");
    if (EXTRA_CA !== undefined) say(extraCaNote());
    say(renderTable("Scaling: consolidate --json of N reports (medians; per file = whole process ÷ N, start-up included)", ["N", "PTĐV CPU ms/file", "PTĐV wall ms/file", "PTĐV peak MiB", "openpyxl CPU ms/file", "openpyxl peak MiB"], scaling));
    for (const n of notes) say(`  skipped: ${n}`);
  }
}

// ------------------------------------------------------------------ start-up
if (wanted("startup")) {
  if (!cliBuilt) skipped("start-up", "build/cli is missing (run `npm run build:cli`)");
  else {
    const seed = path.join(root, "test", "fixtures", "allocation", "seed-from-csv-libreoffice.xlsx");
    const rows = [];
    const commands = [
      ["node -e '' (Node itself)", [process.execPath, "-e", ""]],
      ["ptdv --help", [...PTDV, "--help"]],
      ["ptdv check <seed, 15 rows>", [...PTDV, "check", seed]],
    ];
    if (EXTRA_CA !== undefined) commands.push(...commands.map(([label, argv]) => [`${label}, no NODE_EXTRA_CA_CERTS`, withoutExtraCa(argv)]));
    for (const [label, argv] of commands) {
      const r = proc.repeat(argv, runs);
      if (r.failed) skipped(label, r.failed);
      else rows.push([label, proc.spread(r.cpu), proc.spread(r.wall), r.peakMiB.median.toFixed(0)]);
    }
    say(renderTable(`Start-up, whole process, ${runs} runs (median (min–max))`, ["command", "CPU s", "wall s", "peak MiB"], rows));
    if (EXTRA_CA !== undefined) say(extraCaNote());
  }
}

// ------------------------------------------------------------------ hostile files (issue #17)
if (wanted("hostile")) {
  if (!cliBuilt) skipped("hostile files", "build/cli is missing (run `npm run build:cli`)");
  else {
    const dir = path.join(work, "hostile");
    mkdirSync(dir);
    const { hostileCases } = await import(path.join(root, "bench", "hostile.mjs"));
    const rows = [];
    for (const c of hostileCases(dir, root, quick)) {
      const r = proc.runOnce([...PTDV, ...c.argv], { timeoutMs: 600_000, captureStdout: true });
      if (r.error) {
        rows.push([c.kind, c.what, fmt(statSync(c.file).size / 1024), "–", "–", "–", r.error]);
        continue;
      }
      const code = /"code":\s*"([A-Z_]+)"/.exec(r.stdout)?.[1] ?? r.stderrLine.slice(0, 70);
      rows.push([c.kind, c.what, fmt(statSync(c.file).size / 1024), r.wall.toFixed(2), r.cpu.toFixed(2), r.peakMiB.toFixed(0), `exit ${r.code}; ${code}`]);
    }
    say(renderTable(`Hostile files (issue #17), one run each through the CLI${quick ? " — quick: one tenth of the size" : ""}`, ["kind", "what", "file KB", "wall s", "CPU s", "peak MiB", "outcome (first finding)"], rows));
  }
}

// ------------------------------------------------------------------ browser edition
if (wanted("browser")) {
  const tp = require(path.join(root, "bench", "taskpane.ts"));
  if (!existsSync(path.join(dist, "index.html"))) skipped("browser edition opening 200 reports", `no production build in ${dist} (run \`npm run build\`, or pass --dist DIR)`);
  else if (!existsSync(tp.CHROMIUM)) skipped("browser edition opening 200 reports", `${tp.CHROMIUM} not installed`);
  else if (!peerReady) skipped("browser edition opening 200 reports", `${PYTHON} not found`);
  else {
    try {
      const n = quick ? 20 : 200;
      const { openReports } = await import(path.join(root, "bench", "browser.mjs"));
      const dir = path.join(reportsDir(n), "reports");
      const times = await openReports(dist, dir, quick ? 1 : runs);
      const row = [`open ${n} reports (index.html, file input)`, proc.spread(proc.stats(times)), cli200 && n === 200 ? proc.spread(cli200.wall) : "–", cli200 && n === 200 ? (proc.median(times) / cli200.wall.median).toFixed(2) : "–"];
      say(renderTable("Browser edition in headless Chromium (wall s from choosing the files to the painted frame that lists the last one)", ["case", "browser s", "CLI consolidate wall s", "browser ÷ CLI"], [row]));
    } catch (e) {
      skipped("browser edition opening the reports", errorLine(e));
    }
  }
}

// ------------------------------------------------------------------ office
if (wanted("office")) {
  try {
    const { officeActions } = require(path.join(root, "bench", "office.ts"));
    const { rows, notes } = await officeActions(sizes.officeSheetCounts);
    say(
      renderTable(
        "Office.js per user action — counted on the fake (test/excel fake, ExcelApi latest), not timed in Excel",
        ["N report sheets", "action", "Excel.run", "syncs", "proxy ops", "fake ms"],
        rows.map((r) => [String(r.n), r.action, String(r.runs), String(r.syncs), String(r.operations), fmt(r.ms)]),
      ),
    );
    for (const n of notes) say(`  ${n}`);
  } catch (e) {
    say("\n## Office.js per user action");
    skipped("Office.js counts", errorLine(e));
  }
}

// ------------------------------------------------------------------ task pane
if (wanted("taskpane")) {
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    say("\n## Task pane");
    skipped("bundle sizes and time to interactive", `no production build in ${dist} (run \`npm run build\`, or pass --dist DIR)`);
  } else {
    const tp = require(path.join(root, "bench", "taskpane.ts"));
    try {
      const rows = await tp.bundleSizes(dist);
      say(
        renderTable(
          `Task pane bytes (${dist.startsWith(root) ? path.relative(root, dist) : dist}; gzip -9 as a server would send them)`,
          ["what loads", "files", "raw KB", "gzip KB"],
          rows.map((r) => [r.page, String(r.files), fmt(r.rawBytes / 1024), fmt(r.gzipBytes / 1024)]),
        ),
      );
    } catch (e) {
      skipped("bundle sizes", errorLine(e));
    }
    if (!existsSync(tp.CHROMIUM)) skipped("time to interactive", `${tp.CHROMIUM} not installed`);
    else {
      try {
        const rows = await tp.timeToInteractive(dist, quick ? 1 : 5);
        say(
          renderTable(
            "Task pane time to interactive, headless Chromium, cold context, localhost",
            ["page", "runs", "DOMContentLoaded ms", "interactive ms"],
            rows.map((r) => [r.page, String(r.runs), fmt(r.domContentLoaded), fmt(r.interactive)]),
          ),
        );
      } catch (e) {
        skipped("time to interactive", errorLine(e));
      }
    }
  }
}

say(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
