/**
 * The plain-text report of `ptdv consolidate`, in process and line by line, in
 * both languages: counts, target line, one line per organisation, findings by severity.
 */
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { makeFinding, type FindingCatalogue, type NoArgs } from "../../src/core/findings";
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { consolidationText, formatFindingLine } from "../../src/core/reports/summary-text";
import { seedAllocation } from "./helpers";

/** Four organisations: the fourth has no valid quota. */
function fourOrganisations(target: number | null): AllocationCheckResult {
  const a = seedAllocation(target);
  const organizations = a.organizations.slice(0, 4).map((o, i) => (i === 3 ? { ...o, quota: null } : o));
  return { ...a, organizations };
}

const LOG = () =>
  gridFromValues("Nhật ký", [
    ["TCCSĐ", "Tháng", "Kết nạp", "Nữ"],
    ["Đảng bộ Công an huyện", "5/2025", 1, 1],
    ["Đảng bộ thị trấn Thạnh Mỹ", "5/2025", 2, 5],
    ["Đảng bộ xã Mới", "5/2025", 1, 0],
    ["Đảng bộ xã Đạ Ròn", "5/2025", 1, 0],
  ]);

describe("the consolidation as text", () => {
  it("writes counts, the target, each organisation and the findings in Vietnamese, with Vietnamese decimals", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [LOG()] }], { allocation: fourOrganisations(88), year: 2025, month: 5 });
    expect(consolidationText(r, "vi").split("\n")).toEqual([
      "Tổng hợp đến hết tháng 5/2025: 4 tổ chức, 2 đã nộp, 1 có báo cáo nhưng số liệu lỗi, 1 chưa nộp.",
      "Kết nạp trong tháng: 3; lũy kế: 3 / chỉ tiêu phân bổ 22 (học sinh 0 / 0).",
      "Mục tiêu 88: đạt 3,4%, còn thiếu 85.",
      "",
      "  Đảng bộ Công an huyện        1/3    33,3%  Chậm tiến độ",
      "  Đảng bộ thị trấn Thạnh Mỹ    0/10      0%  Chậm tiến độ (số liệu lỗi)",
      "  Đảng bộ thị trấn D’Ran       0/9       0%  Chậm tiến độ (chưa nộp)",
      "  Đảng bộ xã Đạ Ròn            1/–        –  Chưa có chỉ tiêu hợp lệ",
      "  Đảng bộ xã Mới               1     (ngoài phân bổ)",
      "",
      '  [LỖI] SUBMISSION_STUDENTS_EXCEED_ADMITTED (a.xlsx › Nhật ký › D3): "Đảng bộ thị trấn Thạnh Mỹ" (tháng 5/2025): "Nữ" là 5, lớn hơn số kết nạp 2: dòng này không được tính.',
      '  [CẢNH BÁO] SUBMISSION_UNKNOWN_ORGANIZATION (a.xlsx › Nhật ký › A4): "Đảng bộ xã Mới" không có trong bảng phân bổ. Số liệu vẫn được cộng vào tổng ở mục "Tổ chức khác"; nếu là cùng một tổ chức, hãy thêm bí danh.',
      '  [THÔNG TIN] SUBMISSION_MISSING (Phân bổ › B7): "Đảng bộ thị trấn D’Ran" chưa nộp báo cáo tháng 5/2025.',
      "",
    ]);
  });

  it("writes the same in English, with English decimals", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [LOG()] }], { allocation: fourOrganisations(88), year: 2025, month: 5 });
    expect(consolidationText(r, "en").split("\n").slice(0, 9)).toEqual([
      "Consolidated through 2025-05: 4 organisations, 2 reported, 1 reported with errors (not counted), 1 missing.",
      "Admitted in the month: 3; to date: 3 of 22 allocated (students 0 of 0).",
      "Target 88: 3.4% reached, 85 to go.",
      "",
      "  Đảng bộ Công an huyện        1/3    33.3%  behind",
      "  Đảng bộ thị trấn Thạnh Mỹ    0/10      0%  behind (figures with errors)",
      "  Đảng bộ thị trấn D’Ran       0/9       0%  behind (missing)",
      "  Đảng bộ xã Đạ Ròn            1/–        –  no valid quota",
      "  Đảng bộ xã Mới               1     (not allocated)",
    ]);
    expect(consolidationText(r, "en")).toContain('  [ERROR] SUBMISSION_STUDENTS_EXCEED_ADMITTED (a.xlsx › Nhật ký › D3): "Đảng bộ thị trấn Thạnh Mỹ" (May 2025)');
  });

  it("says done and on track in each language", () => {
    const log = gridFromValues("Nhật ký", [
      ["TCCSĐ", "Tháng", "Kết nạp"],
      ["Đảng bộ Công an huyện", "5/2025", 3],
      ["Đảng bộ thị trấn Thạnh Mỹ", "5/2025", 5],
    ]);
    const r = consolidate([{ grids: [log] }], { allocation: fourOrganisations(88), year: 2025, month: 5 });
    const vi = consolidationText(r, "vi").split("\n");
    const en = consolidationText(r, "en").split("\n");
    expect(vi[4]).toBe("  Đảng bộ Công an huyện        3/3     100%  Hoàn thành");
    expect(en[4]).toBe("  Đảng bộ Công an huyện        3/3     100%  done");
    expect(r.organizations[1]?.status).toBe("on-track");
    expect(vi[5]).toBe("  Đảng bộ thị trấn Thạnh Mỹ    5/10     50%  Đúng tiến độ");
    expect(en[5]).toBe("  Đảng bộ thị trấn Thạnh Mỹ    5/10     50%  on track");
  });

  it("has no target line without a target, and dashes where a zero target has no percentage", () => {
    const none = consolidate([], { allocation: fourOrganisations(null), year: 2025, month: 5 });
    const lines = consolidationText(none, "en").split("\n");
    expect(lines.slice(0, 3)).toEqual(["Consolidated through 2025-05: 4 organisations, 0 reported, 4 missing.", "Admitted in the month: 0; to date: 0 of 22 allocated (students 0 of 0).", ""]);
    expect(lines).toContain("  Đảng bộ xã Đạ Ròn            0/–        –  no valid quota (missing)");
    const zero = consolidate([], { allocation: fourOrganisations(null), year: 2025, month: 5, target: 0 });
    expect(consolidationText(zero, "vi").split("\n")[2]).toBe("Mục tiêu 0: đạt –%, còn thiếu 0.");
    expect(consolidationText(zero, "en").split("\n")[2]).toBe("Target 0: –% reached, 0 to go.");
  });

  it("pads names to at least ten characters and at most forty-eight", () => {
    const a = seedAllocation(null);
    const short = { ...a, organizations: [{ ...a.organizations[0]!, name: "CB A" }] };
    expect(consolidationText(consolidate([], { allocation: short, year: 2025, month: 5 }), "en").split("\n")[3]).toBe("  CB A          0/3       0%  behind (missing)");
    const longName = `Chi bộ ${"X".repeat(60)}`;
    const long = { ...a, organizations: [{ ...a.organizations[0]!, name: longName }, { ...a.organizations[1]!, name: "CB B" }] };
    const lines = consolidationText(consolidate([], { allocation: long, year: 2025, month: 5 }), "en").split("\n");
    expect(lines[3]).toBe(`  ${longName}    0/3       0%  behind (missing)`);
    expect(lines[4]).toBe(`  ${"CB B".padEnd(48)}    0/10      0%  behind (missing)`);
  });

  it("lines up the organisations outside the allocation under those in it, however long their names", () => {
    const a = seedAllocation(null);
    const short = { ...a, organizations: [{ ...a.organizations[0]!, name: "CB A" }] };
    const log = gridFromValues("Nhật ký", [
      ["TCCSĐ", "Tháng", "Kết nạp"],
      ["Đảng bộ thị trấn D’Ran mới thành lập", "5/2025", 2],
    ]);
    const lines = consolidationText(consolidate([{ file: "log.xlsx", grids: [log] }], { allocation: short, year: 2025, month: 5 }), "vi").split("\n");
    const other = lines.find((l) => l.includes("(ngoài phân bổ)")) ?? "";
    const own = lines.find((l) => l.startsWith("  CB A")) ?? "";
    // The count column starts at the same place on both lines.
    expect(other.indexOf("  2")).toBeGreaterThan(0);
    expect(own.indexOf("0/3")).toBe(other.indexOf("  2") + 2);
  });

  it("ends with no findings block when there are no findings, and adds the host's findings sorted by severity", () => {
    const a = seedAllocation(null);
    const one = { ...a, organizations: [a.organizations[0]!] };
    const log = gridFromValues("Nhật ký", [
      ["TCCSĐ", "Tháng", "Kết nạp"],
      ["Đảng bộ Công an huyện", "5/2025", 1],
    ]);
    const r = consolidate([{ grids: [log] }], { allocation: one, year: 2025, month: 5 });
    expect(r.findings).toEqual([]);
    expect(consolidationText(r, "vi").endsWith("Chậm tiến độ\n")).toBe(true);
    const CATALOGUE: FindingCatalogue<"X_INFO" | "X_ERROR", { X_INFO: NoArgs; X_ERROR: NoArgs }> = {
      X_INFO: { severity: "info", vi: () => "thông tin", en: () => "info" },
      X_ERROR: { severity: "error", vi: () => "lỗi", en: () => "error" },
    };
    const extra = [makeFinding(CATALOGUE, "X_INFO", {}, {}), makeFinding(CATALOGUE, "X_ERROR", { file: "b.xlsx" }, {})];
    expect(consolidationText(r, "en", extra).split("\n").slice(-4)).toEqual(["", "  [ERROR] X_ERROR (b.xlsx): error", "  [INFO] X_INFO: info", ""]);
  });

  it("writes a finding without a location without parentheses", () => {
    const CATALOGUE: FindingCatalogue<"X_WARN", { X_WARN: NoArgs }> = { X_WARN: { severity: "warning", vi: () => "cảnh báo", en: () => "warning" } };
    const f = makeFinding(CATALOGUE, "X_WARN", {}, {});
    expect(formatFindingLine(f, "vi")).toBe("  [CẢNH BÁO] X_WARN: cảnh báo");
    expect(formatFindingLine(f, "en")).toBe("  [WARNING] X_WARN: warning");
  });
});
