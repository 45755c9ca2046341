import { displayText } from "../../src/core/grid";
import { specToGrid } from "../../src/browser/spec-grid";

describe("a produced sheet seen in the browser preview", () => {
  it("shows numbers as their format displays them, as Excel will after download", () => {
    const grid = specToGrid({
      name: "Tổng hợp",
      role: "progress",
      rows: [[{ value: 1, style: { numFmt: "00" } }, { value: 33.3, style: { numFmt: "0.0" } }, { value: 7 }, { value: "=A1" }]],
    });
    const row = grid.rows[0]!;
    expect(row.map((c) => (c === undefined ? "" : displayText(c)))).toEqual(["01", "33.3", "7", "=A1"]);
    // The value stays the number the engine reads back.
    expect(row[0]!.value).toBe(1);
  });
});
