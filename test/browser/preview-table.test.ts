/**
 * @jest-environment jsdom
 */
import { renderGridTable } from "../../src/browser/preview-table";
import { sampleAllocationGrid } from "../../src/browser/sample-data";
import { gridFromValues } from "../../src/core/grid";

describe("sheet preview table", () => {
  test("shows cells at their Excel addresses, merged titles spanning columns, displayed number text", () => {
    const { table, truncated } = renderGridTable(sampleAllocationGrid(), new Map(), null, "Phân bổ 2025");
    expect(truncated).toBeNull();
    expect(table.querySelector('td[data-cell="A5"]')?.getAttribute("colspan")).toBe("3");
    expect(table.querySelector('td[data-cell="B5"]')).toBeNull();
    expect(table.querySelector('td[data-cell="B9"]')?.textContent).toBe("Đảng bộ Công an huyện");
    expect(table.querySelector('td[data-cell="C10"]')?.textContent).toBe("10");
    expect(table.querySelector('td[data-cell="C9"]')?.textContent).toBe("03");
    expect(table.querySelector('td[data-cell="C19"]')?.textContent).toBe("03 (01 HS)");
    expect(Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent)).toEqual(["#", "A", "B", "C"]);
  });

  test("marks highlighted and selected cells, and renders markup in cells as text", () => {
    const grid = gridFromValues("S", [["<img src=x onerror=alert(1)>", 1]]);
    const { table } = renderGridTable(grid, new Map([["B1", "error" as const]]), "A1", "S");
    expect(table.querySelector("img")).toBeNull();
    expect(table.querySelector('td[data-cell="A1"]')?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(table.querySelector('td[data-cell="A1"]')?.getAttribute("aria-current")).toBe("true");
    expect(table.querySelector('td[data-cell="B1"]')?.className).toContain("hl-error");
  });

  test("stops at 500 rows and says how many there are", () => {
    const grid = gridFromValues("Big", Array.from({ length: 1200 }, (_, i) => [i]));
    const { table, truncated } = renderGridTable(grid, new Map(), null, "Big");
    expect(truncated).toEqual({ shown: 500, total: 1200 });
    expect(table.querySelectorAll("tbody tr").length).toBe(500);
  });

  test("shows a bounded prefix of a very long cell (issue #17 item 2), and short cells whole", () => {
    const long = "Đ".repeat(32_767);
    const grid = gridFromValues("S", [["ngắn", long]]);
    const { table } = renderGridTable(grid, new Map(), null, "S");
    expect(table.querySelector('td[data-cell="A1"]')?.textContent).toBe("ngắn");
    const shown = table.querySelector('td[data-cell="B1"]')?.textContent ?? "";
    expect(shown).toBe(`${"Đ".repeat(500)}…`);
  });
});
