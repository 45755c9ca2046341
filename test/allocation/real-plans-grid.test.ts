import { checkAllocation } from "../../src/core/allocation/check";
import { formatCellList, groupFindings } from "../../src/core/allocation/group-findings";
import { checkJson } from "../../src/core/allocation/json";
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { seedGrid } from "./seed-table";

const HEADER = ["STT", "TCCSĐ", "CHỈ TIÊU"];
const ROWS: CellValue[][] = [
  ["01", "Đảng bộ xã Ka Đô", 9],
  ["02", "Đảng bộ xã Tu Tra", "01-02"],
  ["03", "Chi bộ Trường THPT Pró", "03 (01 HS)"],
];

function check(rows: CellValue[][], target?: number) {
  return checkAllocation([gridFromValues("S", rows)], target === undefined ? {} : { target });
}
const cellsOf = (r: ReturnType<typeof check>, code: string) => r.findings.filter((f) => f.code === code).map((f) => f.cell);

describe("headers of commune and ward tables", () => {
  it.each([
    [["STT", "Chi bộ", "Chỉ tiêu"]],
    [["TT", "Tên chi bộ", "Chỉ tiêu năm 2026"]],
    [["STT", "Chi bộ, đảng bộ", "Chỉ tiêu kết nạp"]],
    [["STT", "Tổ chức đảng", "Giao chỉ tiêu"]],
    [["STT", "Đơn vị", "Số lượng"]],
    [["STT", "Đảng bộ trực thuộc", "Chỉ tiêu"]],
  ])("%p is found", (header) => {
    const r = check([header, ...ROWS]);
    expect(r.tableFound).toBe(true);
    expect(r.totals.quota).toBe(13);
  });

  it.each(["Số đảng viên", "Số ĐV", "Tổng số ĐV"])("takes %p as the members column, never as the quota", (members) => {
    const r = check([["STT", "Chi bộ", members, "Ghi chú", "Trong đó", "Chỉ tiêu"], ["01", "Chi bộ thôn 1", 25, "x", "1", "02"]]);
    expect(r.table).toMatchObject({ membersCol: 2, quotaCol: 5 });
    expect(r.organizations[0]).toMatchObject({ members: 25, membersCell: "C2", quota: 2 });
  });

  it("leaves members off the rows when the table has no such column", () => {
    const r = check([HEADER, ...ROWS]);
    expect(r.organizations[0]).not.toHaveProperty("members");
    expect(checkJson("f.xlsx", r, "vi").organizations[0]).not.toHaveProperty("members");
  });
});

describe("the sheet's own total row", () => {
  it.each(["Tổng cộng", "Cộng", "Tổng", "Tổng số", "Toàn Đảng bộ", "Toàn tỉnh", "Toàn huyện", "Toàn xã", "Toàn phường"])(
    "%p right after the last organisation is the total, never an organisation",
    (label) => {
      const r = check([HEADER, ...ROWS, ["", label, 13]]);
      expect(r.organizations).toHaveLength(3);
      expect(r.table?.totalRow).toBe(4);
      expect(cellsOf(r, "TOTAL_ROW_MISMATCH")).toEqual([]);
    },
  );

  it("is found in the STT column and after blank rows", () => {
    expect(check([HEADER, ...ROWS, ["Tổng cộng", "", 13]]).table?.totalRow).toBe(4);
    const r = check([HEADER, ...ROWS, [], [], ["", "Tổng cộng", 15]]);
    expect(r.table?.totalRow).toBe(6);
    expect(cellsOf(r, "TOTAL_ROW_MISMATCH")).toEqual(["C7"]);
  });

  it("reads 1.905 as 1905 and reports it against 1.950 at its cell", () => {
    const rows: CellValue[][] = [HEADER, ["01", "Hội An", 1000], ["02", "Tam Kỳ", "950"], ["", "Tổng cộng", "1.905"]];
    const r = check(rows);
    expect(r.totals.quota).toBe(1950);
    expect(cellsOf(r, "TOTAL_ROW_MISMATCH")).toEqual(["C4"]);
    expect(r.findings.find((f) => f.code === "TOTAL_ROW_MISMATCH")?.message.en).toContain("add up to 1,950");
  });

  it("with ranges, agrees with the floors' sum, the ceilings' sum or the range of both, and nothing else", () => {
    // Floors 13, ceilings 14.
    for (const [total, mismatch] of [[13, false], [14, false], ["13-14", false], [15, true], ["12-14", true]] as const) {
      expect(cellsOf(check([HEADER, ...ROWS, ["", "Tổng cộng", total]]), "TOTAL_ROW_MISMATCH").length).toBe(mismatch ? 1 : 0);
    }
  });
});

