/**
 * Where findAllocationTable says the table starts and ends: blank rows before
 * and after the data, notes, signatures, totals after a gap, template lines,
 * section headings and the header search's reach. Rows are zero-based.
 */
import { findAllocationTable, isNoteStart, isTotalLabel } from "../../src/core/allocation/table";
import { gridFromValues, type CellValue } from "../../src/core/grid";

const HEADER: CellValue[] = ["STT", "TCCSĐ", "CHỈ TIÊU", "Ghi chú"];
const blank = (n: number): CellValue[][] => Array.from({ length: n }, () => []);
const org = (stt: CellValue, name: string, quota: CellValue = 2): CellValue[] => [stt, name, quota];
const find = (rows: CellValue[][]) => findAllocationTable(gridFromValues("S", [HEADER, ...rows]));
const shape = (rows: CellValue[][]) => {
  const t = find(rows);
  return t && { dataRows: t.dataRows, firstDataRow: t.firstDataRow, lastDataRow: t.lastDataRow, totalRow: t.totalRow };
};

describe("total labels and note starts", () => {
  it.each(["Tổng cộng", "Cộng:", "TỔNG (15 TCCSĐ)", "Tổng(15 đơn vị)cộng", "Toàn huyện", "TOTAL"])("%p is a total label", (t) => {
    expect(isTotalLabel(t)).toBe(true);
  });
  it.each(["Chi bộ Tổng cộng", "(Tổng cộng)", "Công an huyện", "Tổng số đảng viên", "", "15"])("%p is not", (t) => {
    expect(isTotalLabel(t)).toBe(false);
  });
  it.each(["Lưu ý: chỉ tiêu là tối thiểu", "GHI CHÚ", "Nơi nhận:", "- Chú ý"])("%p starts the notes", (t) => {
    expect(isNoteStart(t)).toBe(true);
  });
  it.each(["Chi bộ Lưu ý", "1", "", "Người lập biểu"])("%p does not", (t) => {
    expect(isNoteStart(t)).toBe(false);
  });
});

describe("the data area", () => {
  it("a table without data: first data row under the header, last data row on it", () => {
    expect(shape([])).toEqual({ dataRows: [], firstDataRow: 1, lastDataRow: 0, totalRow: null });
  });

  it("rows with a blank STT are organisations too", () => {
    expect(shape([org("", "Chi bộ A"), org("", "Chi bộ B")])?.dataRows).toEqual([1, 2]);
  });

  it("tolerates 4 blank rows between the header and the first organisation, not 5", () => {
    expect(shape([...blank(4), org(1, "Chi bộ A")])).toEqual({ dataRows: [5], firstDataRow: 5, lastDataRow: 5, totalRow: null });
    expect(shape([...blank(5), org(1, "Chi bộ A")])?.dataRows).toEqual([]);
  });

  it("one blank row inside the data is a gap, two end the table", () => {
    expect(shape([org(1, "Chi bộ A"), [], org(2, "Chi bộ B")])?.dataRows).toEqual([1, 3]);
    expect(shape([org(1, "Chi bộ A"), [], [], org(2, "Chi bộ B")])?.dataRows).toEqual([1]);
  });

  it("a row with text only in an extra column is neither an organisation nor a gap", () => {
    const rows = [org(1, "Chi bộ A"), ["", "", "", "Mới thành lập"], [], org(2, "Chi bộ B")];
    expect(shape(rows)?.dataRows).toEqual([1, 4]);
  });

  it("a row whose only text is spaces in an extra column is blank", () => {
    expect(shape([org(1, "Chi bộ A"), ["", "", "", "   "], ["", "", "", " "], org(2, "Chi bộ B")])?.dataRows).toEqual([1]);
  });

  it("a note right under the data ends it", () => {
    expect(shape([org(1, "Chi bộ A"), ["", "Lưu ý: chỉ tiêu là tối thiểu", ""], org(2, "Chi bộ B")])?.dataRows).toEqual([1]);
  });

  it("after a gap, text with neither number nor quota is a signature; with a quota it is an organisation", () => {
    expect(shape([org(1, "Chi bộ A"), [], ["", "Người lập biểu", ""]])?.dataRows).toEqual([1]);
    expect(shape([org(1, "Chi bộ A"), [], ["", "Chi bộ B", 3]])?.dataRows).toEqual([1, 3]);
    expect(shape([org(1, "Chi bộ A"), ["", "Chi bộ B", ""]])?.dataRows).toEqual([1, 2]);
    // Before any organisation there is nothing to sign: a name without quota after blank rows is the first one.
    expect(shape([[], ["", "Chi bộ A", ""], org(2, "Chi bộ B")])?.dataRows).toEqual([2, 3]);
  });

  it("numbered unused template lines: one is skipped, two end the data", () => {
    expect(shape([org(1, "Chi bộ A"), [2, "", ""], org(3, "Chi bộ C")])?.dataRows).toEqual([1, 3]);
    expect(shape([org(1, "Chi bộ A"), [2, "", ""], [3, "", ""], org(4, "Chi bộ D")])?.dataRows).toEqual([1]);
    expect(shape([org(1, "Chi bộ A"), [2, "", ""], [3, "", ""], [4, "", ""], org(5, "Chi bộ E")])?.dataRows).toEqual([1]);
  });

  it("numbered unused lines before any organisation do not end the table", () => {
    expect(shape([[1, "", ""], [2, "", ""], [3, "", ""], org(4, "Chi bộ D")])?.dataRows).toEqual([4]);
  });

  it("skips the column-numbering row under the header, even with spaces around, but only before the data", () => {
    expect(shape([["(1)", " (2) ", "(3)"], org(1, "Chi bộ A")])?.dataRows).toEqual([2]);
    expect(shape([org(1, "Chi bộ A"), ["", "B", "C"]])?.dataRows).toEqual([1, 2]);
  });

  it("skips upper-case section headings, not a lower-case roman STT", () => {
    expect(shape([["I", "Khối xã", ""], org(1, "Chi bộ A"), ["II", "Khối trường học", 5], org(2, "Chi bộ B")])?.dataRows).toEqual([2, 4]);
    expect(shape([org("i", "Chi bộ A"), org("ii", "Chi bộ B")])?.dataRows).toEqual([1, 2]);
  });
});

