import { branchesFromAllocation } from "../../src/core/branches/from-allocation";
import { checkBranchMembers } from "../../src/core/branches/check";

describe("allocation rows taken as chi bộ", () => {
  it("maps the allocation engine's kinds, then a Loại text, then the name", () => {
    const r = branchesFromAllocation(
      [
        { name: "Chi bộ 1", kind: "village", members: 12 },
        { name: "Chi bộ 2", kind: "upperSecondary", members: 12 },
        { name: "Chi bộ 3", kind: "lowerSecondary", members: 12 },
        { name: "Chi bộ 4", kind: "police", members: 12 },
        { name: "Chi bộ 5", kind: "military", members: 12 },
        { name: "Chi bộ 6", kind: "Cơ quan", members: 12 },
        { name: "Chi bộ thôn 7", kind: "commune", members: 12 },
        { name: "Chi bộ Trường Mầm non 8", members: 12 },
      ],
      { organization: "Đảng bộ xã A" },
    );
    expect(r.reports[0]?.rows.map((x) => [x.branch, x.kind, x.kindInferred])).toEqual([
      ["Chi bộ 1", "village", false],
      ["Chi bộ 2", "school", false],
      ["Chi bộ 3", "school", false],
      ["Chi bộ 4", "armed", false],
      ["Chi bộ 5", "armed", false],
      ["Chi bộ 6", "agency", false],
      ["Chi bộ thôn 7", "village", true],
      ["Chi bộ Trường Mầm non 8", "school", true],
    ]);
  });

  it("gives a chi bộ with its members and no admission data, at its name cell", () => {
    const r = branchesFromAllocation([{ name: "  Chi bộ  thôn 1 ", members: 0, nameCell: "B5" }], { organization: "Đảng bộ xã A", file: "pb.xlsx", sheet: "Phân bổ" });
    expect(r.reports).toEqual([
      {
        organization: "Đảng bộ xã A",
        rowsRead: 1,
        location: { file: "pb.xlsx", sheet: "Phân bổ" },
        rows: [
          {
            organization: "Đảng bộ xã A",
            branch: "Chi bộ thôn 1",
            kind: "village",
            kindInferred: true,
            members: 0,
            admittedThisYear: null,
            lastAdmissionYear: null,
            hasSources: null,
            note: "",
            admissionsReported: false,
            location: { file: "pb.xlsx", sheet: "Phân bổ", cell: "B5" },
          },
        ],
      },
    ]);
    expect(r.findings).toEqual([]);
  });

  it("refuses blank, negative and fractional members at the members cell, and skips rows without a name", () => {
    const r = branchesFromAllocation(
      [
        { name: "Chi bộ thôn 1", members: -1, membersCell: "D5" },
        { name: "Chi bộ thôn 2", members: 2.5, membersCell: "D6" },
        { name: "Chi bộ thôn 3", members: null, membersCell: "D7", membersText: "chín" },
        { name: "Chi bộ thôn 4" },
        { name: "   ", members: 12 },
        { name: "", members: 12 },
      ],
      { organization: "Đảng bộ xã A", sheet: "Phân bổ" },
    );
    expect(r.reports[0]?.rows).toEqual([]);
    expect(r.reports[0]?.rowsRead).toBe(4);
    expect(r.reports[0]?.location).toEqual({ sheet: "Phân bổ" });
    expect(r.findings.map((f) => [f.code, f.cell ?? null, f.sheet, "file" in f, f.args])).toEqual([
      ["BRANCH_INVALID_NUMBER", "D5", "Phân bổ", false, { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", field: "members", value: "-1" }],
      ["BRANCH_INVALID_NUMBER", "D6", "Phân bổ", false, { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 2", field: "members", value: "2.5" }],
      ["BRANCH_INVALID_NUMBER", "D7", "Phân bổ", false, { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 3", field: "members", value: "chín" }],
      ["BRANCH_INVALID_NUMBER", null, "Phân bổ", false, { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 4", field: "members", value: "" }],
    ]);
  });
});

describe("checking the members goal on an allocation table", () => {
  const rows = [
    { name: "Chi bộ thôn 1", members: 15, nameCell: "B5" },
    { name: "Chi bộ thôn 2", members: 14, nameCell: "B6" },
    { name: "Chi bộ Cơ quan UBND xã", members: 3, nameCell: "B7" },
  ];

  it("counts against the plan's own minimum when it sets one", () => {
    const r = checkBranchMembers(rows, { organization: "Đảng bộ xã A", thresholds: { minMembers: 15 }, year: 2025 });
    expect([r.goalKinds, r.atLeastMin, r.percent]).toEqual([2, 1, 50]);
    expect(r.findings.map((f) => [f.code, f.cell, f.args])).toEqual([["BRANCH_UNDER_10", "B6", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 2", members: 14, minMembers: 15 }]]);
    expect(r.summary).toEqual({
      vi: "Chi bộ thôn, tổ dân phố, trường học có từ 15 đảng viên trở lên: 1/2 (50,0%)",
      en: "Village, residential-group and school chi bộ with 15 members or more: 1/2 (50.0%)",
    });
  });

  it("counts against 10 members otherwise, and names the sheet's TCCSĐ after the sheet when the plan does not say", () => {
    const r = checkBranchMembers(rows, { sheet: "Xã Ka Đô", file: "ka-do.xlsx" });
    expect([r.goalKinds, r.atLeastMin, r.percent]).toEqual([2, 2, 100]);
    expect(r.findings).toEqual([]);
    const bad = checkBranchMembers([{ name: "Chi bộ thôn 9", members: 9, nameCell: "B9" }], { sheet: "Xã Ka Đô", file: "ka-do.xlsx" });
    expect(bad.findings.map((f) => [f.code, f.file, f.sheet, f.cell, f.args["organization"]])).toEqual([["BRANCH_UNDER_10", "ka-do.xlsx", "Xã Ka Đô", "B9", "Xã Ka Đô"]]);
  });

  it("says nothing to divide by when no chi bộ of a goal kind is listed", () => {
    const r = checkBranchMembers([{ name: "Chi bộ Cơ quan UBND xã", members: 30 }]);
    expect([r.goalKinds, r.atLeastMin, r.percent]).toEqual([0, 0, null]);
    expect(r.summary.vi).toBe("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 0/0 (–)");
  });
});