describe("ranges and groups in the check", () => {
  it("counts a range's floor and says so once", () => {
    const r = check([HEADER, ...ROWS, ["04", "Đảng bộ xã Lạc Lâm", "từ 1 - 2"]]);
    expect(r.totals).toMatchObject({ quota: 14, quotaMax: 16 });
    expect(cellsOf(r, "QUOTA_RANGE")).toEqual(["C3"]);
    expect(r.findings.find((f) => f.code === "QUOTA_RANGE")?.severity).toBe("info");
  });

  it("HS_QUOTA_NOT_ALLOWED on known kinds only; GDTX may, THPT and multi-level must", () => {
    const r = check([
      HEADER,
      ["01", "Chi bộ Trường THCS Lê Lợi", "02 (01 HS)"],
      ["02", "Chi bộ Trung tâm GDTX tỉnh", "02 (01 HS)"],
      ["03", "Chi bộ Trung tâm GDNN-GDTX huyện", "02"],
      ["04", "Chi bộ Ban Quản lý dự án", "02 (01 HS)"],
      ["05", "Chi bộ Trường TH, THCS và THPT Hoàng Việt", "02"],
      ["06", "Chi bộ Trường Đại học Quảng Nam", "05 (02 HS, 03 SV)"],
    ]);
    expect(cellsOf(r, "HS_QUOTA_NOT_ALLOWED")).toEqual(["C2", "C7"]);
    expect(cellsOf(r, "HS_QUOTA_MISSING")).toEqual(["C6"]);
  });

  it("STUDENT_QUOTA_EXCEEDS_TOTAL for HS and SUB_QUOTA_EXCEEDS_TOTAL for the other groups", () => {
    const r = check([HEADER, ["01", "Chi bộ Trường THPT Pró", "02 (03 HS)"], ["02", "Đảng bộ xã Ka Đô", "02 (03 DQTV)"]]);
    expect(cellsOf(r, "STUDENT_QUOTA_EXCEEDS_TOTAL")).toEqual(["C2"]);
    expect(cellsOf(r, "SUB_QUOTA_EXCEEDS_TOTAL")).toEqual(["C3"]);
    expect(r.findings.find((f) => f.code === "SUB_QUOTA_EXCEEDS_TOTAL")?.args).toMatchObject({ group: "DQTV", count: 3, quota: 2 });
  });

  it("QUOTA_GROUP_UNKNOWN is a warning and the quota still counts", () => {
    const r = check([HEADER, ["01", "Đảng bộ xã Ka Đô", "05 (02 CCB)"]]);
    expect(r.findings.find((f) => f.code === "QUOTA_GROUP_UNKNOWN")).toMatchObject({ severity: "warning", cell: "C2", args: { label: "CCB" } });
    expect(r.totals).toMatchObject({ quota: 5, subQuotas: { CCB: 2 } });
  });
});

describe("grouped findings", () => {
  it("the seed's text-number notes become one line with their cells", () => {
    const r = checkAllocation([seedGrid()], { target: 88 });
    const text = r.findings.filter((f) => f.code === "QUOTA_STORED_AS_TEXT");
    expect(text).toHaveLength(11);
    const groups = groupFindings(r.findings, "vi");
    const grouped = groups.filter((g) => g.code === "QUOTA_STORED_AS_TEXT");
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?.cellList).toBe("C5–C14, C19");
    expect(grouped[0]?.message).toMatch(/^11 ô chỉ tiêu lưu dạng văn bản: C5–C14, C19 — /);
    expect(groupFindings(r.findings, "en").find((g) => g.code === "QUOTA_STORED_AS_TEXT")?.message).toMatch(/^11 quota cells are stored as text: C5–C14, C19 — /);
    // --json keeps one finding per cell.
    expect(checkJson("seed.xlsx", r, "vi").findings.filter((f) => f.code === "QUOTA_STORED_AS_TEXT")).toHaveLength(11);
  });

  it("a group of one keeps the finding's own message; other codes stay apart", () => {
    const r = check([HEADER, ["01", "Đảng bộ xã Ka Đô", "03"], ["02", "Đảng bộ xã Ka Đô", 2]]);
    const groups = groupFindings(r.findings, "vi");
    expect(groups.map((g) => g.code)).toEqual(r.findings.map((f) => f.code));
    expect(groups.find((g) => g.code === "QUOTA_STORED_AS_TEXT")?.message).toBe(r.findings.find((f) => f.code === "QUOTA_STORED_AS_TEXT")?.message.vi);
  });

  it("lists cells as a person does", () => {
    expect(formatCellList(["C7", "C5", "C6", "C19", "D5", "D6", "AA10"])).toBe("C5–C7, C19, D5–D6, AA10");
    expect(formatCellList([])).toBe("");
  });
});

describe("a two-row header", () => {
  it("takes 'Tổng số' under a merged 'Chỉ tiêu' for a column title, not for the total row", () => {
    const r = checkAllocation([
      gridFromValues(
        "S",
        [
          ["STT", "Chi bộ", "Chỉ tiêu", null],
          [null, null, "Tổng số", "Trong đó HS"],
          ["01", "Chi bộ thôn 1", 2, null],
          ["02", "Chi bộ Trường THPT Pró", "03 (01 HS)", 1],
          ["", "Tổng cộng", 5, 1],
        ],
        { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] },
      ),
    ]);
    expect(r.organizations.map((o) => o.name)).toEqual(["Chi bộ thôn 1", "Chi bộ Trường THPT Pró"]);
    expect(r.table?.totalRow).toBe(4);
    expect(r.totals).toMatchObject({ quota: 5, studentQuota: 1 });
    expect(r.findings.map((f) => f.code)).not.toContain("TOTAL_ROW_MISMATCH");
  });
});

describe("checkJson keeps every existing field, in order, and adds the new ones", () => {
  it("on the seed", () => {
    const json = checkJson("seed.xlsx", checkAllocation([seedGrid()], { target: 88 }), "vi");
    expect(Object.keys(json)).toEqual(["file", "sheet", "target", "targetSource", "targetCell", "year", "totals", "organizations", "findings"]);
    expect(Object.keys(json.totals)).toEqual(["quota", "studentQuota", "organizations", "difference", "meetsTarget", "quotaMax", "subQuotas"]);
    expect(Object.keys(json.organizations[0]!)).toEqual(["row", "stt", "name", "kind", "quota", "studentQuota", "quotaMax", "subQuotas"]);
    expect(json).toMatchObject({ target: 88, targetSource: "option", targetCell: null, year: 2025, totals: { quota: 91, studentQuota: 4, meetsTarget: true, quotaMax: 91, subQuotas: { HS: 4 } } });
    expect(Object.keys(json.findings[0]!)).toEqual(["code", "severity", "cell", "message"]);
  });
});
