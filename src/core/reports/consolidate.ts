/**
 * Consolidation: every report row of every source, through month M of year Y,
 * into per-organisation progress, totals and findings. Inputs are taken in the
 * order given and rows top to bottom, so "the later source wins" is well defined.
 */
import type { AllocationRow } from "../allocation/types";
import { formatSource, makeFinding, type Finding, type FindingLocation } from "../findings";
import { classifyKind, type OrgKind } from "../names/kind";
import { createMatcher, type Matcher } from "../names/matcher";
import { identityKey } from "../text/normalize";
import { BREAKDOWN_KEYS, FIGURE_LABELS, describeFigures, sameFigures, type FigureKey, type Figures } from "./figures";
import { REPORT_MESSAGES, type ReportCode } from "./messages";
import { periodKey } from "./period";
import { roundOneDecimal } from "./rounding";
import { isKnownNonReport, readReportSheet } from "./detect-sources";
import type {
  ConsolidateOptions,
  ConsolidationResult,
  ConsolidationTotals,
  OrganizationProgress,
  OtherOrganization,
  ProgressStatus,
  SubmissionSource,
} from "./result";
import type { SubmissionRow } from "./submission";

export type {
  ConsolidateOptions,
  ConsolidationResult,
  ConsolidationTotals,
  OrganizationProgress,
  OtherOrganization,
  ProgressStatus,
  SubmissionSource,
} from "./result";

/** Separates the names in a SUBMISSION_UNKNOWN_ORGANIZATION finding's `suggestionList` arg. */
export const SUGGESTION_SEPARATOR = "\n";

/** Who a row belongs to: an allocation organisation by index, or an "other" by its written identity. */
type Owner = { readonly kind: "org"; readonly index: number } | { readonly kind: "other"; readonly key: string; readonly name: string };

interface Counted {
  readonly owner: Owner;
  readonly month: number;
  readonly row: SubmissionRow;
}

export function progressStatus(admittedToDate: number, quota: number, month: number): ProgressStatus {
  if (admittedToDate >= quota) return "done";
  if (admittedToDate >= (quota * month) / 12) return "on-track";
  return "behind";
}

function at(row: SubmissionRow, cell?: string): FindingLocation {
  return cell === undefined ? row.location : { ...row.location, cell };
}

function columnArgs(key: FigureKey): { column: string; columnEn: string } {
  return { column: FIGURE_LABELS[key].vi, columnEn: FIGURE_LABELS[key].en };
}

function ownerKey(o: Owner): string {
  return o.kind === "org" ? `o:${o.index}` : `x:${o.key}`;
}

