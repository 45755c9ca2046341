/**
 * Who a template is sent to and who signs it: the issuer's lines written as in a
 * sentence, the committee matched to the organisation, and workbook names that never collide.
 */
import type { AllocationRow } from "../../src/core/allocation/types";
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../../src/core/documents/settings";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { templateSheetSpec, templateWorkbookSpecs, upperLevelName } from "../../src/core/reports/template-spec";
import type { SheetSpec } from "../../src/core/sheet-spec";
import type { OrgKind } from "../../src/core/names/kind";
import { seedAllocation } from "./helpers";

const doc = (issuingBody: readonly string[], deadlineDay = 5): DocumentSettings => ({ ...DEFAULT_DOCUMENT_SETTINGS, issuingBody, deadlineDay });
const texts = (s: SheetSpec): string[] => s.rows.flatMap((r) => r.map((c) => c?.value)).filter((v): v is string => typeof v === "string");

function org(name: string, kind: OrgKind): AllocationRow {
  return { row: 5, stt: "01", name, kind, quota: 3, quotaMax: 3, studentQuota: 0, subQuotas: {}, nameCell: "B5", quotaCell: "C5" };
}

describe("the issuer named as in a sentence", () => {
  it.each([
    [["ĐẢNG ỦY XÃ KA ĐÔ"], "Đảng ủy xã Ka Đô"],
    [["HUYỆN ỦY ĐƠN DƯƠNG"], "Huyện ủy Đơn Dương"],
    [["ĐẢNG ỦY THỊ TRẤN THẠNH MỸ"], "Đảng ủy thị trấn Thạnh Mỹ"],
    [["ĐẢNG ỦY"], "Đảng ủy"],
    [["ĐẢNG ỦY XÃ"], "Đảng ủy xã"],
    [["ĐẢNG  ỦY   XÃ  KA  ĐÔ "], "Đảng ủy xã Ka Đô"],
    [["ĐẢNG ỦY XÃHỘI"], "Đảng ủy Xãhội"],
    [["BAN TỔ CHỨC"], "Ban Tổ chức"],
    [["BAN XÂY DỰNG ĐẢNG"], "Ban Xây dựng Đảng"],
    [["VĂN PHÒNG ĐẢNG ỦY"], "Văn phòng Đảng ủy"],
    [["VĂN PHÒNG ĐẢNGỦY"], "Văn phòng đảngủy"],
    [["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"], "Ban Tổ chức Huyện ủy Đơn Dương"],
    [["ĐẢNG ỦY XÃ KA ĐÔ", "  ", "BAN XÂY DỰNG ĐẢNG"], "Ban Xây dựng Đảng Đảng ủy xã Ka Đô"],
    [[], ""],
    [["   "], ""],
  ])("%j → %s", (lines, expected) => {
    expect(upperLevelName(doc(lines))).toBe(expected);
  });
});

describe("where the template says to send it", () => {
  it("names the issuer and the deadline in the subtitle, the last instruction and the recipients", () => {
    const s = templateSheetSpec(org("Đảng bộ xã Ka Đô", "commune"), 2025, doc(["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"], 7));
    const t = texts(s);
    expect(t).toContain("(Nhập số liệu vào các ô màu vàng; gửi về Ban Tổ chức Huyện ủy Đơn Dương trước ngày 07 hằng tháng)");
    expect(t).toContain("8. Lưu tệp dạng .xlsx (Excel Workbook) và gửi về Ban Tổ chức Huyện ủy Đơn Dương trước ngày 07 hằng tháng.");
    expect(t).toContain("- Ban Tổ chức Huyện ủy Đơn Dương;");
    // The organisation's heading names the issuer's đảng bộ as its superior.
    expect(t).toContain("HUYỆN ỦY ĐƠN DƯƠNG");
  });

  it("says the committee above when no issuer is set", () => {
    const t = texts(templateSheetSpec(org("Đảng bộ xã Ka Đô", "commune"), 2025, doc([], 12)));
    expect(t).toContain("(Nhập số liệu vào các ô màu vàng; gửi về cấp ủy cấp trên trước ngày 12 hằng tháng)");
    expect(t).toContain("8. Lưu tệp dạng .xlsx (Excel Workbook) và gửi về cấp ủy cấp trên trước ngày 12 hằng tháng.");
    expect(t).toContain("- Cấp ủy cấp trên;");
  });

  it("heads the organisation under the đảng bộ of a đảng ủy issuer", () => {
    const t = texts(templateSheetSpec(org("Chi bộ thôn 1", "village"), 2025, doc(["Đảng ủy xã Ka Đô", "BAN XÂY DỰNG ĐẢNG"])));
    expect(t).toContain("ĐẢNG BỘ XÃ KA ĐÔ");
    expect(t).not.toContain("ĐẢNG ỦY XÃ KA ĐÔ");
  });
});

