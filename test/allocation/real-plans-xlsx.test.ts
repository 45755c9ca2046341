/**
 * The four shapes of real plans (issue #11), each written by openpyxl and by
 * LibreOffice (scripts/fixtures/make-real-plan-fixtures.py), read through the
 * same reader the CLI uses.
 */
import * as path from "path";
import { checkAllocation } from "../../src/core/allocation/check";
import { groupFindings } from "../../src/core/allocation/group-findings";
import { checkJson } from "../../src/core/allocation/json";
import { targetPhrase } from "../../src/core/allocation/target-text";
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { FIXTURES } from "./seed-table";

const WRITERS = ["openpyxl", "libreoffice"] as const;

async function check(shape: string, writer: string, target?: number): Promise<AllocationCheckResult> {
  const file = `${shape}-${writer}.xlsx`;
  const read = await readWorkbookFile(path.join(FIXTURES, "real-plans", file));
  if (!read.ok) throw new Error(read.problem.message.en);
  return checkAllocation(read.grids, target === undefined ? { file } : { file, target });
}

const codes = (r: AllocationCheckResult): string[] => r.findings.map((f) => f.code);
const at = (r: AllocationCheckResult, code: string): Array<string | undefined> => r.findings.filter((f) => f.code === code).map((f) => f.cell);

describe.each(WRITERS)("a province's 2024 table of 22 units (%s)", (writer) => {
  it("reads 22 units totalling 1.950, the target 1.905 from A3, and the hand-typed total 1.905 as a mismatch", async () => {
    const r = await check("province-22", writer);
    expect(r.totals).toMatchObject({ quota: 1950, quotaMax: 1950, organizations: 22, meetsTarget: true, difference: 45 });
    expect(r).toMatchObject({ target: 1905, targetSource: "sheet", targetCell: "A3", year: 2024 });
    expect(at(r, "TOTAL_ROW_MISMATCH")).toEqual(["C29"]);
    const mismatch = r.findings.find((f) => f.code === "TOTAL_ROW_MISMATCH");
    expect(mismatch?.message.vi).toContain("ghi 1.905");
    expect(mismatch?.message.vi).toContain("được 1.950");
    expect(r.organizations.map((o) => o.name)).not.toContain("Tổng cộng");
    expect(targetPhrase(r, "vi")).toBe("chỉ tiêu kế hoạch từ 1.905 trở lên, đọc ở ô A3");
  });

  it("classifies districts, bare place names, blocs, police and military", async () => {
    const r = await check("province-22", writer);
    const kind = (name: string): string | undefined => r.organizations.find((o) => o.name === name)?.kind;
    expect(kind("Đảng bộ TP.Tam Kỳ")).toBe("district");
    expect(kind("Hội An")).toBe("locality");
    expect(kind("Đảng bộ Khối Doanh nghiệp tỉnh")).toBe("bloc");
    expect(kind("Công an")).toBe("police");
    expect(kind("Quân sự")).toBe("military");
    expect(codes(r)).not.toContain("HS_QUOTA_MISSING");
  });

  it("an explicit target wins over the sheet's and is said to come from the option", async () => {
    const r = await check("province-22", writer, 2000);
    expect(r).toMatchObject({ target: 2000, targetSource: "option", targetCell: null });
    expect(at(r, "TOTAL_BELOW_TARGET")).toEqual(["C29"]);
  });
});

