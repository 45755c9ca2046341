import { planHints } from "../../src/core/allocation/plan-hints";
import { gridFromValues } from "../../src/core/grid";
import { sampleAllocationGrid } from "../../src/browser/sample-data";

const table = [
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  ["01", "Đảng bộ Công an huyện", 3],
  ["02", "Đảng bộ xã Tu Tra", 9],
];

describe("planHints", () => {
  test("reads the plan year from the allocation heading, not the date line of the year before", () => {
    const grid = gridFromValues("Phân bổ", [
      ["HUYỆN ỦY ĐƠN DƯƠNG", null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
      ["*", null, "Đơn Dương, ngày 20 tháng 12 năm 2025"],
      [],
      ["PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2026"],
      ...table,
    ]);
    expect(planHints(grid)).toEqual({ year: 2026, target: null });
  });

  test("reads the target from 'từ 25 đảng viên trở lên' in the title, typed without diacritics too", () => {
    const withDiacritics = gridFromValues("P", [["PHÂN BỔ CHỈ TIÊU NĂM 2026 (kết nạp từ 25 đảng viên trở lên)"], ...table]);
    const plain = gridFromValues("P", [["Phan bo chi tieu nam 2026, tu 25 dang vien tro len"], ...table]);
    expect(planHints(withDiacritics)).toEqual({ year: 2026, target: 25 });
    expect(planHints(plain)).toEqual({ year: 2026, target: 25 });
  });

  test("finds the target in a note under the table", () => {
    const grid = gridFromValues("P", [["PHÂN BỔ CHỈ TIÊU NĂM 2027"], ...table, [], ["Ghi chú: toàn huyện phấn đấu kết nạp từ 90 đảng viên mới trở lên."]]);
    expect(planHints(grid)).toEqual({ year: 2027, target: 90 });
  });

  test("a year or a number inside the table body is not taken for the plan's", () => {
    const grid = gridFromValues("P", [...table, ["03", "Chi bộ năm 2024", 2]]);
    expect(planHints(grid)).toEqual({ year: null, target: null });
  });

  test("the sample's 2025 table gives 2025 and no target", () => {
    expect(planHints(sampleAllocationGrid())).toEqual({ year: 2025, target: null });
  });

  test("an empty sheet and an out-of-range year give nothing", () => {
    expect(planHints(gridFromValues("E", []))).toEqual({ year: null, target: null });
    expect(planHints(gridFromValues("E", [["KẾ HOẠCH NĂM 1800"], ...table]))).toEqual({ year: null, target: null });
  });
});
