/**
 * Phase 7 — the register of new members (issue #14): this year's registers
 * (and last year's, for column (3)) into Biểu 2 for the period, checked
 * against the monthly figures the same organisations reported. Section III
 * counts the allocation's organisations from the monthly reports.
 */
import type { AllocationCheckResult } from "../../allocation/types";
import { wantsBranchSheet } from "../../branches/template-spec";
import { organizationLevel, type OrganizationStatus } from "../../register/bieu2";
import type { MonthlyFiguresInput } from "../../register/cross-check";
import type { RegisterPeriod } from "../../register/period";
import { buildRegisterReport, type RegisterReport } from "../../register/register-report";
import type { RegisterRead } from "../../register/types";
import type { OwnerMonths } from "./ledger";
import { ownerKey, type Owners } from "./owners";

export interface RegisterPhaseInput {
  readonly period: RegisterPeriod;
  readonly reads: readonly RegisterRead[];
  /** Absent: no previous-year files were given, column (3) stays blank. */
  readonly previousReads?: readonly RegisterRead[];
  readonly allocation: AllocationCheckResult;
  readonly byOwner: ReadonlyMap<string, OwnerMonths>;
  readonly owners: Owners;
  /** The consolidation's year: the monthly figures are of this year only. */
  readonly year: number;
}

function monthlyFigures(byOwner: ReadonlyMap<string, OwnerMonths>, owners: Owners, year: number): MonthlyFiguresInput[] {
  const out: MonthlyFiguresInput[] = [];
  for (const { owner, months } of byOwner.values()) {
    const organization = owners.displayName(owner);
    if (organization === "") continue;
    for (const [month, row] of months) {
      const f = row.figures;
      out.push({
        organization,
        year,
        month,
        admitted: f.admitted,
        women: f.women,
        ethnicMinority: f.ethnicMinority,
        religious: f.religious,
        youthUnion: f.youthUnion,
        students: f.students,
        location: row.cells.period === undefined ? row.location : { ...row.location, cell: row.cells.period },
      });
    }
  }
  return out;
}

/**
 * Section III: each allocation organisation, a đảng bộ cơ sở or a chi bộ cơ sở by its name
 * (by whether it has chi bộ trực thuộc when the name says neither), what it admitted in the
 * period's months and whether its last reported month of the period said "Không còn nguồn".
 */
function organizationStatuses(input: RegisterPhaseInput): OrganizationStatus[] {
  const months = new Set(input.period.months);
  const out: OrganizationStatus[] = [];
  input.allocation.organizations.forEach((o, index) => {
    if (o.name.trim() === "") return;
    {
      const entry = input.byOwner.get(ownerKey({ kind: "org", index }));
      let admitted = 0;
      let lastMonth = 0;
      let noSourcesLeft = false;
      for (const [m, row] of entry?.months ?? []) {
        if (!months.has(m)) continue;
        admitted += row.figures.admitted;
        if (m > lastMonth) {
          lastMonth = m;
          noSourcesLeft = row.noSourcesLeft === true;
        }
      }
      const level = organizationLevel(o.name) ?? (wantsBranchSheet(o.name, "auto") ? "committee" : "cell");
      out.push({ name: o.name, level, admittedInPeriod: admitted, noSourcesLeft });
    }
  });
  return out;
}

/** The register report, and how many register rows were read this year (none: no Biểu 2 sheet is written). */
export type ConsolidatedRegister = RegisterReport & { readonly rowsRead: number };

export function registerPhase(input: RegisterPhaseInput): ConsolidatedRegister {
  const sameYear = input.period.year === input.year;
  const report = buildRegisterReport({
    period: input.period,
    reads: input.reads,
    ...(input.previousReads ? { previousReads: input.previousReads } : {}),
    // Figures of another year say nothing about this period's register.
    ...(sameYear ? { monthly: monthlyFigures(input.byOwner, input.owners, input.year), organizations: organizationStatuses(input) } : {}),
    resolve: (name) => (name === "" ? undefined : ownerKey(input.owners.ownerOf(name))),
  });
  return { ...report, rowsRead: input.reads.reduce((n, r) => n + r.entries.length, 0) };
}
