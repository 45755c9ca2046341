/**
 * The measured cases. Each prepares its input outside the measurement and
 * returns what it measured; modules are imported inside the case so that a
 * module another engineer has not written yet skips that case, not the bench.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { AllocationCheckResult } from "../src/core/allocation/types";
import type { Grid } from "../src/core/grid";
import { allocationFrom, allocationGrid, fillTemplate, specToGrid, syntheticOrgs, writtenVariants } from "./data";
import { measure, medianMs, type Measurement } from "./measure";
import type { BenchSizes } from "./sizes";

export interface CaseResult {
  readonly label: string;
  readonly m: Measurement;
  /** Further figures worth a column, e.g. rows/s or bytes written. */
  readonly notes?: string;
}

export interface CaseContext {
  readonly sizes: BenchSizes;
  /** Folder of generated report files (files cases). */
  readonly dir: string;
}

const YEAR = 2025;

async function allocationFor(count: number): Promise<AllocationCheckResult> {
  const { classifyKind } = await import("../src/core/names/kind");
  return allocationFrom(syntheticOrgs(count), classifyKind);
}

/** Filled templates as WorkbookSpecs: every organisation, months 1…`months`. */
async function filledTemplates(allocation: AllocationCheckResult, months: number) {
  const { templateWorkbookSpecs } = await import("../src/core/reports/template-spec");
  const { TEMPLATE_LAYOUT } = await import("../src/core/reports/template-layout");
  const { DEFAULT_REPORT_SETTINGS } = await import("../src/core/reports/settings");
  return templateWorkbookSpecs(allocation, YEAR, DEFAULT_REPORT_SETTINGS).map((book, i) =>
    fillTemplate(book, TEMPLATE_LAYOUT, months, 1000 + i, allocation.organizations[i]?.studentQuota !== 0),
  );
}

async function templateGrids(count: number, months: number): Promise<{ allocation: AllocationCheckResult; grids: Grid[] }> {
  const allocation = await allocationFor(count);
  const books = await filledTemplates(allocation, months);
  return { allocation, grids: books.map((b) => specToGrid(b.sheets[0]!)) };
}

