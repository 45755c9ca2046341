/**
 * Consolidation: every report row of every source, through month M of year Y,
 * into per-organisation progress, totals and findings. Inputs are taken in the
 * order given and rows top to bottom, so "the later source wins" is well defined.
 *
 * The phases live in ./consolidate/: classify and read each source, apply the
 * row rules, check across months, aggregate, name who is missing, then the chi
 * bộ goals (issue #12) and the register of new members (issue #14). Findings
 * keep that order (allocation errors first).
 */
import { periodKey } from "./period";
import type { ConsolidateOptions, ConsolidationResult, SubmissionSource } from "./result";
import { organizationProgress, otherProgress, totalsOf } from "./consolidate/aggregate";
import { classifySource } from "./consolidate/classify-source";
import { Ledger } from "./consolidate/ledger";
import { findMissing } from "./consolidate/missing";
import { checkMonths } from "./consolidate/month-checks";
import { createOwners, ownerKey } from "./consolidate/owners";
import { applyRowRules, type RowRulesContext } from "./consolidate/row-rules";
import { createReportSink } from "./consolidate/sink";
import { branchesPhase } from "./consolidate/branches-phase";
import { readRegisters } from "./consolidate/classify-source";
import { registerPhase } from "./consolidate/register-phase";
import type { BranchReport } from "../branches/types";
import type { Finding } from "../findings";
import { periodThrough } from "../register/period";
import type { RegisterRead } from "../register/types";

export { SUGGESTION_SEPARATOR } from "./consolidate/row-rules";

/** A consolidation fed one source at a time; see startConsolidation. */
export interface Consolidation {
  /** Reads one source into the consolidation; the source (and its grids) can be dropped afterwards. */
  add(source: SubmissionSource): void;
  /** The result of every source added, in the order added. */
  finish(): ConsolidationResult;
}

/**
 * The same consolidation as `consolidate`, source by source: a host reading a
 * thousand files need not keep every grid alive until the last is read (issue #16).
 */
export function startConsolidation(options: ConsolidateOptions): Consolidation {
  const { allocation, year, month } = options;
  const period = periodKey(year, month);
  // The allocation table's own errors make the consolidation's figures doubtful: they belong in its findings.
  const sink = createReportSink(allocation.findings.filter((f) => f.severity === "error"));
  const owners = createOwners(allocation.organizations, options.aliases ?? []);
  const ledger = new Ledger();
  const rules: RowRulesContext = { year, month, owners, ledger, sink };

  const branchReports: BranchReport[] = [];
  const branchReadFindings: Finding[] = [];
  const registerReads: RegisterRead[] = [];
  const templateSenders = new Set<string>();
  const add = (source: SubmissionSource): void => {
    for (const classified of classifySource(source, year)) {
      switch (classified.kind) {
        case "reports":
          for (const sheet of classified.sheets) {
            for (const row of sheet.rows) applyRowRules(row, rules);
            const name = sheet.templateName ?? "";
            if (sheet.kind === "template" && name !== "") templateSenders.add(ownerKey(owners.ownerOf(name)));
          }
          break;
        case "branches":
        case "member-allocation":
          branchReports.push(...classified.reading.reports);
          branchReadFindings.push(...classified.reading.findings);
          break;
        case "register":
          registerReads.push(...classified.reads);
          break;
        case "rollup":
          for (const row of classified.reading.rows) applyRowRules(row, rules);
          break;
        case "known-non-report":
          break;
        case "unrecognised":
          sink.add("SUBMISSION_UNRECOGNISED", source.file === undefined ? {} : { file: source.file }, { what: classified.what });
          break;
      }
    }
  };

  const finish = (): ConsolidationResult => {
    const byOwner = ledger.byOwner();
    checkMonths(byOwner.values(), year, month, owners, sink);
    const organizations = organizationProgress(allocation.organizations, byOwner, month);
    const others = otherProgress(byOwner, month);
    const { missing, reportedWithErrors } = findMissing(organizations, allocation, options.allocationFile, period, ledger, sink);
    const target = options.target ?? allocation.target ?? null;
    const totals = totalsOf(organizations, others, target);

    const branches = branchesPhase({
      reports: branchReports,
      findings: branchReadFindings,
      allocation,
      ...(options.allocationFile === undefined ? {} : { allocationFile: options.allocationFile }),
      ...(options.allocationOwner === undefined ? {} : { allocationOwner: options.allocationOwner }),
      year,
      owners,
      templateSenders,
      ...(options.branchThresholds ? { thresholds: options.branchThresholds } : {}),
      ...(options.branchSheet ? { mode: options.branchSheet } : {}),
    });
    const register = registerPhase({
      period: options.registerPeriod ?? periodThrough(year, month),
      reads: registerReads,
      ...(options.previousSources ? { previousReads: options.previousSources.flatMap((s) => readRegisters(s).reads) } : {}),
      allocation,
      byOwner,
      owners,
      year,
    });

    return {
      period,
      year,
      month,
      target,
      organizations,
      others,
      totals,
      missing,
      reportedWithErrors,
      findings: [...sink.findings, ...branches.findings, ...register.findings],
      branches: branches.result,
      register,
    };
  };

  return { add, finish };
}

export function consolidate(sources: Iterable<SubmissionSource>, options: ConsolidateOptions): ConsolidationResult {
  const consolidation = startConsolidation(options);
  for (const source of sources) consolidation.add(source);
  return consolidation.finish();
}
