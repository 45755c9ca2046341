/**
 * Turning table rows into chi bộ, shared by the template's "Chi bộ" sheet and
 * the "Danh sách chi bộ" table: one row at a time, findings for what is wrong,
 * no row counted with a wrong number or year.
 */
import { toA1 } from "../address";
import { headerKey } from "../allocation/header-match";
import { makeFinding, type Finding, type FindingLocation } from "../findings";
import { cellAt, displayText, isBlank, type Grid } from "../grid";
import { cleanText } from "../text/normalize";
import { resolveBranchKind } from "./kind";
import { BRANCH_MESSAGES } from "./messages";
import { parseAdmissionYear, parseHasSources, parseWhole } from "./parse-cells";
import type { BranchRow } from "./types";

export type BranchColumnKey = "organization" | "branch" | "kind" | "members" | "admitted" | "lastYear" | "sources" | "note";

export type BranchColumns = { readonly [K in BranchColumnKey]?: number };

export interface RowOutcome {
  /** Nothing typed in the row's inputs. */
  readonly empty: boolean;
  readonly row: BranchRow | null;
  readonly findings: readonly Finding[];
}

const INPUT_KEYS: readonly BranchColumnKey[] = ["branch", "kind", "members", "admitted", "lastYear", "sources", "note"];

export function readBranchRow(grid: Grid, r: number, cols: BranchColumns, organization: string, year: number, file: string | undefined): RowOutcome {
  const cell = (k: BranchColumnKey) => (cols[k] === undefined ? { value: null } : cellAt(grid, r, cols[k]));
  const text = (k: BranchColumnKey): string => cleanText(displayText(cell(k)));
  const at = (k: BranchColumnKey): FindingLocation => ({
    ...(file === undefined ? {} : { file }),
    sheet: grid.name,
    ...(cols[k] === undefined ? {} : { cell: toA1(r, cols[k]) }),
  });
  if (INPUT_KEYS.every((k) => isBlank(cell(k)))) return { empty: true, row: null, findings: [] };
  const branch = text("branch");
  if (branch === "") {
    return { empty: false, row: null, findings: [makeFinding(BRANCH_MESSAGES, "BRANCH_NAME_MISSING", at("branch"), { organization })] };
  }
  const findings: Finding[] = [];
  const members = parseWhole(cell("members"));
  if (members.status !== "ok") {
    const value = members.status === "invalid" ? members.shown : "";
    findings.push(makeFinding(BRANCH_MESSAGES, "BRANCH_INVALID_NUMBER", at("members"), { organization, branch, field: "members", value }));
  }
  const admitted = parseWhole(cell("admitted"));
  if (admitted.status === "invalid") {
    findings.push(makeFinding(BRANCH_MESSAGES, "BRANCH_INVALID_NUMBER", at("admitted"), { organization, branch, field: "admittedThisYear", value: admitted.shown }));
  }
  const last = parseAdmissionYear(cell("lastYear"), year);
  if (last.status === "invalid") findings.push(makeFinding(BRANCH_MESSAGES, "BRANCH_YEAR_INVALID", at("lastYear"), { organization, branch, value: last.shown, year }));
  if (findings.length > 0 || members.status !== "ok") return { empty: false, row: null, findings };
  const kind = resolveBranchKind(text("kind"), branch);
  return {
    empty: false,
    findings,
    row: {
      organization,
      branch,
      kind: kind.kind,
      kindInferred: kind.inferred,
      members: members.value,
      admittedThisYear: admitted.status === "ok" ? admitted.value : null,
      lastAdmissionYear: last.status === "ok" ? last.value : null,
      hasSources: parseHasSources(cell("sources")),
      note: text("note"),
      admissionsReported: cols.admitted !== undefined || cols.lastYear !== undefined,
      location: at("branch"),
    },
  };
}

/** "Cộng", "Tổng cộng", "Tổng số": a table's total row, which is no chi bộ. */
export function isTotalRow(grid: Grid, r: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  return /^(cong|tong|tong cong|tong so|toan dang bo)$/.test(headerKey(displayText(cellAt(grid, r, col))));
}