describe("the sheet's own total row", () => {
  it("right under the data, its label found anywhere in the row, the last column included", () => {
    expect(shape([org(1, "Chi bộ A"), ["", "", 2, "Tổng cộng"]])).toEqual({ dataRows: [1], firstDataRow: 1, lastDataRow: 1, totalRow: 2 });
  });

  it("a total label before any organisation heads a column of a two-row header", () => {
    expect(shape([["", "", "Tổng số"], org(1, "Chi bộ A"), ["", "Tổng cộng", 2]])).toMatchObject({ dataRows: [2], totalRow: 3 });
  });

  it("after the two blank rows that end the data, up to 4 rows further down", () => {
    expect(shape([org(1, "Chi bộ A"), [], [], [], [], [], [], ["", "Tổng cộng", 2]])).toMatchObject({ dataRows: [1], totalRow: 8 });
    expect(shape([org(1, "Chi bộ A"), [], [], [], [], [], [], [], ["", "Tổng cộng", 2]])).toMatchObject({ dataRows: [1], totalRow: null });
    expect(shape([org(1, "Chi bộ A"), [], [], [], ["", "Tổng cộng", 2]])).toMatchObject({ totalRow: 5 });
  });

  it("not after other text below the gap", () => {
    expect(shape([org(1, "Chi bộ A"), [], [], ["", "Người lập biểu"], ["", "Tổng cộng", 2]])).toMatchObject({ totalRow: null });
  });

  it("never when the table has no data", () => {
    expect(shape([...blank(5), ["", "Tổng cộng", 2]])).toMatchObject({ dataRows: [], totalRow: null });
  });
});

describe("the header search", () => {
  it("reaches the first 1,000 rows of the sheet", () => {
    expect(findAllocationTable(gridFromValues("S", [...blank(999), HEADER, org(1, "Chi bộ A")]))?.headerRow).toBe(999);
    expect(findAllocationTable(gridFromValues("S", [...blank(1000), HEADER, org(1, "Chi bộ A")]))).toBeNull();
  });

  it("counts them from the grid's first row", () => {
    const grid = gridFromValues("S", [...blank(999), HEADER, org(1, "Chi bộ A")], { origin: { row: 5, col: 0 } });
    expect(findAllocationTable(grid)?.headerRow).toBe(1004);
  });
});
