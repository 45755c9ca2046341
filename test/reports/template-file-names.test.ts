/** Issue #17 item 12: a right-to-left override in a name never reaches a template's file name. */
import { checkAllocation, DEFAULT_REPORT_SETTINGS, gridFromValues, templateWorkbookSpecs } from "../../src/core";

describe("template file names", () => {
  it("drop bidirectional controls and characters file systems refuse, keeping the readable name", () => {
    const grid = gridFromValues("Phân bổ", [
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      [1, "Chi bộ thôn \u202Egpj.exe\u202C", 2],
      [2, "Đảng bộ xã Ka/Đô: \"mới\"", 3],
    ]);
    const result = checkAllocation([grid], { target: 5 });
    const names = templateWorkbookSpecs(result, 2026, DEFAULT_REPORT_SETTINGS).map((b) => b.fileName ?? "");
    expect(names).toEqual(["01 - Chi bộ thôn gpj.exe - 2026.xlsx", "02 - Đảng bộ xã Ka Đô mới - 2026.xlsx"]);
    for (const n of names) expect(n).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});