describe("who signs the template", () => {
  const signer = (name: string, kind: OrgKind) => texts(templateSheetSpec(org(name, kind), 2025)).filter((x) => x.startsWith("T/M "));

  it.each([
    ["Đảng bộ xã Ka Đô", "commune", "T/M ĐẢNG ỦY"],
    ["Đảng ủy Khối cơ quan", "police", "T/M ĐẢNG ỦY"],
    ["Chi bộ Trường THPT Pró", "commune", "T/M CHI ỦY"],
    ["Công an huyện", "commune", "T/M ĐẢNG ỦY"],
    ["Huyện Đơn Dương", "district", "T/M ĐẢNG ỦY"],
    ["Khối cơ quan", "bloc", "T/M ĐẢNG ỦY"],
    ["Công an huyện", "police", "T/M CHI ỦY"],
    ["Quân sự huyện", "military", "T/M CHI ỦY"],
  ] as const)("%s (%s) signs as %s", (name, kind, expected) => {
    expect(signer(name, kind)).toEqual([expected]);
  });
});

describe("the template workbooks of an allocation", () => {
  it("numbers file names two digits wide for up to 99 organisations, and skips unnamed rows", () => {
    const a = seedAllocation();
    const organizations = [a.organizations[0]!, { ...a.organizations[1]!, name: "  " }, a.organizations[2]!];
    const books = templateWorkbookSpecs({ ...a, organizations }, 2025, DEFAULT_REPORT_SETTINGS);
    expect(books.map((b) => b.fileName)).toEqual(["01 - Đảng bộ Công an huyện - 2025.xlsx", "02 - Đảng bộ thị trấn D’Ran - 2025.xlsx"]);
  });

  it("numbers three digits wide from 100 organisations", () => {
    const a = seedAllocation();
    const organizations = Array.from({ length: 100 }, (_, i) => ({ ...a.organizations[0]!, name: `Chi bộ thôn ${i + 1}` }));
    const books = templateWorkbookSpecs({ ...a, organizations }, 2025, DEFAULT_REPORT_SETTINGS);
    expect(books[0]?.fileName).toBe("001 - Chi bộ thôn 1 - 2025.xlsx");
    expect(books[99]?.fileName).toBe("100 - Chi bộ thôn 100 - 2025.xlsx");
  }, 60000);

  it("names the file of an organisation whose name has no character allowed in a file name 'to-chuc'", () => {
    const a = seedAllocation();
    const org0 = a.organizations[0]!;
    const organizations = [
      { ...org0, name: "???" },
      { ...org0, name: "***" },
    ];
    const books = templateWorkbookSpecs({ ...a, organizations }, 2025, DEFAULT_REPORT_SETTINGS);
    expect(books.map((b) => b.fileName)).toEqual(["01 - to-chuc - 2025.xlsx", "02 - to-chuc - 2025.xlsx"]);
  });

  it("writes the title and creator properties, PTĐV when no issuer is set", () => {
    const a = seedAllocation();
    const one = { ...a, organizations: [a.organizations[4]!] };
    expect(templateWorkbookSpecs(one, 2025, { ...DEFAULT_REPORT_SETTINGS, issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"] })[0]?.properties).toEqual({
      title: "Báo cáo kết nạp đảng viên 2025 — Đảng bộ xã Ka Đô",
      creator: "HUYỆN ỦY ĐƠN DƯƠNG – BAN TỔ CHỨC",
    });
    expect(templateWorkbookSpecs(one, 2025, { ...DEFAULT_REPORT_SETTINGS, issuingBody: [] })[0]?.properties?.creator).toBe("PTĐV");
  });

  it("writes the document settings of the report settings when no document is given", () => {
    const a = seedAllocation();
    const one = { ...a, organizations: [a.organizations[4]!] };
    const sheet = templateWorkbookSpecs(one, 2025, { ...DEFAULT_REPORT_SETTINGS, issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"] })[0]!.sheets[0]!;
    expect(texts(sheet)).toContain("- Ban Tổ chức Huyện ủy Đơn Dương;");
    const withDoc = templateWorkbookSpecs(one, 2025, DEFAULT_REPORT_SETTINGS, { document: doc(["ĐẢNG ỦY XÃ KA ĐÔ"]) })[0]!.sheets[0]!;
    expect(texts(withDoc)).toContain("- Đảng ủy xã Ka Đô;");
  });
});
