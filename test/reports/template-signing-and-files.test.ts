/**
 * Who signs a template, which sheets come with it and what its workbooks are called:
 * the committee follows the organisation's name first and its kind second, the chi bộ
 * sheet comes with its pick lists when asked for, and file names are numbered in table
 * order and never empty whatever the allocation table holds.
 */
import type { AllocationRow } from "../../src/core/allocation/types";
import type { OrgKind } from "../../src/core/names/kind";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { templateSheetSpec, templateSheets, templateWorkbookSpecs } from "../../src/core/reports/template-spec";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { seedAllocation } from "./helpers";

const NAMES = ["Báo cáo 2025", "Chi bộ", "Danh sách kết nạp"];
const LISTS = [{kind: "list", range: {top: 6, left: 2, bottom: 65, right: 2}, values: ["thôn/ấp/bản", "tổ dân phố/khu phố", "trường học", "cơ quan - đơn vị", "doanh nghiệp", "lực lượng vũ trang", "khác"], errorTitle: "Loại không hợp lệ", errorMessage: "Chọn loại chi bộ trong danh sách."}, {kind: "list", range: {top: 6, left: 6, bottom: 65, right: 6}, values: ["Có", "Không"], errorTitle: "Giá trị không hợp lệ", errorMessage: "Chọn Có hoặc Không."}];
const FILES = [["01 - Chi bộ A - 2025.xlsx", {title: "Báo cáo kết nạp đảng viên 2025 — Chi bộ A", creator: "PTĐV"}], ["02 - CHI BỘ A - 2025.xlsx", {title: "Báo cáo kết nạp đảng viên 2025 — CHI BỘ A", creator: "PTĐV"}], ["03 - Chi bộ A - 2025.xlsx", {title: "Báo cáo kết nạp đảng viên 2025 — Chi bộ A", creator: "PTĐV"}], ["04 - to-chuc - 2025.xlsx", {title: "Báo cáo kết nạp đảng viên 2025 — ???", creator: "PTĐV"}]];
const PADDED = ["001 - Chi bộ 1 - 2025.xlsx", "100 - Chi bộ 100 - 2025.xlsx"];

function org(name: string, kind: OrgKind): AllocationRow {
  return { row: 5, stt: "01", name, kind, quota: 3, quotaMax: 3, studentQuota: 0, subQuotas: {}, nameCell: "B5", quotaCell: "C5" };
}

const signer = (s: SheetSpec): string[] =>
  s.rows.flatMap((r) => r.map((c) => c?.value)).filter((v): v is string => typeof v === "string" && v.startsWith("T/M "));

describe("who signs the template", () => {
  it.each<[string, OrgKind, string]>([
    ["Đảng bộ Công an huyện", "police", "T/M ĐẢNG ỦY"],
    ["Đảng ủy Khối cơ quan", "other", "T/M ĐẢNG ỦY"],
    ["Chi bộ Ấp 1", "commune", "T/M CHI ỦY"],
    ["Chi bộ Trường THPT Pró", "upperSecondary", "T/M CHI ỦY"],
    ["Xã Ka Đô", "commune", "T/M ĐẢNG ỦY"],
    ["Huyện Đơn Dương", "district", "T/M ĐẢNG ỦY"],
    ["Khối doanh nghiệp", "bloc", "T/M ĐẢNG ỦY"],
    ["Trường THCS Ka Đô", "lowerSecondary", "T/M CHI ỦY"],
    ["Công an xã", "police", "T/M CHI ỦY"],
  ])("%s (%s) → %s", (name, kind, expected) => {
    expect(signer(templateSheetSpec(org(name, kind), 2025))).toStrictEqual([expected]);
  });
});

describe("the sheets that come with a template", () => {
  it("adds the chi bộ sheet with its two pick lists when asked for every organisation", () => {
    const sheets = templateSheets(seedAllocation().organizations[4]!, 2025, { branchSheet: "always" });
    expect(sheets.map((s) => s.name)).toStrictEqual(NAMES);
    expect(sheets[1]?.inputValidations).toStrictEqual(LISTS);
  });

  it("leaves the chi bộ sheet out when asked for none", () => {
    const sheets = templateSheets(seedAllocation().organizations[4]!, 2025, { branchSheet: "never" });
    expect(sheets.map((s) => s.name)).toStrictEqual(["Báo cáo 2025", "Danh sách kết nạp"]);
  });
});

describe("the template workbooks' file names", () => {
  it("numbers the organisations in table order, names the nameless and skips blank rows", () => {
    const a = seedAllocation();
    const organizations = [org("Chi bộ A", "other"), org("CHI BỘ A", "other"), org("Chi bộ A", "other"), org("   ", "other"), org("???", "other")];
    const books = templateWorkbookSpecs({ ...a, organizations }, 2025, { ...DEFAULT_REPORT_SETTINGS, issuingBody: [] });
    expect(books.map((b) => [b.fileName, b.properties])).toStrictEqual(FILES);
  });

  it("pads the number to the width of the count of organisations", () => {
    const a = seedAllocation();
    const organizations = Array.from({ length: 100 }, (_, i) => org(`Chi bộ ${i + 1}`, "other"));
    const names = templateWorkbookSpecs({ ...a, organizations }, 2025, DEFAULT_REPORT_SETTINGS).map((b) => b.fileName);
    expect([names[0], names[99]]).toStrictEqual(PADDED);
  });
});
