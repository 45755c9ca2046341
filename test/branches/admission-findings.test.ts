/**
 * Which chi bộ computeBranches lists as "no admission for N years" and what
 * each finding says: the year, the threshold and whether candidates remain.
 */
import { computeBranches } from "../../src/core/branches/compute";
import type { BranchReport, BranchRow } from "../../src/core/branches/types";

const Y = 2025;
const ORG = "Đảng bộ xã Ka Đô";

function row(branch: string, cell: string, figures: Partial<BranchRow> = {}): BranchRow {
  return {
    organization: ORG,
    branch,
    kind: "village",
    kindInferred: false,
    members: 12,
    admittedThisYear: null,
    lastAdmissionYear: null,
    hasSources: null,
    note: "",
    admissionsReported: true,
    location: { file: "ka-do.xlsx", sheet: "Chi bộ", cell },
    ...figures,
  };
}

const report = (rows: BranchRow[]): BranchReport => ({ organization: ORG, rows, rowsRead: rows.length, location: { file: "ka-do.xlsx", sheet: "Chi bộ" } });

describe("chi bộ without a recent admission", () => {
  it("lists a chi bộ whose last admission is the threshold's years ago or none, unless it admitted this year", () => {
    const r = computeBranches({
      year: Y,
      reports: [
        report([
          row("Chi bộ thôn 1", "B7", { lastAdmissionYear: 2022 }),
          row("Chi bộ thôn 2", "B8", { lastAdmissionYear: 2023 }),
          row("Chi bộ thôn 3", "B9", { lastAdmissionYear: 2019, admittedThisYear: 1 }),
          row("Chi bộ thôn 4", "B10", { lastAdmissionYear: 2019, admittedThisYear: 0 }),
          row("Chi bộ thôn 5", "B11"),
          row("Chi bộ thôn 6", "B12", { admissionsReported: false }),
        ]),
      ],
    });
    expect(r.noAdmission.map((e) => [e.branch, e.lastAdmissionYear])).toEqual([
      ["Chi bộ thôn 1", 2022],
      ["Chi bộ thôn 4", 2019],
      ["Chi bộ thôn 5", null],
    ]);
  });

  it("warns about those with candidates and informs about the others, naming year, threshold and sources", () => {
    const r = computeBranches({
      year: Y,
      thresholds: { years: 4 },
      reports: [
        report([
          row("Chi bộ thôn 1", "B7", { lastAdmissionYear: 2020, hasSources: false }),
          row("Chi bộ thôn 2", "B8", { hasSources: null }),
          row("Chi bộ thôn 3", "B9", { lastAdmissionYear: 2018, hasSources: true }),
        ]),
      ],
    });
    const found = r.findings.filter((f) => f.code === "BRANCH_NO_ADMISSION_3Y");
    expect(found.map((f) => [f.severity, f.cell, f.args])).toEqual([
      ["warning", "B9", { organization: ORG, branch: "Chi bộ thôn 3", lastAdmissionYear: 2018, years: 4, hasSources: "yes" }],
      ["info", "B8", { organization: ORG, branch: "Chi bộ thôn 2", lastAdmissionYear: 0, years: 4, hasSources: "unknown" }],
      ["info", "B7", { organization: ORG, branch: "Chi bộ thôn 1", lastAdmissionYear: 2020, years: 4, hasSources: "no" }],
    ]);
    expect(found.map((f) => f.message.vi)).toEqual([
      "Chi bộ thôn 3 (Đảng bộ xã Ka Đô) 4 năm trở lên chưa kết nạp đảng viên (lần gần nhất năm 2018), còn nguồn phát triển đảng: cần tập trung.",
      "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) 4 năm trở lên chưa kết nạp đảng viên.",
      "Chi bộ thôn 1 (Đảng bộ xã Ka Đô) 4 năm trở lên chưa kết nạp đảng viên (lần gần nhất năm 2020), không còn nguồn.",
    ]);
    expect(r.noAdmissionWithSources).toBe(1);
  });
});

describe("chi bộ written twice", () => {
  it("drops only a leading 'Chi bộ' when matching names, so 'Khối chi bộ 1' and 'Khối 1' are two chi bộ", () => {
    const r = computeBranches({
      year: Y,
      reports: [report([row("Chi bộ Thôn 3", "B7"), row("thôn 3", "B8"), row("Khối chi bộ 1", "B9"), row("Khối 1", "B10")])],
    });
    expect(r.organizations[0]?.reported).toBe(3);
    const dup = r.findings.filter((f) => f.code === "BRANCH_DUPLICATE");
    expect(dup.map((f) => [f.cell, f.args])).toEqual([["B8", { organization: ORG, branch: "thôn 3", firstCell: "B7" }]]);
  });
});
