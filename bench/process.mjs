/**
 * Whole-process figures, the method of ../shared/bench/ratio.py: each command
 * is a separate process (start-up and module loading included, as a user
 * lives it), one warm-up each, then A and B alternate so that the machine's
 * load falls on both alike. CPU = user + sys of the process; peak memory =
 * its maximum resident set (GNU time's %M, from the kernel's rusage).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const GNU_TIME = "/usr/bin/time";

/** One run: wall and CPU seconds, peak RSS in MiB, exit status, the first line of stderr. */
export function runOnce(argv, { cwd, timeoutMs = 900_000, captureStdout = false } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ptdv-bench-time-"));
  const out = path.join(dir, "time");
  try {
    const r = spawnSync(GNU_TIME, ["-f", "%e %U %S %M %x", "-o", out, ...argv], {
      cwd,
      stdio: ["ignore", captureStdout ? "pipe" : "ignore", "pipe"],
      encoding: "utf8",
      timeout: timeoutMs,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) return { error: r.error.message };
    const line = readFileSync(out, "utf8").trim().split("\n").pop() ?? "";
    const [wall, user, sys, maxKb, code] = line.split(" ").map(Number);
    const stderrLine = (r.stderr ?? "").split("\n").find((l) => l.trim() !== "") ?? "";
    return { wall, cpu: user + sys, peakMiB: maxKb / 1024, code: r.signal ? r.signal : code, stderrLine, stdout: captureStdout ? (r.stdout ?? "") : "" };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function stats(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/** Exit 0 or 1 (findings) is a run; anything else means the figures are not of the work asked for. */
const completed = (r) => !r.error && (r.code === 0 || r.code === 1);

/**
 * A and B in turn, `runs` times after one warm-up each. Returns each side's
 * CPU, wall and peak-memory statistics and the median of the per-pair ratios
 * A/B (as ratio.py does), or { failed } naming the side that did not run.
 */
export function alternate(a, b, runs, options = {}) {
  for (const [label, argv] of [["A", a], ["B", b]]) {
    const w = runOnce(argv, options);
    if (!completed(w)) return { failed: `${label} (${argv.join(" ").slice(0, 120)}): ${w.error ?? `exit ${w.code}: ${w.stderrLine}`}` };
  }
  const ra = [];
  const rb = [];
  for (let i = 0; i < runs; i++) {
    const x = runOnce(a, options);
    const y = runOnce(b, options);
    if (!completed(x) || !completed(y)) return { failed: `run ${i + 1}: ${x.error ?? y.error ?? `exit ${x.code}/${y.code}`}` };
    ra.push(x);
    rb.push(y);
  }
  const side = (rs) => ({ cpu: stats(rs.map((r) => r.cpu)), wall: stats(rs.map((r) => r.wall)), peakMiB: stats(rs.map((r) => r.peakMiB)) });
  return {
    a: side(ra),
    b: side(rb),
    cpuRatio: median(ra.map((x, i) => x.cpu / rb[i].cpu)),
    wallRatio: median(ra.map((x, i) => x.wall / rb[i].wall)),
    runs,
  };
}

/** `runs` runs of one command: CPU, wall and peak statistics. */
export function repeat(argv, runs, options = {}) {
  runOnce(argv, options);
  const rs = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(argv, options);
    if (r.error) return { failed: r.error };
    rs.push(r);
  }
  return { cpu: stats(rs.map((r) => r.cpu)), wall: stats(rs.map((r) => r.wall)), peakMiB: stats(rs.map((r) => r.peakMiB)), code: rs[0]?.code, stderrLine: rs[0]?.stderrLine, runs };
}

const f2 = (n) => n.toFixed(2);
const f3 = (n) => n.toFixed(3);
/** "0.512 (0.498–0.530)": median and range. */
export const spread = (s, digits = 3) => `${(digits === 3 ? f3 : f2)(s.median)} (${(digits === 3 ? f3 : f2)(s.min)}–${(digits === 3 ? f3 : f2)(s.max)})`;
export const mib = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
