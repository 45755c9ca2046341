/**
 * One call for hosts: registers read this year (and optionally last year) →
 * the checks, the cross-checks against the monthly figures, Biểu 2 for the
 * period and its JSON block. Hosts still decide what to write (see
 * registerSheets: the person list is opt-in).
 */
import type { Finding } from "../findings";
import { bieu2Json, computeBieu2, type Bieu2Result, type OrganizationStatus } from "./bieu2";
import { crossCheckRegister, type MonthlyFiguresInput } from "./cross-check";
import type { RegisterPeriod } from "./period";
import type { RegisterPerson, RegisterRead } from "./types";
import { validateRegister } from "./validate";

export interface RegisterReportInput {
  readonly period: RegisterPeriod;
  /** This year's registers (template sheets and plain tables). */
  readonly reads: readonly RegisterRead[];
  /** Last year's registers (`--previous FILE…`); absent leaves column (3) blank. */
  readonly previousReads?: readonly RegisterRead[];
  /** Monthly figures of the same year, for REGISTER_COUNT_MISMATCH. */
  readonly monthly?: readonly MonthlyFiguresInput[];
  /** Organisation name → canonical key (the consolidation's matcher); identity key by default. */
  readonly resolve?: (name: string) => string | undefined;
  readonly organizations?: readonly OrganizationStatus[];
  readonly previousOrganizations?: readonly OrganizationStatus[];
}

export interface RegisterReport {
  readonly bieu2: Bieu2Result;
  /** This year's persons counted (every month, for the person list and probation). */
  readonly persons: readonly RegisterPerson[];
  /** Persons of other years found in this year's registers (probation still concerns them). */
  readonly otherYears: readonly RegisterPerson[];
  /** Reading, checking and cross-checking findings, this year's first, then last year's. */
  readonly findings: readonly Finding[];
  readonly json: ReturnType<typeof bieu2Json>;
}

export function buildRegisterReport(input: RegisterReportInput): RegisterReport {
  const year = input.period.year;
  const current = validateRegister(
    input.reads.flatMap((r) => r.entries),
    year,
  );
  const previous = input.previousReads ? validateRegister(input.previousReads.flatMap((r) => r.entries), year - 1) : null;
  const findings: Finding[] = [
    ...input.reads.flatMap((r) => r.findings),
    ...current.findings,
    ...crossCheckRegister(current.persons, input.monthly ?? [], input.resolve ? { resolve: input.resolve } : {}),
    ...(input.previousReads ?? []).flatMap((r) => r.findings),
    // Last year's file naturally holds last year's admissions only; its other-year notes would be noise.
    ...(previous?.findings.filter((f) => f.code !== "MEMBER_OTHER_YEAR") ?? []),
  ];
  const bieu2 = computeBieu2(current.persons, input.period, {
    ...(previous ? { previous: previous.persons } : {}),
    ...(input.organizations ? { organizations: input.organizations } : {}),
    ...(input.previousOrganizations ? { previousOrganizations: input.previousOrganizations } : {}),
  });
  return { bieu2, persons: current.persons, otherYears: current.otherYears, findings, json: bieu2Json(bieu2) };
}
