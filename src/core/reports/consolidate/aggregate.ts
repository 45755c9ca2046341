/** Phase 4 — counted rows into per-organisation progress, "others" and totals. No findings here. */
import type { AllocationRow } from "../../allocation/types";
import type { Figures } from "../figures";
import type { ConsolidationTotals, OrganizationProgress, OtherOrganization, ProgressFigures, ProgressStatus } from "../result";
import { roundOneDecimal } from "../rounding";
import type { SubmissionRow } from "../submission";
import type { OwnerMonths } from "./ledger";
import { ownerKey } from "./owners";

/** "on-track" means at least the prorated quota: quota × M / 12 exactly is on track. */
function progressStatus(admittedToDate: number, quota: number, month: number): ProgressStatus {
  if (admittedToDate >= quota) return "done";
  if (admittedToDate >= (quota * month) / 12) return "on-track";
  return "behind";
}

function sums(months: ReadonlyMap<number, SubmissionRow> | undefined, month: number): Omit<ProgressFigures, "name"> {
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
}

export function organizationProgress(orgs: readonly AllocationRow[], byOwner: ReadonlyMap<string, OwnerMonths>, month: number): OrganizationProgress[] {
  return orgs.map((o, index) => {
    const months = byOwner.get(ownerKey({ kind: "org", index }))?.months;
    const s = sums(months, month);
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
}

export function otherProgress(byOwner: ReadonlyMap<string, OwnerMonths>, month: number): OtherOrganization[] {
  const others: OtherOrganization[] = [];
  for (const { owner, months } of byOwner.values()) {
    if (owner.kind === "other") others.push({ name: owner.name, ...sums(months, month) });
  }
  return others;
}

/** `remainingToTarget` never goes below 0: a target exceeded leaves nothing to do, not a debt. */
export function totalsOf(organizations: readonly OrganizationProgress[], others: readonly OtherOrganization[], target: number | null): ConsolidationTotals {
  const all = [...organizations, ...others];
  const admittedToDate = all.reduce((t, o) => t + o.admittedToDate, 0);
  return {
    quota: organizations.reduce((t, o) => t + (o.quota ?? 0), 0),
    studentQuota: organizations.reduce((t, o) => t + o.studentQuota, 0),
    admittedInPeriod: all.reduce((t, o) => t + o.admittedInPeriod, 0),
    admittedToDate,
    studentsToDate: all.reduce((t, o) => t + o.studentsToDate, 0),
    percentOfTarget: target !== null && target > 0 ? roundOneDecimal((admittedToDate / target) * 100) : null,
    remainingToTarget: target !== null ? Math.max(target - admittedToDate, 0) : null,
  };
}
