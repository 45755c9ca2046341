/**
 * Counts of a thousand and more are grouped as the reader's language writes them (issue #11):
 * consolidate's text, its findings' messages, and the progress workbook (a `#,##0` format and a
 * live target line), read back with the project's reader and printed by LibreOffice.
 */
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { captureIo, python, sofficeConvert, tempDir } from "./cli-helpers";
import { FIXTURES } from "./helpers";

const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");

/** A log with big figures: a conflict, students above the admitted, a running total that does not add up. */
function bigLog(dir: string): string {
  const file = path.join(dir, "big.csv");
  fs.writeFileSync(
    file,
    [
      "TCCSĐ,Tháng,Kết nạp,Trong đó: học sinh,Lũy kế",
      "Đảng bộ xã Ka Đô,5/2025,1500,2000,",
      "Đảng bộ xã Tu Tra,5/2025,1200,0,2500",
      "Đảng bộ xã Lạc Lâm,5/2025,1200,0,",
      "Đảng bộ xã Lạc Lâm,5/2025,1300,0,",
      "",
    ].join("\n"),
  );
  return file;
}

describe("consolidate groups thousands in its text and findings", () => {
  const dir = tempDir("grouped");
  const log = bigLog(dir);

  it("writes 1.300, 2.000, 2.500 in Vietnamese", async () => {
    const c = captureIo(dir);
    await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--target", "1500", log], c.io);
    const out = c.out();
    expect(out).toContain("lũy kế: 2.500 / chỉ tiêu phân bổ");
    expect(out).toContain("Mục tiêu 1.500: đạt 166,7%, còn thiếu 0.");
    expect(out).toMatch(/Đảng bộ xã Lạc Lâm\s+1\.300\/6 /);
    expect(out).toContain('"Trong đó: học sinh" là 2.000, lớn hơn số kết nạp 1.500');
    expect(out).toContain("ghi lũy kế 2.500 đến tháng 5/2025, nhưng cộng các tháng được 1.200");
    expect(out).toContain("ghi kết nạp 1.200,");
    expect(out.replace(/2025/g, "")).not.toMatch(/\d{4}/);
  });

  it("writes 1,300 and 2,500 in English", async () => {
    const c = captureIo(dir);
    await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--target", "1500", "--lang", "en", log], c.io);
    const out = c.out();
    expect(out).toContain("to date: 2,500 of");
    expect(out).toContain("Target 1,500: 166.7% reached");
    expect(out).toContain("is 2,000, more than the 1,500 admitted");
    expect(out).toContain("running total of 2,500 through May 2025, but the months add up to 1,200");
  });
});

describe("the progress workbook groups its counts in the reader's locale", () => {
  const dir = tempDir("grouped-book");
  const log = bigLog(dir);
  const out = path.join(dir, "progress.xlsx");

  beforeAll(async () => {
    const c = captureIo(dir);
    await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--target", "5000", "--out", out, log], c.io);
  });

  it("formats counts #,##0 and keeps the target line a live formula over FIXED", async () => {
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error("unreadable");
    const sheet = read.grids[0]!;
    const cells = sheet.rows.flat().filter((c) => c !== undefined);
    const total = cells.find((c) => c.formula !== undefined && /^SUM\(F\d+:F\d+\)$/.test(c.formula));
    expect(total).toMatchObject({ value: 2500, numFmt: "#,##0" });
    const line = cells.find((c) => typeof c.value === "string" && c.value.startsWith("Mục tiêu của kế hoạch"));
    expect(line?.value).toBe("Mục tiêu của kế hoạch: kết nạp từ 5.000 đảng viên trở lên; đã kết nạp 2.500, còn thiếu 2.500.");
    expect(line?.formula).toMatch(/^"Mục tiêu của kế hoạch: kết nạp từ "&FIXED\(5000,0\)&" đảng viên trở lên; đã kết nạp "&FIXED\(F\d+,0\)&", còn thiếu "&FIXED\(MAX\(5000-F\d+,0\),0\)&"\."$/);
  });

  it("is recomputed by LibreOffice in a Vietnamese locale with 12.345 after the total is edited", () => {
    // openpyxl drops the cached results, so LibreOffice must recompute every formula.
    const edited = path.join(dir, "edited.xlsx");
    python(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
for row in ws.iter_rows():
    for c in row:
        if isinstance(c.value, str) and c.value.startswith("=SUM(F"):
            c.value = 12345
wb.save(sys.argv[2])
`,
      [out, edited],
    );
    // LibreOffice takes its default locale from the environment, as a Vietnamese desktop sets it.
    const csv = sofficeConvert(edited, "csv:Text - txt - csv (StarCalc):44,34,76", dir, [], { LANG: "vi_VN.UTF-8", LC_ALL: "vi_VN.UTF-8" });
    const text = fs.readFileSync(csv, "utf8");
    expect(text).toContain("Mục tiêu của kế hoạch: kết nạp từ 5.000 đảng viên trở lên; đã kết nạp 12.345, còn thiếu 0.");
    expect(text).toMatch(/^TỔNG CỘNG,,[^\n]*,12\.345,/m);
  });
});
