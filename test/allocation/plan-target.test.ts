import { checkAllocation } from "../../src/core/allocation/check";
import { readPlanFacts } from "../../src/core/allocation/plan-target";
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { readSeedTable, seedGrid, toTcvn3 } from "./seed-table";

const TABLE: CellValue[][] = [
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  ["01", "Đảng bộ Công an huyện", 3],
  ["02", "Đảng bộ xã Tu Tra", 9],
];

function facts(rows: CellValue[][]) {
  return readPlanFacts(gridFromValues("P", rows));
}

describe("readPlanFacts: the target as plans state it", () => {
  it.each([
    ["phấn đấu phát triển 1.905 đảng viên mới", 1905],
    ["Năm 2026 kết nạp 23 đảng viên mới.", 23],
    ["(Chỉ tiêu: từ 73 đảng viên trở lên)", 73],
    ["Phấn đấu kết nạp ít nhất 40 đảng viên", 40],
    ["kết nạp trên 1.200 đảng viên", 1200],
    ["Toàn Đảng bộ phấn đấu kết nạp từ 88 đảng viên trở lên (có phân bổ chi tiết kèm theo).", 88],
    ["phat trien 35 dang vien moi", 35],
  ])("%p → %p, with its cell", (sentence, value) => {
    const f = facts([["TỈNH ỦY X"], ["PHÂN BỔ CHỈ TIÊU NĂM 2026"], [sentence], [], ...TABLE]);
    expect(f.target).toMatchObject({ value, cell: "A3", place: "title" });
    expect(f.year).toEqual({ value: 2026, cell: "A2" });
  });

  it("takes the admission goal of the seed's body, not the chi bộ size goal that follows it", () => {
    const seed = readSeedTable();
    const body = [
      ["KẾ HOẠCH"],
      ["Phát triển đảng viên năm 2025"],
      ["- Phấn đấu các chi bộ thôn, tổ dân phố, trường học trực thuộc Đảng uỷ xã, thị trấn có từ 10 đảng viên trở lên."],
      ["- Phấn đấu trong năm 2025 kết nạp từ 88 đảng viên trở lên (có phân bổ chi tiết kèm theo)."],
      [], [], [], [], [], [], [],
      [seed.title],
      [],
      [...seed.header],
      ...seed.rows.map((r) => [...r]),
    ];
    const f = facts(body);
    expect(f.target).toMatchObject({ value: 88, cell: "A4", place: "above" });
    expect(f.year?.value).toBe(2025);
  });

  it("never takes a chi bộ size goal, even in the title block", () => {
    const f = facts([["Phấn đấu các chi bộ có từ 10 đảng viên trở lên"], ...TABLE]);
    expect(f.target).toBeNull();
  });

  it("never takes the table's own total row, even when its label reads like a target", () => {
    const f = facts([["PHÂN BỔ CHỈ TIÊU NĂM 2026"], ...TABLE, ["", "Tổng cộng (kết nạp từ 12 đảng viên trở lên)", 12]]);
    expect(f.target).toBeNull();
  });

  it("does not take the plan's year or a document number for a target", () => {
    const f = facts([["Số 12-KH/ĐU"], ["PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2026"], ...TABLE]);
    expect(f).toEqual({ target: null, year: { value: 2026, cell: "A2" } });
  });

  it("reads a note under the table", () => {
    const f = facts([["PHÂN BỔ CHỈ TIÊU NĂM 2027"], ...TABLE, [], ["Ghi chú: toàn huyện phấn đấu kết nạp từ 90 đảng viên mới trở lên."]]);
    expect(f.target).toMatchObject({ value: 90, cell: "A6", place: "below" });
  });

  it("decodes a TCVN3 title before reading it", () => {
    const grid = gridFromValues("P", [[{ value: toTcvn3("Phấn đấu kết nạp từ 88 đảng viên trở lên"), font: ".VnTime" }], ...TABLE]);
    expect(readPlanFacts(grid).target).toMatchObject({ value: 88, cell: "A1" });
  });
});

describe("checkAllocation uses the sheet's target when none is given", () => {
  const grid = gridFromValues("P", [["PHÂN BỔ CHỈ TIÊU NĂM 2026"], ["(kết nạp từ 15 đảng viên trở lên)"], ...TABLE]);

  it("falls back to the sheet and says where it read it", () => {
    const r = checkAllocation([grid]);
    expect(r).toMatchObject({ target: 15, targetSource: "sheet", targetCell: "A2", year: 2026 });
    expect(r.totals).toMatchObject({ quota: 12, difference: -3, meetsTarget: false });
    expect(r.findings.map((f) => f.code)).toContain("TOTAL_BELOW_TARGET");
  });

  it("lets the option win, and lets a host switch the sheet's target off", () => {
    expect(checkAllocation([grid], { target: 10 })).toMatchObject({ target: 10, targetSource: "option", targetCell: null });
    expect(checkAllocation([grid], { targetFromSheet: false })).toMatchObject({ target: null, targetSource: null, year: 2026 });
  });

  it("the seed's table alone states no target, and still gives 91 / 4 HS / meets 88 with the option", () => {
    expect(checkAllocation([seedGrid()])).toMatchObject({ target: null, targetSource: null, year: 2025 });
    const r = checkAllocation([seedGrid()], { target: 88 });
    expect(r.totals).toMatchObject({ quota: 91, studentQuota: 4, meetsTarget: true });
  });
});
