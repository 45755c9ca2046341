/**
 * The findings sheet says where each finding comes from: the file, the sheet and the
 * cell when the finding knows them, only what it knows otherwise; and its summary counts
 * each severity on its own.
 */
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { findingsSheetSpec } from "../../src/core/reports/findings-spec";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { seedAllocation } from "./helpers";

/** An unknown organisation (warning) and an unreadable month (error) from one log sheet. */
function logFindings() {
  const log = gridFromValues("Nhật ký", [
    ["TCCSĐ", "Tháng", "Kết nạp"],
    ["Đảng bộ xã Mới", "3/2025", 1],
    ["Đảng bộ xã Tu Tra", "13/2025", 1],
  ]);
  const r = consolidate([{ grids: [log] }], { allocation: seedAllocation(), year: 2025, month: 3 });
  return { ...r, findings: r.findings.filter((f) => f.sheet === "Nhật ký") };
}

const column = (s: SheetSpec, c: number): unknown[] => s.rows.slice(4).map((r) => r[c]?.value);

describe("the source column of the findings sheet", () => {
  it("names file, sheet and cell when the finding carries a file", () => {
    const r = logFindings();
    const s = findingsSheetSpec({ ...r, findings: r.findings.map((f) => ({ ...f, file: "bc-03.xlsx" })) }, "vi");
    expect(s.rows[1]?.[0]?.value).toBe("1 lỗi, 1 cảnh báo, 0 thông tin");
    expect(column(s, 1)).toStrictEqual(["Lỗi", "Cảnh báo"]);
    expect(column(s, 2)).toStrictEqual(["bc-03.xlsx › Nhật ký › B3", "bc-03.xlsx › Nhật ký › A2"]);
    expect(column(s, 4)).toStrictEqual(["SUBMISSION_PERIOD_INVALID", "SUBMISSION_UNKNOWN_ORGANIZATION"]);
  });

  it("names only the sheet and cell when the finding has no file", () => {
    const s = findingsSheetSpec(logFindings(), "en");
    expect(column(s, 2)).toStrictEqual(["Nhật ký › B3", "Nhật ký › A2"]);
  });

  it("names only the file when the finding knows nothing else", () => {
    const r = logFindings();
    const findings = r.findings.map(({ code, severity, args, message }) => ({ code, severity, args, message, file: "bc-03.xlsx" }));
    const s = findingsSheetSpec({ ...r, findings }, "vi");
    expect(column(s, 2)).toStrictEqual(["bc-03.xlsx", "bc-03.xlsx"]);
  });
});
