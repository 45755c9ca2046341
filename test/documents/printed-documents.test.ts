/**
 * The progress workbook and a template as a recipient prints them: written by
 * ExcelJS, turned into a PDF by LibreOffice, read back with pdftotext.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { progressWorkbookSpec } from "../../src/core/reports/progress-spec";
import { reportSettingsFromDocument } from "../../src/core/reports/settings";
import { templateWorkbookSpecs } from "../../src/core/reports/template-spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { sofficeConvert, tempDir } from "../reports/cli-helpers";
import { seedAllocation } from "../reports/helpers";
import { RESULT, SETTINGS, todayForms } from "./fixture";

const flat = (s: string): string => s.replace(/\s+/g, " ");

async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  const dir = tempDir("ptdv-print");
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const pdf = sofficeConvert(file, "pdf", dir);
  return flat(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }));
}

describe("the printed progress workbook", () => {
  let text = "";
  beforeAll(async () => {
    text = await pdfText(await writeWorkbook(progressWorkbookSpec(RESULT, reportSettingsFromDocument(SETTINGS, "vi"))), "tong-hop.xlsx");
  }, 240000);

  it("reads as the settings' Party document: heading, number line, date, signature and Nơi nhận", () => {
    for (const s of ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Ka Đô, ngày 02 tháng 4 năm 2026", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn An", "Nơi nhận:", "- Thường trực Đảng ủy xã (b/c);", "- Lưu."]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Số -BC\/BXDĐ/);
    for (const today of todayForms()) expect(text).not.toContain(today);
  });

  it("prints no note meant for the user on the report pages, no second percentage and no English finding code", () => {
    const findingsPage = text.indexOf("KẾT QUẢ KIỂM TRA BÁO CÁO");
    expect(findingsPage).toBeGreaterThan(0);
    expect(text.slice(0, findingsPage)).not.toMatch(/Ghi chú|Chưa nhập mục tiêu|Tỷ lệ % = /);
    expect(text).not.toMatch(/\b[A-Z]{3,}_[A-Z_]{3,}\b/);
    expect(text).toContain("Mục tiêu của kế hoạch: kết nạp từ 88 đảng viên trở lên; đã kết nạp 7, còn thiếu 81.");
    // The findings page prints its Vietnamese labels and messages.
    expect(text).toContain("KẾT QUẢ KIỂM TRA BÁO CÁO ĐẾN HẾT THÁNG 3/2026");
    expect(text).toContain("Cảnh báo");
  });
});

describe("a printed template", () => {
  it("carries the organisation's heading, the year's title, the instruction naming the upper level and a signature matched to its kind", async () => {
    const books = templateWorkbookSpecs(seedAllocation(), 2026, reportSettingsFromDocument(SETTINGS, "vi"));
    const school = books.find((b) => b.fileName?.includes("THPT Đơn Dương"))!;
    const text = await pdfText(await writeWorkbook(school), "mau.xlsx");
    for (const s of ["ĐẢNG BỘ XÃ KA ĐÔ", "CHI BỘ TRƯỜNG THPT ĐƠN DƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM 2026", "T/M CHI ỦY", "BÍ THƯ", "Nơi nhận:"]) expect(text).toContain(s);
    // The settings' place fills the date line; the day is the organisation's to write.
    expect(text).toMatch(/Ka Đô, ngày +tháng +năm 2026/);
    expect(text).toContain("gửi về Ban Xây dựng Đảng Đảng ủy xã Ka Đô trước ngày 05 hằng tháng");
    const commune = books.find((b) => b.fileName?.includes("xã Ka Đơn"))!;
    const communeText = await pdfText(await writeWorkbook(commune), "mau-xa.xlsx");
    expect(communeText).toContain("T/M ĐẢNG ỦY");
  }, 240000);
});
