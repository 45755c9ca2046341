/**
 * Phase 6 — the chi bộ goals (issue #12) over what the sources sent: chi bộ
 * sheets and lists, allocation tables with a members column, and the
 * consolidation's own allocation when it has one. Organisation names go
 * through the consolidation's matcher, so `xã Ka Đô` in a list is the
 * allocation's `Đảng bộ xã Ka Đô`.
 */
import type { AllocationCheckResult } from "../../allocation/types";
import { branchesFromAllocation } from "../../branches/from-allocation";
import { computeBranches, type BranchResult, type ExpectedOrganization } from "../../branches/compute";
import { wantsBranchSheet, type BranchSheetMode } from "../../branches/template-spec";
import type { BranchReport, BranchThresholds } from "../../branches/types";
import type { Finding, FindingLocation } from "../../findings";
import { ownerKey, type Owners } from "./owners";

export interface BranchPhaseInput {
  readonly reports: readonly BranchReport[];
  /** Reading findings (invalid numbers and years, nameless rows), in source order. */
  readonly findings: readonly Finding[];
  readonly allocation: AllocationCheckResult;
  readonly allocationFile?: string;
  readonly allocationOwner?: string;
  readonly year: number;
  readonly owners: Owners;
  /** Owner keys that sent a report template this year: only they could have sent its "Chi bộ" sheet. */
  readonly templateSenders: ReadonlySet<string>;
  readonly thresholds?: Partial<BranchThresholds>;
  /** Which organisations are expected to send a "Chi bộ" sheet; "auto" (by kind) by default. */
  readonly mode?: BranchSheetMode;
}

export interface BranchPhaseResult {
  readonly result: BranchResult;
  readonly findings: readonly Finding[];
}

/** The consolidation's own allocation lists chi bộ when it has a members column (a commune's plan). */
function fromOwnAllocation(allocation: AllocationCheckResult, file: string | undefined, owner: string | undefined): { reports: readonly BranchReport[]; findings: readonly Finding[] } {
  if (allocation.table?.membersCol === null || allocation.table === undefined) return { reports: [], findings: [] };
  const sheet = allocation.sheet ?? undefined;
  return branchesFromAllocation(allocation.organizations, {
    organization: owner ?? sheet ?? file ?? "",
    ...(file === undefined ? {} : { file }),
    ...(sheet === undefined ? {} : { sheet }),
  });
}

export function branchesPhase(input: BranchPhaseInput): BranchPhaseResult {
  const own = fromOwnAllocation(input.allocation, input.allocationFile, input.allocationOwner);
  const mode = input.mode ?? "auto";
  // Expected: allocation organisations with chi bộ trực thuộc that sent a report template this year,
  // once anyone reported chi bộ at all (a committee that does not track them yet gets no list of
  // everyone). One that sent nothing is already "chưa nộp", and a log table has no "Chi bộ" sheet to miss.
  const expected: ExpectedOrganization[] = [];
  const inUse = [...own.reports, ...input.reports].some((r) => r.rowsRead > 0);
  input.allocation.organizations.forEach((o, index) => {
    if (!inUse) return;
    if (!input.templateSenders.has(ownerKey({ kind: "org", index })) || !wantsBranchSheet(o.name, mode)) return;
    const location: FindingLocation = {
      ...(input.allocationFile === undefined ? {} : { file: input.allocationFile }),
      ...(input.allocation.sheet === null ? {} : { sheet: input.allocation.sheet }),
      cell: o.nameCell,
    };
    expected.push({ name: o.name, location });
  });
  const result = computeBranches({
    reports: [...own.reports, ...input.reports],
    year: input.year,
    expected,
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
    resolveOrganization: (written) => {
      if (written === "") return null;
      const owner = input.owners.ownerOf(written);
      return owner.kind === "org" ? input.owners.displayName(owner) : null;
    },
  });
  return { result, findings: [...own.findings, ...input.findings, ...result.findings] };
}
