/**
 * `ptdv probation` (and the pane's view): every register in the inputs, the
 * persons of any year, organisation names put through the consolidation's
 * matcher (so the list groups `xã Ka Đô` under `Đảng bộ xã Ka Đô`), then the
 * members whose probation ends within the window or has ended unrecognised.
 */
import type { AllocationCheckResult } from "../../allocation/types";
import type { Finding } from "../../findings";
import type { Alias } from "../../names/aliases";
import type { CalendarDate } from "../../register/dates";
import { probationDue, PROBATION_WINDOW_DAYS, type ProbationResult } from "../../register/probation";
import { validateRegister } from "../../register/validate";
import type { SubmissionSource } from "../result";
import { readRegisters } from "./classify-source";
import { createOwners } from "./owners";
import { createReportSink } from "./sink";

export interface ProbationRunOptions {
  readonly allocation: AllocationCheckResult;
  readonly asOf: CalendarDate;
  readonly windowDays?: number;
  readonly aliases?: readonly Alias[];
}

export interface ProbationRun {
  readonly result: ProbationResult;
  /** Registers read (sheets and tables); none means the inputs held no register at all. */
  readonly registersRead: number;
  /** Reading and checking findings (unreadable dates, under 18, repeats); a source with no register is SUBMISSION_UNRECOGNISED. */
  readonly findings: readonly Finding[];
}

export function probationRun(sources: readonly SubmissionSource[], options: ProbationRunOptions): ProbationRun {
  const owners = createOwners(options.allocation.organizations, options.aliases ?? []);
  const sink = createReportSink([]);
  const reads = sources.flatMap((source) => {
    const r = readRegisters(source).reads;
    if (r.length === 0) sink.add("SUBMISSION_UNRECOGNISED", source.file === undefined ? {} : { file: source.file }, { what: source.file ?? source.grids.map((g) => g.name).join(", ") });
    return r;
  });
  const checked = validateRegister(
    reads.flatMap((r) => r.entries),
    options.asOf.year,
  );
  // Probation spans two calendar years: admissions of any year are the point here, not a note.
  const findings = [...sink.findings, ...reads.flatMap((r) => r.findings), ...checked.findings.filter((f) => f.code !== "MEMBER_OTHER_YEAR")];
  const persons = [...checked.persons, ...checked.otherYears].map((p) => {
    const owner = p.organization === "" ? null : owners.ownerOf(p.organization);
    return owner === null ? p : { ...p, organization: owners.displayName(owner) };
  });
  return { result: probationDue(persons, options.asOf, options.windowDays ?? PROBATION_WINDOW_DAYS), registersRead: reads.length, findings };
}
