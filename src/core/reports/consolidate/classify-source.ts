/**
 * Phase 1 — classify each submitted source and read it with the reader of its kind.
 *
 * A workbook may hold several kinds at once (a template: the monthly sheet,
 * "Chi bộ" and "Danh sách kết nạp"), so a source becomes a list of parts:
 * monthly reports (template or log sheets), chi bộ (a template sheet or a
 * "Danh sách chi bộ" table), a register of new members, chi bộ from an
 * allocation table with a members column, PTĐV's own outputs / the allocation
 * table (skipped without a word), or unrecognised. Registers are routed first
 * and chi bộ next, so the report readers never see them (they would be
 * SUBMISSION_UNRECOGNISED). Each part is handled by its own phase.
 */
import { checkAllocation } from "../../allocation/check";
import { branchesFromAllocation } from "../../branches/from-allocation";
import { planOrganization } from "../../branches/plan-organization";
import { readBranchGrids, type BranchGridsReading } from "../../branches/read-grids";
import type { BranchReading } from "../../branches/types";
import type { Grid } from "../../grid";
import { isRegisterSheet, readRegister } from "../../register/read-register";
import type { RegisterRead } from "../../register/types";
import { isKnownNonReport, readReportSheet } from "../detect-sources";
import type { SubmissionSource } from "../result";
import type { ReadReportSheet } from "../submission";

export type ClassifiedSource =
  | { readonly kind: "reports"; readonly source: SubmissionSource; readonly sheets: readonly ReadReportSheet[] }
  | { readonly kind: "branches"; readonly source: SubmissionSource; readonly reading: BranchGridsReading }
  | { readonly kind: "member-allocation"; readonly source: SubmissionSource; readonly reading: BranchReading }
  | { readonly kind: "register"; readonly source: SubmissionSource; readonly reads: readonly RegisterRead[] }
  | { readonly kind: "known-non-report"; readonly source: SubmissionSource }
  | { readonly kind: "unrecognised"; readonly source: SubmissionSource; readonly what: string };

const fileOf = (source: SubmissionSource): { file?: string } => (source.file === undefined ? {} : { file: source.file });

/** The register sheets of a source (this year's or last year's), read, and the names of the sheets taken. */
export function readRegisters(source: SubmissionSource): { reads: RegisterRead[]; sheets: Set<string> } {
  const reads: RegisterRead[] = [];
  const sheets = new Set<string>();
  for (const grid of source.grids) {
    if (!isRegisterSheet(grid)) continue;
    sheets.add(grid.name);
    const read = readRegister(grid, fileOf(source));
    if (read) reads.push(read);
  }
  return { reads, sheets };
}

/** An allocation table whose rows carry members is a list of chi bộ (the commune's own plan since 2025). */
function memberAllocation(source: SubmissionSource, grids: readonly Grid[]): BranchReading | null {
  const check = checkAllocation(grids, fileOf(source));
  if (!check.tableFound || check.table?.membersCol === null || check.table === undefined) return null;
  const sheet = check.sheet ?? undefined;
  const grid = grids.find((g) => g.name === sheet);
  const owner = grid ? planOrganization(grid, check.table.headerRow) : null;
  return branchesFromAllocation(check.organizations, {
    organization: owner ?? sheet ?? source.file ?? "",
    ...fileOf(source),
    ...(sheet === undefined ? {} : { sheet }),
  });
}

export function classifySource(source: SubmissionSource, planYear: number): ClassifiedSource[] {
  const parts: ClassifiedSource[] = [];
  const { reads, sheets: registerSheets } = readRegisters(source);
  if (reads.length > 0) parts.push({ kind: "register", source, reads });

  let rest = source.grids.filter((g) => !registerSheets.has(g.name));
  const branches = readBranchGrids(rest, { ...fileOf(source), year: planYear });
  if (branches.sheets.length > 0) {
    parts.push({ kind: "branches", source, reading: branches });
    const taken = new Set(branches.sheets);
    rest = rest.filter((g) => !taken.has(g.name));
  }

  const sheets: ReadReportSheet[] = [];
  for (const grid of rest) {
    const read = readReportSheet(grid, { ...fileOf(source), planYear });
    if (read) sheets.push(read);
  }
  if (sheets.length > 0) parts.push({ kind: "reports", source, sheets });
  if (parts.length > 0) return parts;

  if (rest.length > 0 && rest.every(isKnownNonReport)) {
    const members = memberAllocation(source, rest);
    return [members ? { kind: "member-allocation", source, reading: members } : { kind: "known-non-report", source }];
  }
  return [{ kind: "unrecognised", source, what: source.file ?? source.grids.map((g) => g.name).join(", ") }];
}
