/** Places in a Word table as a person names them. */
import { makeFinding, type FindingCatalogue } from "../../src/core/findings";
import { docxPlace, listPlacedCells, relocateDocxFindings, tableLabel } from "../../src/docx/docx-place";

describe("docxPlace", () => {
  it("names the table and the rows, consecutive rows as a run", () => {
    expect(docxPlace("Bảng 1", ["C5", "C6", "C7", "C9"], "vi")).toBe("Bảng 1, dòng 5–7, 9");
    expect(docxPlace("Bảng 1", ["C9", "B5"], "en")).toBe("Table 1, rows 5, 9");
    expect(docxPlace("Bảng 2", ["C14"], "en")).toBe("Table 2, row 14");
  });

  it("names the table alone when no cell is an address", () => {
    expect(docxPlace("Bảng 3", [], "vi")).toBe("Bảng 3");
    expect(docxPlace(undefined, ["C4"], "vi")).toBe("dòng 4");
  });
});

describe("tableLabel", () => {
  it("names the reader's tables in English and leaves every other name as it is", () => {
    expect(tableLabel("Bảng 12", "en")).toBe("Table 12");
    expect(tableLabel("Bảng 12", "vi")).toBe("Bảng 12");
    expect(tableLabel("Phân bổ", "en")).toBe("Phân bổ");
    expect(tableLabel("Bảng 1 (cũ)", "en")).toBe("Bảng 1 (cũ)");
  });
});

describe("listPlacedCells", () => {
  it("lists rows placed in a Word table as one list again, in the language asked", () => {
    expect(listPlacedCells(["dòng 10", "dòng 8", "dòng 9", "dòng 14"], "vi")).toBe("dòng 8–10, 14");
    expect(listPlacedCells(["row 8", "row 10"], "en")).toBe("rows 8, 10");
    expect(listPlacedCells(["row 8"], "en")).toBe("row 8");
  });

  it("lists any other cells as the engine does", () => {
    expect(listPlacedCells(["C5", "C6", "C9"], "vi")).toBe("C5–C6, C9");
    expect(listPlacedCells(["dòng 8", "C9"], "vi")).toBe("C9, dòng 8");
  });
});

describe("relocateDocxFindings", () => {
  const cat: FindingCatalogue<"X"> = { X: { severity: "error", vi: () => "sai", en: () => "wrong" } };
  it("rewrites an A1 cell as table and row and leaves a finding without a cell alone", () => {
    const [a, b] = relocateDocxFindings([makeFinding(cat, "X", { sheet: "Bảng 1", cell: "C8" }), makeFinding(cat, "X", { sheet: "Bảng 1" })]);
    expect(a).toMatchObject({ sheet: "Bảng 1", cell: "Bảng 1, dòng 8" });
    expect(b).not.toHaveProperty("cell");
  });
});
