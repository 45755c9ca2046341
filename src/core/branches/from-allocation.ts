/**
 * Since the 2025 reform a commune's own plan often allocates per chi bộ: an
 * allocation table with a members column ("Số đảng viên", "Số ĐV", "Tổng số
 * ĐV") then lists chi bộ, each row one of them.
 */
import type { Finding, FindingLocation } from "../findings";
import { makeFinding } from "../findings";
import { cleanText } from "../text/normalize";
import { inferBranchKind, parseBranchKind } from "./kind";
import { BRANCH_MESSAGES } from "./messages";
import type { BranchKind, BranchReading, BranchRow } from "./types";

/**
 * The least an allocation row must carry. `kind` may be the allocation's
 * OrgKind or the Loại text; `members` null means blank or invalid in the table.
 */
export interface MemberRowLike {
  readonly name: string;
  readonly kind?: string;
  /** Undefined or null: blank or invalid in the table. */
  readonly members?: number | null;
  /** A1 address of the name cell. */
  readonly nameCell?: string;
  /** A1 address of the members cell, for the finding on a blank or invalid count. */
  readonly membersCell?: string;
  /** What the members cell showed when it was invalid. */
  readonly membersText?: string;
}

/** The allocation engine's kinds, for rows that come with one. */
const ORG_KIND_TO_BRANCH: Readonly<Record<string, BranchKind>> = {
  village: "village",
  upperSecondary: "school",
  lowerSecondary: "school",
  police: "armed",
  military: "armed",
};

function kindOf(row: MemberRowLike): { kind: BranchKind; inferred: boolean } {
  const mapped = row.kind === undefined ? undefined : ORG_KIND_TO_BRANCH[row.kind];
  if (mapped) return { kind: mapped, inferred: false };
  const parsed = row.kind === undefined ? null : parseBranchKind(row.kind);
  if (parsed) return { kind: parsed, inferred: false };
  return { kind: inferBranchKind(row.name), inferred: true };
}

export interface AllocationBranchOptions {
  /** The TCCSĐ whose plan it is (the commune), for lists and messages. */
  readonly organization: string;
  readonly file?: string;
  readonly sheet?: string;
}

/** Each allocation row as a chi bộ; rows whose members are blank or invalid give BRANCH_INVALID_NUMBER and are not counted. */
export function branchesFromAllocation(rows: readonly MemberRowLike[], options: AllocationBranchOptions): BranchReading {
  const base: FindingLocation = { ...(options.file === undefined ? {} : { file: options.file }), ...(options.sheet === undefined ? {} : { sheet: options.sheet }) };
  const organization = options.organization;
  const out: BranchRow[] = [];
  const findings: Finding[] = [];
  let rowsRead = 0;
  for (const r of rows) {
    const branch = cleanText(r.name);
    if (branch === "") continue;
    rowsRead++;
    const members = r.members ?? null;
    if (members === null || !Number.isInteger(members) || members < 0) {
      const at = { ...base, ...(r.membersCell === undefined ? {} : { cell: r.membersCell }) };
      findings.push(makeFinding(BRANCH_MESSAGES, "BRANCH_INVALID_NUMBER", at, { organization, branch, field: "members", value: r.membersText ?? (members === null ? "" : String(members)) }));
      continue;
    }
    const kind = kindOf(r);
    out.push({
      organization,
      branch,
      kind: kind.kind,
      kindInferred: kind.inferred,
      members,
      admittedThisYear: null,
      lastAdmissionYear: null,
      hasSources: null,
      note: "",
      admissionsReported: false,
      location: { ...base, ...(r.nameCell === undefined ? {} : { cell: r.nameCell }) },
    });
  }
  return { reports: [{ organization, rows: out, rowsRead, location: base }], findings };
}
