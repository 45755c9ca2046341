/**
 * The Word report of the month, written with the `docx` package and read back
 * the way a recipient sees it: LibreOffice turns it into a PDF, pdftotext reads it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { monthlyReportDocument, reportBodyLines } from "../../src/core/documents/monthly-report";
import { writeDocx } from "../../src/docx/write-docx";
import { sofficeConvert, tempDir } from "../reports/cli-helpers";
import { RESULT, SETTINGS, todayForms } from "./fixture";

const flat = (s: string): string => s.replace(/\s+/g, " ");
/** Justified lines come out of pdftotext with spaces inside words: body text is compared without spaces. */
const squash = (s: string): string => s.replace(/\s+/g, "");

describe("the Word report of the month", () => {
  let text = "";
  let pages: Array<{ width: number; height: number }> = [];
  beforeAll(async () => {
    const dir = tempDir("ptdv-docx");
    const file = path.join(dir, "bao-cao.docx");
    fs.writeFileSync(file, await writeDocx(monthlyReportDocument(RESULT, SETTINGS, { branchGoalLines: ["Chi bộ thôn, tổ dân phố, trường học có từ 3 đảng viên trở lên: 10/12 (83,3%)"] })));
    const pdf = sofficeConvert(file, "pdf", dir);
    text = flat(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }));
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "20", pdf], { encoding: "utf8" });
    pages = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  }, 240000);

  it("carries the Party-document heading, the number line and the date from the settings", () => {
    for (const s of ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Ka Đô, ngày 02 tháng 4 năm 2026"]) expect(text).toContain(s);
    expect(text).toMatch(/Số -BC\/BXDĐ/);
    expect(text).not.toMatch(/Số\s*:/);
    for (const today of todayForms()) expect(text).not.toContain(today);
  });

  it("has the title and body paragraphs written from the figures", () => {
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Kết quả công tác phát triển đảng viên tháng 3 năm 2026");
    // 3 in March (Ka Đô 2, Chi bộ ấp Bình Minh 1); 7 to date; 7 of the 91 allocated = 7,7%; 7 of the target 88 = 8,0%.
    expect(squash(text)).toContain(squash("Trong tháng 3/2026, toàn đảng bộ kết nạp 3 đảng viên"));
    expect(squash(text)).toContain(squash("kết nạp 7 đảng viên, đạt 7,7% tổng chỉ tiêu phân bổ (91)"));
    expect(squash(text)).toContain(squash("đạt 8,0%, còn thiếu 81 đảng viên"));
    expect(squash(text)).toContain(squash("nữ 2; người dân tộc thiểu số 1; người có đạo 1; đoàn viên thanh niên 7; học sinh 0"));
    expect(squash(text)).toContain(squash("Đã hoàn thành chỉ tiêu năm (1): Đảng bộ Công an huyện"));
    expect(squash(text)).toContain(squash("Chưa gửi báo cáo tháng 3/2026 (13):"));
    expect(squash(text)).toContain(squash("Về chi bộ: Chi bộ thôn, tổ dân phố, trường học có từ 3 đảng viên trở lên: 10/12 (83,3%)"));
  });

  it("ends with the signature block and the Nơi nhận list from the settings", () => {
    for (const s of ["Nơi nhận:", "- Ban Tổ chức Tỉnh ủy (b/c);", "- Thường trực Đảng ủy xã (b/c);", "- Lưu.", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn An"]) expect(text).toContain(s);
  });

  it("puts the progress table in a landscape appendix, with its total row", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]!.height).toBeGreaterThan(pages[0]!.width);
    const last = pages[pages.length - 1]!;
    expect(last.width).toBeGreaterThan(last.height);
    expect(text).toContain("PHỤ LỤC");
    expect(text).toMatch(/TỔNG CỘNG 91 3 7 0 2 1 1 7 7,7/);
  });

  it("prints nothing meant for the user alone: no notes, no finding codes", () => {
    expect(text).not.toMatch(/Ghi chú|Chưa nhập mục tiêu|SUBMISSION_|[A-Z]+_[A-Z]+/);
  });

  it("writes the body without a target line when the plan has none", () => {
    const lines = reportBodyLines({ ...RESULT, target: null });
    expect(lines.some((l) => l.includes("mục tiêu"))).toBe(false);
    expect(lines[0]).toContain("kết nạp 3 đảng viên");
  });
});
