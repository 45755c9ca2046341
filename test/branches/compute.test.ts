import {
  branchesJson,
  branchSummaryLines,
  checkBranchMembers,
  computeBranches,
  gridFromValues,
  readBranchList,
  type BranchReading,
  type CellValue,
} from "../../src/core";

const Y = 2025;
const HEADER: CellValue[] = ["TCCSĐ", "Tên chi bộ", "Loại", "Số ĐV", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn", "Ghi chú"];

function list(rows: CellValue[][]): BranchReading {
  const r = readBranchList(gridFromValues("Danh sách chi bộ", [HEADER, ...rows]), { file: "ds.xlsx", year: Y });
  if (!r) throw new Error("not read as a chi bộ list");
  return r;
}

const codes = (fs: readonly { code: string }[]): string[] => fs.map((f) => f.code);

describe("the members goal", () => {
  it("counts a chi bộ with exactly the minimum as meeting it, one fewer as under", () => {
    const reading = list([
      ["Đảng bộ xã A", "Chi bộ thôn 1", "thôn/ấp/bản", 10, 1, 2024, "Có", ""],
      ["", "Chi bộ thôn 2", "", 9, 1, 2024, "", ""],
      ["", "Chi bộ Trường TH Kim Đồng", "", 11, 0, 2024, "", ""],
      ["", "Chi bộ Cơ quan UBND xã", "cơ quan - đơn vị", 5, 0, 2024, "", ""],
    ]);
    const r = computeBranches({ reports: reading.reports, year: Y });
    expect(r).toMatchObject({ reported: 4, goalKinds: 3, atLeastMin: 2, percent: 66.7 });
    expect(r.under).toEqual([{ organization: "Đảng bộ xã A", branch: "Chi bộ thôn 2", kind: "village", members: 9, location: { file: "ds.xlsx", sheet: "Danh sách chi bộ", cell: "B3" } }]);
    expect(codes(r.findings)).toEqual(["BRANCH_UNDER_10"]);
    expect(r.findings[0]).toMatchObject({ severity: "info", cell: "B3" });
  });

  it("says the threshold in force and keeps the code when a plan sets another", () => {
    const reading = list([["Đảng bộ xã A", "Chi bộ thôn 1", "", 10, 1, 2024, "", ""]]);
    const r = computeBranches({ reports: reading.reports, year: Y, thresholds: { minMembers: 15 } });
    expect(r.atLeastMin).toBe(0);
    expect(r.findings[0]?.code).toBe("BRANCH_UNDER_10");
    expect(r.findings[0]?.message.vi).toContain("từ 15 đảng viên trở lên");
    expect(r.findings[0]?.message.en).toContain("15 or more");
    expect(branchSummaryLines(r, "vi")[0]).toBe("Chi bộ thôn, tổ dân phố, trường học có từ 15 đảng viên trở lên: 0/1 (0,0%)");
  });
});

describe("chi bộ with no admission for N years", () => {
  const reading = list([
    ["Đảng bộ xã A", "Chi bộ thôn 1", "", 12, "", 2022, "Không", ""],
    ["", "Chi bộ thôn 2", "", 12, "", 2023, "Có", ""],
    ["", "Chi bộ thôn 3", "", 12, "", "", "Có", ""],
    ["", "Chi bộ thôn 4", "", 12, 1, 2020, "Có", ""],
    ["Đảng bộ xã B", "Chi bộ ấp 1", "", 12, 0, 2019, "có", ""],
    ["", "Chi bộ ấp 2", "", 12, "", 2021, "", ""],
  ]);
  const r = computeBranches({ reports: reading.reports, year: Y });

  it("lists a last admission exactly Y − 3 and a blank year, not Y − 2 nor one admitting this year, còn nguồn first", () => {
    expect(r.noAdmission.map((e) => [e.organization, e.branch, e.lastAdmissionYear, e.hasSources])).toEqual([
      ["Đảng bộ xã A", "Chi bộ thôn 3", null, true],
      ["Đảng bộ xã B", "Chi bộ ấp 1", 2019, true],
      ["Đảng bộ xã B", "Chi bộ ấp 2", 2021, null],
      ["Đảng bộ xã A", "Chi bộ thôn 1", 2022, false],
    ]);
    expect(r.noAdmissionWithSources).toBe(2);
  });

  it("warns where candidates remain and only informs otherwise", () => {
    const f = r.findings.filter((x) => x.code === "BRANCH_NO_ADMISSION_3Y");
    expect(f.map((x) => x.severity)).toEqual(["warning", "warning", "info", "info"]);
    expect(f[1]?.message.vi).toBe("Chi bộ ấp 1 (Đảng bộ xã B) 3 năm trở lên chưa kết nạp đảng viên (lần gần nhất năm 2019), còn nguồn phát triển đảng: cần tập trung.");
  });

  it("counts from another number of years when the plan says so", () => {
    const r5 = computeBranches({ reports: reading.reports, year: Y, thresholds: { years: 5 } });
    expect(r5.noAdmission.map((e) => e.branch)).toEqual(["Chi bộ thôn 3", "Chi bộ ấp 1"]);
    expect(branchSummaryLines(r5, "vi")[1]).toBe("Chi bộ 5 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2");
  });

  it("gives the JSON block exactly as documented", () => {
    const json = branchesJson(r);
    expect(Object.keys(json)).toEqual(["reported", "goalKinds", "atLeastMin", "under", "noAdmission", "notReported"]);
    expect(json.noAdmission[0]).toEqual({ organization: "Đảng bộ xã A", branch: "Chi bộ thôn 3", kind: "village", lastAdmissionYear: null, hasSources: true });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("rows that are not counted", () => {
  it("refuses a year before 1930 or after the report year, and keeps 1930 and Y", () => {
    const reading = list([
      ["Đảng bộ xã A", "Chi bộ thôn 1", "", 12, "", 1929, "", ""],
      ["", "Chi bộ thôn 2", "", 12, "", Y + 1, "", ""],
      ["", "Chi bộ thôn 3", "", 12, "", 1930, "", ""],
      ["", "Chi bộ thôn 4", "", 12, "", Y, "", ""],
      ["", "Chi bộ thôn 5", "", 12, "", "năm ngoái", "", ""],
    ]);
    expect(reading.findings.map((f) => [f.code, f.severity, f.cell, f.args.value])).toEqual([
      ["BRANCH_YEAR_INVALID", "error", "F2", "1929"],
      ["BRANCH_YEAR_INVALID", "error", "F3", "2026"],
      ["BRANCH_YEAR_INVALID", "error", "F6", "năm ngoái"],
    ]);
    const r = computeBranches({ reports: reading.reports, year: Y });
    expect(r.reported).toBe(2);
    expect(r.noAdmission.map((e) => e.branch)).toEqual(["Chi bộ thôn 3"]);
  });

  it("refuses members that are blank, negative, fractional or words, and an invalid count admitted", () => {
    const reading = list([
      ["Đảng bộ xã A", "Chi bộ thôn 1", "", "", "", "", "", ""],
      ["", "Chi bộ thôn 2", "", -3, "", "", "", ""],
      ["", "Chi bộ thôn 3", "", 9.5, "", "", "", ""],
      ["", "Chi bộ thôn 4", "", "mười", "", "", "", ""],
      ["", "Chi bộ thôn 5", "", "12", "hai", "", "", ""],
      ["", "Chi bộ thôn 6", "", " 012 ", "", "", "", ""],
    ]);
    expect(reading.findings.map((f) => [f.code, f.cell, f.args.field])).toEqual([
      ["BRANCH_INVALID_NUMBER", "D2", "members"],
      ["BRANCH_INVALID_NUMBER", "D3", "members"],
      ["BRANCH_INVALID_NUMBER", "D4", "members"],
      ["BRANCH_INVALID_NUMBER", "D5", "members"],
      ["BRANCH_INVALID_NUMBER", "E6", "admittedThisYear"],
    ]);
    expect(reading.findings.every((f) => f.severity === "error")).toBe(true);
    expect(reading.reports[0]?.rows.map((r) => [r.branch, r.members])).toEqual([["Chi bộ thôn 6", 12]]);
    expect(reading.reports[0]?.rowsRead).toBe(6);
  });

  it("counts the same chi bộ once when written twice in one TCCSĐ, whatever the case, diacritics or prefix", () => {
    const reading = list([
      ["Đảng bộ xã A", "Chi bộ Thôn Ka Đô 1", "", 12, "", 2024, "", ""],
      ["", "thon ka do 1", "", 8, "", 2024, "", ""],
      ["", "CHI BỘ THÔN KA ĐÔ  1", "", 8, "", 2024, "", ""],
      ["Đảng bộ xã B", "Chi bộ thôn Ka Đô 1", "", 8, "", 2024, "", ""],
    ]);
    const r = computeBranches({ reports: reading.reports, year: Y });
    expect(r.findings.filter((f) => f.code === "BRANCH_DUPLICATE").map((f) => [f.cell, f.args.firstCell])).toEqual([
      ["B3", "B2"],
      ["B4", "B2"],
    ]);
    expect(r.organizations.map((o) => [o.organization, o.reported])).toEqual([
      ["Đảng bộ xã A", 1],
      ["Đảng bộ xã B", 1],
    ]);
  });

  it("reports a row with figures but no name instead of dropping it silently", () => {
    const reading = list([["Đảng bộ xã A", "", "", 12, "", "", "", ""]]);
    expect(codes(reading.findings)).toEqual(["BRANCH_NAME_MISSING"]);
  });
});

describe("TCCSĐ that sent no chi bộ sheet", () => {
  it("lists those expected with no row, matched by name whatever the case or spacing", () => {
    const reading = list([["ĐẢNG BỘ XÃ  A", "Chi bộ thôn 1", "", 12, "", 2024, "", ""]]);
    const r = computeBranches({
      reports: reading.reports,
      year: Y,
      expected: [{ name: "Đảng bộ xã A" }, { name: "Đảng bộ xã C", location: { file: "03 - Đảng bộ xã C - 2025.xlsx" } }],
    });
    expect(r.notReported).toEqual(["Đảng bộ xã C"]);
    expect(r.findings.filter((f) => f.code === "BRANCH_SHEET_MISSING")).toEqual([
      expect.objectContaining({ severity: "info", file: "03 - Đảng bộ xã C - 2025.xlsx", args: { organization: "Đảng bộ xã C" } }),
    ]);
  });
});

describe("summary lines", () => {
  it("writes Vietnamese and English number formats", () => {
    const rows: CellValue[][] = [];
    for (let i = 1; i <= 57; i++) rows.push([i === 1 ? "Đảng bộ xã A" : "", `Chi bộ thôn ${i}`, "", i <= 41 ? 10 : 7, "", i <= 6 ? "" : 2024, i <= 6 ? "Có" : "", ""]);
    const r = computeBranches({ reports: list(rows).reports, year: Y });
    expect(branchSummaryLines(r, "vi")).toEqual(["Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 41/57 (71,9%)", "Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 6"]);
    expect(branchSummaryLines(r, "en")).toEqual(["Village, residential-group and school chi bộ with 10 members or more: 41/57 (71.9%)", "Chi bộ with no admission for 3 years or more, still with candidates: 6"]);
  });

  it("shows a dash for the share when no chi bộ of a goal kind was reported", () => {
    const r = computeBranches({ reports: [], year: Y });
    expect(branchSummaryLines(r, "vi")[0]).toBe("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 0/0 (–)");
  });
});

describe("check on an allocation table with a members column", () => {
  it("gives BRANCH_UNDER_10 per goal-kind chi bộ under the minimum and the share in the summary", () => {
    const r = checkBranchMembers(
      [
        { name: "Chi bộ thôn 1", members: 10, nameCell: "B5" },
        { name: "Chi bộ thôn 2", members: 6, nameCell: "B6", membersCell: "D6" },
        { name: "Chi bộ Trường TH Kim Đồng", kind: "lowerSecondary", members: 8, nameCell: "B7" },
        { name: "Chi bộ Công an xã", kind: "police", members: 4, nameCell: "B8" },
        { name: "Chi bộ tổ dân phố 3", members: null, membersCell: "D9", membersText: "chín" },
      ],
      { organization: "Đảng bộ xã A", file: "phan-bo.xlsx", sheet: "Phân bổ" },
    );
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["BRANCH_INVALID_NUMBER", "error", "D9"],
      ["BRANCH_UNDER_10", "info", "B6"],
      ["BRANCH_UNDER_10", "info", "B7"],
    ]);
    expect(r).toMatchObject({ goalKinds: 3, atLeastMin: 1, percent: 33.3 });
    expect(r.summary.vi).toBe("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 1/3 (33,3%)");
  });

  it("never lists allocation rows as chi bộ without admissions, since the table says nothing about them", () => {
    const r = checkBranchMembers([{ name: "Chi bộ thôn 1", members: 12 }]);
    expect(r.findings).toEqual([]);
  });
});

describe("allocation rows as chi bộ", () => {
  it("takes allocation rows as they are, with the members column the plan adds and the engine's kinds", () => {
    // The shape of src/core/allocation/types.ts AllocationRow plus the members column.
    const rows = [
      { row: 5, stt: "1", name: "Chi bộ thôn 1", kind: "village" as const, quota: 1, studentQuota: 0, nameCell: "B5", quotaCell: "C5", members: 14 },
      { row: 6, stt: "2", name: "Chi bộ Trường THCS A", kind: "lowerSecondary" as const, quota: 1, studentQuota: 0, nameCell: "B6", quotaCell: "C6", members: 9 },
      { row: 7, stt: "3", name: "Chi bộ Hưu trí", kind: "other" as const, quota: 0, studentQuota: 0, nameCell: "B7", quotaCell: "C7" },
    ];
    const r = checkBranchMembers(rows, { organization: "Đảng bộ xã A" });
    expect(r.findings.map((f) => [f.code, f.cell ?? null])).toEqual([
      ["BRANCH_INVALID_NUMBER", null],
      ["BRANCH_UNDER_10", "B6"],
    ]);
    expect(r.summary.en).toBe("Village, residential-group and school chi bộ with 10 members or more: 1/2 (50.0%)");
  });
});

describe("organisation names", () => {
  it("files chi bộ under the organisation the resolver names, so a short name in a list meets the plan's name", () => {
    const reading = list([
      ["xã Ka Đô", "Chi bộ thôn 1", "", 12, "", 2024, "", ""],
      ["Đảng bộ xã Ka Đô", "Chi bộ thôn 2", "", 12, "", 2024, "", ""],
    ]);
    const r = computeBranches({
      reports: reading.reports,
      year: Y,
      expected: [{ name: "Đảng bộ xã Ka Đô" }],
      resolveOrganization: (w) => (w === "xã Ka Đô" ? "Đảng bộ xã Ka Đô" : null),
    });
    expect(r.organizations.map((o) => [o.organization, o.reported])).toEqual([["Đảng bộ xã Ka Đô", 2]]);
    expect(r.notReported).toEqual([]);
  });
});
