/**
 * Where readPlanFacts looks for the target and the year: the title block, the
 * body above it, the notes below, a document's paragraphs around its table,
 * and the limits of each.
 */
import { readPlanFacts } from "../../src/core/allocation/plan-target";
import { gridFromValues, type CellValue, type Grid } from "../../src/core/grid";

const TABLE: CellValue[][] = [
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  ["01", "Đảng bộ Công an huyện", 3],
  ["02", "Đảng bộ xã Tu Tra", 9],
];
const blank = (n: number): CellValue[][] => Array.from({ length: n }, () => []);
const facts = (rows: CellValue[][]) => readPlanFacts(gridFromValues("P", rows));
/** A document's table: the grid holds the table only, the paragraphs travel beside it. */
const docFacts = (before: string[], after: string[] = []) => {
  const grid: Grid = { ...gridFromValues("Bảng 1", TABLE), textAround: { before, after } };
  return readPlanFacts(grid);
};
const fill = (n: number): string[] => Array.from({ length: n }, () => "");

describe("the year", () => {
  it.each([
    ["PHÂN BỔ CHỈ TIÊU NĂM 1945", 1945],
    ["PHÂN BỔ CHỈ TIÊU NĂM 2200", 2200],
  ])("%p is a year (the bounds are inclusive)", (title, value) => {
    expect(facts([[title], ...TABLE]).year).toEqual({ value, cell: "A1" });
  });

  it.each(["PHÂN BỔ CHỈ TIÊU NĂM 1944", "PHÂN BỔ CHỈ TIÊU NĂM 2201"])("%p is not", (title) => {
    expect(facts([[title], ...TABLE]).year).toBeNull();
  });

  it("is the heading's, even below an undated line naming another year", () => {
    const f = facts([["Căn cứ kết quả thực hiện năm 2025"], ["PHÂN BỔ CHỈ TIÊU NĂM 2026"], ...TABLE]);
    expect(f.year).toEqual({ value: 2026, cell: "A2" });
  });

  it("without a heading, is the first undated line's, not the date line's", () => {
    const f = facts([["Đơn Dương, ngày 15 tháng 12 năm 2025"], ["Danh sách đơn vị năm 2026"], ...TABLE]);
    expect(f.year).toEqual({ value: 2026, cell: "A2" });
  });

  it("comes from a later line when the heading itself names none", () => {
    const f = facts([["PHÂN BỔ CHỈ TIÊU"], ["NĂM 2026"], ...TABLE]);
    expect(f.year).toEqual({ value: 2026, cell: "A2" });
  });
});

describe("the target's sentence", () => {
  it("is given as written, without the period that ends it or the spaces around it", () => {
    const f = facts([["  Chi bộ có từ 10 đảng viên trở lên;  Phấn đấu kết nạp tối thiểu 1.905.  "], ...TABLE]);
    expect(f.target).toEqual({ value: 1905, cell: "A1", text: "Phấn đấu kết nạp tối thiểu 1.905", place: "title" });
  });

  it("is read in the last column of the sheet too", () => {
    const f = facts([["", "", "Phấn đấu kết nạp 23 đảng viên"], ...TABLE]);
    expect(f.target).toMatchObject({ value: 23, cell: "C1" });
  });

  it("is read across runs of spaces", () => {
    expect(facts([["kết nạp   23    đảng viên"], ...TABLE]).target?.value).toBe(23);
  });
});

describe("the title block against the body above it", () => {
  it("the title block (6 rows above the header) wins over the body, its first row included", () => {
    const f = facts([["Năm trước kết nạp 10 đảng viên"], ["Chỉ tiêu: từ 20 trở lên"], ...blank(5), ...TABLE]);
    expect(f.target).toEqual({ value: 20, cell: "A2", text: "Chỉ tiêu: từ 20 trở lên", place: "title" });
  });

  it("a line 7 rows above the header is body: its sentence needs to be about admitting", () => {
    expect(facts([["Chỉ tiêu: từ 20 trở lên"], ...blank(6), ...TABLE]).target).toBeNull();
    expect(facts([["Kết nạp từ 20 trở lên"], ...blank(6), ...TABLE]).target).toMatchObject({ value: 20, place: "above" });
  });

  it("nothing more than 400 rows above the header is read", () => {
    expect(facts([["Kết nạp 20 đảng viên"], ...blank(400), ...TABLE]).target).toBeNull();
    expect(facts([["Kết nạp 20 đảng viên"], ...blank(399), ...TABLE]).target).toMatchObject({ value: 20, cell: "A1" });
  });
});

describe("a sheet without a recognisable table", () => {
  it("its first 15 rows are the title, the rest are notes", () => {
    const rows: CellValue[][] = [["Danh sách"], ...blank(14), ["Kết nạp 20 đảng viên"], ["Ghi chú"]];
    expect(facts(rows).target).toEqual({ value: 20, cell: "A16", text: "Kết nạp 20 đảng viên", place: "below" });
    expect(facts([["Danh sách"], ...blank(13), ["Chỉ tiêu: từ 20 trở lên"]]).target).toMatchObject({ value: 20, cell: "A15", place: "title" });
  });

  it("a short sheet is all title", () => {
    const f = facts([["Danh sách"], [], [], [], ["Chỉ tiêu: từ 20 trở lên"]]);
    expect(f.target).toMatchObject({ value: 20, cell: "A5", place: "title" });
  });
});

describe("a document's paragraphs around its table", () => {
  it("the six paragraphs nearest the table are its title block, earlier ones its body", () => {
    const f = docFacts(["Năm 2025", "", "", "", "", "", "PHÂN BỔ CHỈ TIÊU NĂM 2026", "Chỉ tiêu: từ 20 trở lên"]);
    expect(f.target).toEqual({ value: 20, cell: null, text: "Chỉ tiêu: từ 20 trở lên", place: "title" });
    expect(f.year).toEqual({ value: 2026, cell: null });
    const g = docFacts(["Kết nạp 10 đảng viên", "", "", "", "", "", "", "Kế hoạch năm 2026"]);
    expect(g.target).toEqual({ value: 10, cell: null, text: "Kết nạp 10 đảng viên", place: "above" });
  });

  it("a body paragraph is read after the title block, whatever their order", () => {
    const f = docFacts(["Kết nạp 10 đảng viên", "", "", "", "", "", "", "Kết nạp 20 đảng viên"]);
    expect(f.target).toMatchObject({ value: 20, place: "title" });
  });

  it("a paragraph after the table is a note", () => {
    expect(docFacts([], ["", "  Kết nạp 20 đảng viên  "]).target).toEqual({ value: 20, cell: null, text: "Kết nạp 20 đảng viên", place: "below" });
  });

  it("paragraphs more than 400 lines from the table are not read, on either side", () => {
    expect(docFacts(["Kết nạp 20 đảng viên", ...fill(400)]).target).toBeNull();
    expect(docFacts(["Kết nạp 20 đảng viên", ...fill(399)]).target).toMatchObject({ value: 20, place: "above" });
    expect(docFacts([], [...fill(400), "Kết nạp 20 đảng viên"]).target).toBeNull();
    expect(docFacts([], [...fill(399), "Kết nạp 20 đảng viên"]).target).toMatchObject({ value: 20, place: "below" });
  });
});
