/**
 * What users would otherwise use on the same files, timed in the same run:
 * Debian's python3 with openpyxl, and LibreOffice headless converting to CSV.
 * Wall time includes each program's start-up, as a user would live it;
 * openpyxl's own reading time is reported apart.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";

export const PYTHON = "/usr/bin/python3";

export interface OtherResult {
  readonly label: string;
  readonly wallMs: number;
  /** Time inside the program, without interpreter start-up, where known. */
  readonly innerMs: number | null;
  readonly peakRssMb: number | null;
  readonly notes: string;
}

export type Outcome = { ok: true; result: OtherResult } | { ok: false; skipped: string };

const OPENPYXL = `
import sys, os, json, time, resource
import openpyxl
d = sys.argv[1]
files = sorted(f for f in os.listdir(d) if f.endswith(".xlsx"))
start = time.perf_counter()
cells = 0
for f in files:
    wb = openpyxl.load_workbook(os.path.join(d, f), data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    wb.close()
ms = (time.perf_counter() - start) * 1000
print(json.dumps({"ms": ms, "files": len(files), "cells": cells, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
`;

/** Peak RSS of a whole process tree that the wrapper waits for (soffice forks soffice.bin). */
const PEAK_OF_CHILDREN = `
import sys, subprocess, resource, json
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(json.dumps({"code": r.returncode, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
`;

export function openpyxlRead(dir: string): Outcome {
  if (!existsSync(PYTHON)) return { ok: false, skipped: `${PYTHON} not found` };
  const start = performance.now();
  const r = spawnSync(PYTHON, ["-c", OPENPYXL, dir], { encoding: "utf8", timeout: 600_000 });
  const wallMs = performance.now() - start;
  if (r.status !== 0) return { ok: false, skipped: `openpyxl failed: ${(r.stderr || r.error?.message || "").trim().split("\n").pop()}` };
  const out = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as { ms: number; files: number; cells: number; maxrss_kb: number };
  return {
    ok: true,
    result: { label: `openpyxl: read ${out.files} files`, wallMs, innerMs: out.ms, peakRssMb: out.maxrss_kb / 1024, notes: `${out.cells} cells` },
  };
}

function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function libreofficeConvert(dir: string): Outcome {
  const soffice = which("soffice");
  if (!soffice) return { ok: false, skipped: "soffice not installed (apt-get install -y libreoffice-calc-nogui)" };
  if (!existsSync(PYTHON)) return { ok: false, skipped: `${PYTHON} not found (used to measure soffice's peak memory)` };
  const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(dir, f));
  // A fresh profile: a shared one makes parallel or repeated runs wait on its lock.
  const profile = mkdtempSync(path.join(os.tmpdir(), "ptdv-bench-lo-"));
  const out = mkdtempSync(path.join(os.tmpdir(), "ptdv-bench-csv-"));
  try {
    const args = [soffice, `-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "csv", "--outdir", out, ...files];
    const start = performance.now();
    const r = spawnSync(PYTHON, ["-c", PEAK_OF_CHILDREN, ...args], { encoding: "utf8", timeout: 900_000 });
    const wallMs = performance.now() - start;
    const written = readdirSync(out).filter((f) => f.endsWith(".csv")).length;
    const info = JSON.parse(r.stdout.trim().split("\n").pop() || "{}") as { maxrss_kb?: number };
    // soffice exits 0 even when a conversion fails: the output files are the truth.
    if (written === 0) return { ok: false, skipped: `soffice converted nothing (exit ${r.status})` };
    return {
      ok: true,
      result: {
        label: `LibreOffice headless: convert ${files.length} files to CSV`,
        wallMs,
        innerMs: null,
        peakRssMb: info.maxrss_kb === undefined ? null : info.maxrss_kb / 1024,
        notes: `${written}/${files.length} CSV written; one soffice run, fresh profile, start-up included`,
      },
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
