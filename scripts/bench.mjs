#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --dist DIR] [-- --only engine,files,office,taskpane]`
 *
 * Prints tables; asserts nothing (timing belongs here, never in tests). Heavy
 * cases run one per child process so each peak-memory figure is that case's
 * own. A section whose module is missing or whose tool is absent prints
 * "skipped: why" and the bench goes on.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
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

// ------------------------------------------------------------------ files
if (wanted("files")) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ptdv-bench-reports-"));
  try {
    const gen = runCase("generateReports", { dir });
    if (gen.skipped) {
      say(renderTable("Files", CASE_HEADER, []));
      skipped(`generating ${sizes.reportFiles} report files`, gen.skipped);
      const progress = runCase("writeProgress");
      if (!progress.skipped) say(renderTable("Files (progress workbook only)", CASE_HEADER, [caseRow(progress)]));
    } else {
      say(`\n(setup) ${gen.label}: ${fmt(gen.m.ms)} ms, ${gen.notes}`);
      const results = caseTable("Files (each case in its own process)", ["readReports", "readAndConsolidateReports", "writeProgress"], { dir });
      const ours = results.readReports;
      const others = require(path.join(root, "bench", "others.ts"));
      const rows = [];
      const notes = [];
      if (ours && !ours.skipped) {
        rows.push(["PTĐV (readWorkbookFile, Node)", fmt(ours.m.ms), "–", fmt(ours.m.peakRssMb), "1.0", "1.0", ours.notes]);
        for (const outcome of [others.openpyxlRead(dir), others.libreofficeConvert(dir)]) {
          if (!outcome.ok) {
            notes.push(outcome.skipped);
            continue;
          }
          const o = outcome.result;
          rows.push([
            o.label,
            fmt(o.wallMs),
            o.innerMs === null ? "–" : fmt(o.innerMs),
            o.peakRssMb === null ? "–" : fmt(o.peakRssMb),
            fmt(o.wallMs / ours.m.ms),
            o.peakRssMb === null ? "–" : fmt(o.peakRssMb / ours.m.peakRssMb),
            o.notes,
          ]);
        }
        say(renderTable(`Side by side: the same ${sizes.reportFiles} files`, ["reader", "wall ms", "inner ms", "peak RSS MB", "time ÷ PTĐV", "memory ÷ PTĐV", "notes"], rows));
        say("  PTĐV's time excludes Node start-up (~50 ms); the others' wall time includes their own start-up.");
        for (const n of notes) say(`  skipped: ${n}`);
      } else {
        skipped("side by side comparison", "our own reader did not run");
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ office
if (wanted("office")) {
  try {
    const { officeActions } = require(path.join(root, "bench", "office.ts"));
    const { rows, notes } = await officeActions(sizes.officeSheetCounts);
    say(
      renderTable(
        "Office.js per user action (fake Excel, ExcelApi latest)",
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