export function consolidate(sources: readonly SubmissionSource[], options: ConsolidateOptions): ConsolidationResult {
  const { allocation, year, month } = options;
  const orgs: readonly AllocationRow[] = allocation.organizations;
  // An organisation listed twice in the allocation table (an error the allocation check reports) must not
  // make its own name ambiguous: its reports go to its first row, not to "others".
  const firstRowOf: number[] = [];
  const seenNames = new Set<string>();
  const distinct: AllocationRow[] = [];
  orgs.forEach((o, i) => {
    const key = identityKey(o.name);
    if (seenNames.has(key)) return;
    seenNames.add(key);
    firstRowOf.push(i);
    distinct.push(o);
  });
  const matcher: Matcher = createMatcher(
    distinct.map((o) => ({ name: o.name, kind: o.kind })),
    options.aliases ?? [],
  );
  // The allocation table's own errors make the consolidation's figures doubtful: they belong in its findings.
  const findings: Finding[] = allocation.findings.filter((f) => f.severity === "error");
  const add = (code: ReportCode, loc: FindingLocation, args: Record<string, string | number> = {}): void => {
    findings.push(makeFinding(REPORT_MESSAGES, code, loc, args));
  };
  const period = periodKey(year, month);
  const owners = new Map<string, Owner>();
  const announced = new Set<string>();
  const counted = new Map<string, Counted>();
  /** Owners that sent a row for month M of year Y, counted or not. */
  const sentInPeriod = new Set<string>();

  const ownerOf = (row: SubmissionRow): Owner => {
    const key = identityKey(row.name);
    const cached = owners.get(key);
    if (cached) return cached;
    const r = row.name === "" ? null : matcher.match(row.name);
    const index = r !== null && r.status === "matched" ? firstRowOf[r.index] : undefined;
    // A nameless row keeps an empty name; messages and sheets show a placeholder in their own language.
    const owner: Owner = index !== undefined ? { kind: "org", index } : { kind: "other", key, name: row.name };
    owners.set(key, owner);
    return owner;
  };
  const suggestionsFor = (name: string): string[] => {
    if (name === "") return [];
    const r = matcher.match(name);
    return r.status === "unmatched" ? r.suggestions.slice(0, 3).map((s: { readonly name: string }) => s.name) : [];
  };
  const displayName = (o: Owner): string => (o.kind === "org" ? (orgs[o.index]?.name ?? "") : o.name);

  for (const source of sources) {
    let recognised = false;
    for (const grid of source.grids) {
      const read = readReportSheet(grid, { ...(source.file === undefined ? {} : { file: source.file }), planYear: year });
      if (!read) continue;
      recognised = true;
      for (const row of read.rows) {
        const owner = ownerOf(row);
        const name = displayName(owner);
        if (row.period === null) {
          add("SUBMISSION_PERIOD_INVALID", at(row, row.cells.period), { name, value: row.periodText });
          continue;
        }
        const rowPeriod = periodKey(row.period.year, row.period.month);
        if (row.period.year !== year) {
          const once = `year|${formatSource({ ...row.location, cell: "" })}|${ownerKey(owner)}|${row.period.year}`;
          if (!announced.has(once)) {
            announced.add(once);
            add("SUBMISSION_OTHER_YEAR", row.location, { name, year: row.period.year, planYear: year });
          }
          continue;
        }
        if (row.period.month > month) continue;
        if (row.period.month === month) sentInPeriod.add(ownerKey(owner));
        if (row.invalid.length > 0) {
          for (const bad of row.invalid) {
            add("SUBMISSION_INVALID_NUMBER", at(row, bad.cell), { name, period: rowPeriod, ...columnArgs(bad.key), value: bad.displayed, ...(bad.blank ? { blank: 1 } : {}) });
          }
          continue;
        }
        const exceeding = BREAKDOWN_KEYS.filter((k) => row.figures[k] > row.figures.admitted);
        if (exceeding.length > 0) {
          for (const k of exceeding) {
            add("SUBMISSION_STUDENTS_EXCEED_ADMITTED", at(row, row.cells[k]), {
              name,
              period: rowPeriod,
              ...columnArgs(k),
              value: row.figures[k],
              admitted: row.figures.admitted,
            });
          }
          continue;
        }
        if (owner.kind === "other") {
          const once = `unknown|${row.location.file ?? ""}|${owner.key}`;
          if (!announced.has(once)) {
            announced.add(once);
            const suggested = suggestionsFor(row.name);
            // `suggestionList` is for programs (the pane's "it is …" buttons): cleaned names never hold a line break.
            add("SUBMISSION_UNKNOWN_ORGANIZATION", at(row, row.cells.name), {
              name: owner.name,
              suggestions: suggested.join("; "),
              suggestionList: suggested.join(SUGGESTION_SEPARATOR),
            });
          }
        }
        const key = `${ownerKey(owner)}|${row.period.month}`;
        const previous = counted.get(key);
        if (previous) {
          const other = formatSource(previous.row.location);
          if (sameFigures(previous.row.figures, row.figures)) {
            add("SUBMISSION_DUPLICATE", row.location, { name, period: rowPeriod, other });
            continue;
          }
          add("SUBMISSION_CONFLICT", row.location, {
            name,
            period: rowPeriod,
            other,
            kept: formatSource(row.location),
            otherFigures: describeFigures(previous.row.figures, "vi"),
            otherFiguresEn: describeFigures(previous.row.figures, "en"),
            figures: describeFigures(row.figures, "vi"),
            figuresEn: describeFigures(row.figures, "en"),
          });
        }
        counted.set(key, { owner, month: row.period.month, row });
      }
    }
    if (!recognised && !(source.grids.length > 0 && source.grids.every(isKnownNonReport))) {
      const what = source.file ?? source.grids.map((g) => g.name).join(", ");
      add("SUBMISSION_UNRECOGNISED", source.file === undefined ? {} : { file: source.file }, { what });
    }
  }

  // Per owner, month → the counted row.
  const byOwner = new Map<string, { owner: Owner; months: Map<number, SubmissionRow> }>();
  for (const c of counted.values()) {
    const k = ownerKey(c.owner);
    let entry = byOwner.get(k);
    if (!entry) {
      entry = { owner: c.owner, months: new Map() };
      byOwner.set(k, entry);
    }
    entry.months.set(c.month, c.row);
  }

  const kindOf = (o: Owner): OrgKind => (o.kind === "org" ? (orgs[o.index]?.kind ?? "other") : classifyKind(o.name));
  for (const { owner, months } of byOwner.values()) {
    const name = displayName(owner);
    const kind = kindOf(owner);
    let running = 0;
    for (let m = 1; m <= month; m++) {
      const row = months.get(m);
      if (!row) continue;
      running += row.figures.admitted;
      if (row.figures.students > 0 && kind !== "upperSecondary") {
        add("STUDENTS_OUTSIDE_UPPER_SECONDARY", at(row, row.cells.students), { name, value: row.figures.students, period: periodKey(year, m) });
      }
      if (row.cumulative !== null && row.cumulative !== running) {
        add("CUMULATIVE_MISMATCH", at(row, row.cells.cumulative), { name, value: row.cumulative, sum: running, period: periodKey(year, m) });
      }
    }
  }

  const sums = (months: Map<number, SubmissionRow> | undefined) => {
    const get = (k: keyof Figures): number => {
      let t = 0;
      for (const r of months?.values() ?? []) t += r.figures[k];
      return t;
    };
    const monthly: Array<number | null> = [];
    for (let m = 1; m <= 12; m++) monthly.push(months?.get(m)?.figures.admitted ?? null);
    return {
      admittedInPeriod: months?.get(month)?.figures.admitted ?? 0,
      admittedToDate: get("admitted"),
      studentsToDate: get("students"),
      women: get("women"),
      ethnicMinority: get("ethnicMinority"),
      religious: get("religious"),
      youthUnion: get("youthUnion"),
      awarenessClassToDate: get("awarenessClass"),
      // A stock, not a flow: what is pending at the end of month M, not a sum over the months.
      pendingApplicationsInPeriod: months?.get(month)?.figures.pendingApplications ?? 0,
      monthly,
    };
  };

  const organizations: OrganizationProgress[] = orgs.map((o, index) => {
    const months = byOwner.get(ownerKey({ kind: "org", index }))?.months;
    const s = sums(months);
    const quota = o.quota;
    return {
      name: o.name,
      kind: o.kind,
      quota,
      studentQuota: o.studentQuota,
      ...s,
      remaining: quota === null ? null : Math.max(quota - s.admittedToDate, 0),
      percent: quota !== null && quota > 0 ? roundOneDecimal((s.admittedToDate / quota) * 100) : null,
      // No valid quota: progress cannot be judged; "behind" asks for attention and never claims "done" (see result.ts).
      status: quota === null ? "behind" : progressStatus(s.admittedToDate, quota, month),
      submitted: months?.has(month) ?? false,
    };
  });
  const others: OtherOrganization[] = [];
  for (const { owner, months } of byOwner.values()) {
    if (owner.kind === "other") others.push({ name: owner.name, ...sums(months) });
  }

  const missing: string[] = [];
  const reportedWithErrors: string[] = [];
  organizations.forEach((o, i) => {
    if (o.submitted) return;
    missing.push(o.name);
    // It did report: its row's error findings say what is wrong, "chưa nộp" would not be true.
    if (sentInPeriod.has(ownerKey({ kind: "org", index: i }))) {
      reportedWithErrors.push(o.name);
      return;
    }
    const row = orgs[i];
    const loc: FindingLocation = {
      ...(options.allocationFile === undefined ? {} : { file: options.allocationFile }),
      ...(allocation.sheet === null ? {} : { sheet: allocation.sheet }),
      ...(row ? { cell: row.nameCell } : {}),
    };
    add("SUBMISSION_MISSING", loc, { name: o.name, period });
  });

  const target = options.target ?? allocation.target ?? null;
  const all = [...organizations, ...others];
  const admittedToDate = all.reduce((t, o) => t + o.admittedToDate, 0);
  const totals: ConsolidationTotals = {
    quota: organizations.reduce((t, o) => t + (o.quota ?? 0), 0),
    studentQuota: organizations.reduce((t, o) => t + o.studentQuota, 0),
    admittedInPeriod: all.reduce((t, o) => t + o.admittedInPeriod, 0),
    admittedToDate,
    studentsToDate: all.reduce((t, o) => t + o.studentsToDate, 0),
    percentOfTarget: target !== null && target > 0 ? roundOneDecimal((admittedToDate / target) * 100) : null,
    remainingToTarget: target !== null ? Math.max(target - admittedToDate, 0) : null,
  };

  return { period, year, month, target, organizations, others, totals, missing, reportedWithErrors, findings };
}