describe.each(WRITERS)("a commune's 2026 plan with a members column (%s)", (writer) => {
  it("finds the table headed STT | Chi bộ | Số đảng viên | Chỉ tiêu and never takes members for the quota", async () => {
    const r = await check("commune-members", writer);
    expect(r.tableFound).toBe(true);
    expect(r.table).toMatchObject({ nameCol: 1, membersCol: 2, quotaCol: 3, totalRow: 17 });
    expect(r.organizations).toHaveLength(12);
    expect(r.organizations[0]).toMatchObject({ name: "Chi bộ thôn 1", members: 25, membersCell: "C6", quota: 2 });
    expect(r.organizations.reduce((s, o) => s + (o.members ?? 0), 0)).toBe(290);
  });

  it("counts range floors (22 of 23 possible), reads 'kết nạp 23' from A3, and falls short", async () => {
    const r = await check("commune-members", writer);
    expect(r.totals).toMatchObject({ quota: 22, quotaMax: 23, studentQuota: 2, subQuotas: { HS: 2 } });
    expect(r).toMatchObject({ target: 23, targetSource: "sheet", targetCell: "A3", year: 2026 });
    expect(at(r, "QUOTA_RANGE")).toEqual(["D7"]);
    expect(at(r, "TOTAL_BELOW_TARGET")).toEqual(["D18"]);
    // The total row says 22, the floors' sum: no mismatch.
    expect(codes(r)).not.toContain("TOTAL_ROW_MISMATCH");
  });

  it("flags a student quota at the commune police and accepts the THPT school's", async () => {
    const r = await check("commune-members", writer);
    expect(at(r, "HS_QUOTA_NOT_ALLOWED")).toEqual(["D13"]);
    expect(codes(r)).not.toContain("HS_QUOTA_MISSING");
  });

  it("puts members in the JSON only because the column exists", async () => {
    const r = await check("commune-members", writer);
    const json = checkJson("x.xlsx", r, "vi");
    expect(json.organizations[0]).toMatchObject({ members: 25, quotaMax: 2, subQuotas: {} });
    expect(json).toMatchObject({ targetSource: "sheet", targetCell: "A3", year: 2026 });
  });
});

describe.each(WRITERS)("a district's plan with sub-quotas (%s)", (writer) => {
  it("reads every group, totals them, and meets 'từ 73 … trở lên' from the title block", async () => {
    const r = await check("district-subquotas", writer);
    expect(r.totals).toMatchObject({ quota: 73, quotaMax: 73, studentQuota: 3, organizations: 15, meetsTarget: true });
    expect(r.totals.subQuotas).toEqual({ DQTV: 4, DBĐV: 2, HS: 3, SV: 5, DNNN: 1, QNXN: 1, CCB: 2 });
    expect(r).toMatchObject({ target: 73, targetSource: "sheet", targetCell: "A3", year: 2025 });
    expect(r.organizations.find((o) => o.name === "Đảng bộ xã Phước Năng")?.subQuotas).toEqual({ DQTV: 1, DBĐV: 1 });
  });

  it("applies the HS rules by kind, flags an oversized SV group and an unknown label, and accepts the total after a blank row", async () => {
    const r = await check("district-subquotas", writer);
    expect(at(r, "HS_QUOTA_MISSING")).toEqual(["C13"]);
    expect(codes(r)).not.toContain("HS_QUOTA_NOT_ALLOWED");
    expect(at(r, "SUB_QUOTA_EXCEEDS_TOTAL")).toEqual(["C18"]);
    expect(at(r, "QUOTA_GROUP_UNKNOWN")).toEqual(["C20"]);
    expect(r.table?.totalRow).toBe(21);
    expect(codes(r)).not.toContain("TOTAL_ROW_MISMATCH");
    expect(codes(r)).not.toContain("QUOTA_INVALID");
  });
});

describe.each(WRITERS)("a ward's 2026 plan with floors and ranges (%s)", (writer) => {
  it("reads every floor and range, states no target, and reports a total that matches neither floors nor ceilings", async () => {
    const r = await check("ward-floors", writer);
    expect(r.totals).toMatchObject({ quota: 14, quotaMax: 18, organizations: 9 });
    // "các chi bộ có từ 10 đảng viên trở lên" is about a chi bộ's size, not the admissions.
    expect(r).toMatchObject({ target: null, targetSource: null, targetCell: null, year: 2026 });
    expect(at(r, "QUOTA_RANGE")).toEqual(["C8"]);
    expect(r.findings.find((f) => f.code === "QUOTA_RANGE")?.args).toMatchObject({ count: 4, floor: 14, ceiling: 18 });
    expect(at(r, "TOTAL_ROW_MISMATCH")).toEqual(["C14"]);
    expect(codes(r)).not.toContain("QUOTA_INVALID");
    expect(codes(r)).not.toContain("HS_QUOTA_NOT_ALLOWED");
  });

  it("groups nothing that says something different per cell", async () => {
    const r = await check("ward-floors", writer);
    expect(groupFindings(r.findings, "vi")).toHaveLength(r.findings.length);
  });
});