export const CASES: Record<string, (ctx: CaseContext) => Promise<CaseResult>> = {
  async checkAllocation({ sizes }) {
    const { checkAllocation } = await import("../src/core/allocation/check");
    const grid = allocationGrid(syntheticOrgs(sizes.allocationRows));
    const { value, m } = await measure(() => checkAllocation([grid], { target: null }));
    return {
      label: `check a ${sizes.allocationRows.toLocaleString("en-US")}-row allocation table`,
      m,
      notes: `${value.organizations.length} rows read, ${value.findings.length} findings`,
    };
  },

  async consolidate({ sizes }) {
    const { consolidate } = await import("../src/core/reports/consolidate");
    const { allocation, grids } = await templateGrids(sizes.consolidateOrgs, sizes.consolidateMonths);
    const sources = grids.map((g, i) => ({ file: `${i}.xlsx`, grids: [g] }));
    const { value, m } = await measure(() => consolidate(sources, { allocation, year: YEAR, month: sizes.consolidateMonths }));
    return {
      label: `consolidate ${sizes.consolidateOrgs} organisations × ${sizes.consolidateMonths} months`,
      m,
      notes: `${value.totals.admittedToDate} admitted, ${value.findings.length} findings`,
    };
  },

  async matchNames({ sizes }) {
    const { createMatcher } = await import("../src/core/names/matcher");
    const { classifyKind } = await import("../src/core/names/kind");
    const orgs = syntheticOrgs(sizes.matchOrgs).map((o) => ({ name: o.name, kind: classifyKind(o.name) }));
    const written = writtenVariants(syntheticOrgs(sizes.matchOrgs), sizes.matchNames);
    const run = (): number => {
      const matcher = createMatcher(orgs);
      let matched = 0;
      for (const w of written) if (matcher.match(w).status === "matched") matched++;
      return matched;
    };
    const { value, m } = await measure(run);
    const warm = await medianMs(5, run);
    const build = await medianMs(5, () => createMatcher(orgs));
    const matcher = createMatcher(orgs);
    const known = written.filter((w) => matcher.match(w).status === "matched");
    const unknown = written.filter((w) => matcher.match(w).status !== "matched");
    // The matcher caches per written text, so each timing gets a fresh one and subtracts building it.
    const timeFresh = (names: readonly string[]): Promise<number> =>
      medianMs(5, () => {
        const fresh = createMatcher(orgs);
        for (const w of names) fresh.match(w);
      }).then((ms) => Math.max(0, ms - build));
    const knownMs = await timeFresh(known);
    const unknownMs = await timeFresh(unknown);
    return {
      label: `match ${sizes.matchNames} names against ${sizes.matchOrgs} organisations`,
      m,
      notes:
        `${value}/${sizes.matchNames} matched; warm median ${warm.toFixed(1)} ms = build ${build.toFixed(1)} ms` +
        ` + ${known.length} matched ${knownMs.toFixed(1)} ms + ${unknown.length} unmatched (ranked suggestions) ${unknownMs.toFixed(1)} ms`,
    };
  },

  /** Setup for the files cases: the project's own templates, filled, written by the project's own writer. */
  async generateReports({ sizes, dir }) {
    const { writeWorkbook } = await import("../src/xlsx/write-workbook");
    const allocation = await allocationFor(sizes.reportFiles);
    const books = await filledTemplates(allocation, 5);
    await fs.mkdir(dir, { recursive: true });
    let bytes = 0;
    const { m } = await measure(async () => {
      for (const [i, book] of books.entries()) {
        const data = await writeWorkbook(book);
        bytes += data.length;
        await fs.writeFile(path.join(dir, `${String(i + 1).padStart(3, "0")}.xlsx`), data);
      }
    });
    return { label: `write ${books.length} filled report templates (setup)`, m, notes: `${(bytes / 1024).toFixed(0)} KB in all` };
  },

  async readReports({ dir }) {
    const { readWorkbookFile } = await import("../src/xlsx/read-file");
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".xlsx")).sort();
    let cells = 0;
    let failed = 0;
    const { m } = await measure(async () => {
      for (const f of files) {
        const r = await readWorkbookFile(path.join(dir, f));
        if (!r.ok) failed++;
        else for (const g of r.grids) for (const row of g.rows) cells += row.filter((c) => c !== undefined).length;
      }
    });
    const perSecond = Math.round((files.length / m.ms) * 1000);
    return { label: `read ${files.length} report .xlsx files`, m, notes: `${perSecond} files/s, ${cells} cells${failed ? `, ${failed} refused` : ""}` };
  },

  async readAndConsolidateReports({ sizes, dir }) {
    const { readWorkbookFile } = await import("../src/xlsx/read-file");
    const { consolidate } = await import("../src/core/reports/consolidate");
    const allocation = await allocationFor(sizes.reportFiles);
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".xlsx")).sort();
    const { value, m } = await measure(async () => {
      const sources = [];
      for (const f of files) {
        const r = await readWorkbookFile(path.join(dir, f));
        if (r.ok) sources.push({ file: f, grids: r.grids });
      }
      return consolidate(sources, { allocation, year: YEAR, month: 5 });
    });
    const perSecond = Math.round((files.length / m.ms) * 1000);
    return { label: `read ${files.length} files + consolidate (the user action)`, m, notes: `${perSecond} files/s, ${value.totals.admittedToDate} admitted, ${value.missing.length} missing` };
  },

  async writeProgress({ sizes }) {
    const { consolidate } = await import("../src/core/reports/consolidate");
    const { progressWorkbookSpec } = await import("../src/core/reports/progress-spec");
    const { DEFAULT_REPORT_SETTINGS } = await import("../src/core/reports/settings");
    const { writeWorkbook } = await import("../src/xlsx/write-workbook");
    const { allocation, grids } = await templateGrids(sizes.progressOrgs, 5);
    const result = consolidate(
      grids.map((g, i) => ({ file: `${i}.xlsx`, grids: [g] })),
      { allocation, year: YEAR, month: 5 },
    );
    const { value, m } = await measure(async () => writeWorkbook(progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS)));
    return { label: `write the progress workbook for ${sizes.progressOrgs} organisations`, m, notes: `${(value.length / 1024).toFixed(0)} KB .xlsx` };
  },
};
