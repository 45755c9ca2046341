/** The `branches` block of `consolidate --json`; its fields are a public contract. */
import type { BranchResult } from "./compute";
import type { BranchKind } from "./types";

export interface BranchesJson {
  readonly reported: number;
  readonly goalKinds: number;
  readonly atLeastMin: number;
  readonly under: ReadonlyArray<{ readonly organization: string; readonly branch: string; readonly kind: BranchKind; readonly members: number }>;
  readonly noAdmission: ReadonlyArray<{
    readonly organization: string;
    readonly branch: string;
    readonly kind: BranchKind;
    readonly lastAdmissionYear: number | null;
    readonly hasSources: boolean | null;
  }>;
  readonly notReported: readonly string[];
}

export function branchesJson(r: BranchResult): BranchesJson {
  return {
    reported: r.reported,
    goalKinds: r.goalKinds,
    atLeastMin: r.atLeastMin,
    under: r.under.map((u) => ({ organization: u.organization, branch: u.branch, kind: u.kind, members: u.members })),
    noAdmission: r.noAdmission.map((e) => ({ organization: e.organization, branch: e.branch, kind: e.kind, lastAdmissionYear: e.lastAdmissionYear, hasSources: e.hasSources })),
    notReported: [...r.notReported],
  };
}
