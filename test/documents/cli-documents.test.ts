/**
 * The CLI's document options: --settings FILE.json with --issuer, --superior, --place,
 * --date and --signer over it, and consolidate --docx under the rules of --out.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { runTemplate } from "../../src/cli/commands/template";
import { parseSigner } from "../../src/cli/report-settings";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { displayText } from "../../src/core/grid";
import { captureIo, tempDir } from "../reports/cli-helpers";
import { FIXTURES, PYTHON } from "../reports/helpers";
import { todayForms } from "./fixture";

const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");
const LOG = path.join(FIXTURES, "log-2025.xlsx");

function cellTexts(grids: ReadonlyArray<{ rows: ReadonlyArray<ReadonlyArray<{ value: unknown } | undefined>> }>): string[] {
  return grids.flatMap((g) => g.rows.flatMap((r) => r.map((c) => (c ? displayText(c as never) : ""))));
}

describe("ptdv consolidate with document settings", () => {
  const dir = tempDir("docs-cli");
  fs.writeFileSync(
    path.join(dir, "cai-dat.json"),
    JSON.stringify({ issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"], symbol: "BC/BTCHU", place: "Đơn Dương", recipients: ["- Ban Tổ chức Tỉnh ủy (b/c);", "- Lưu."] }),
  );

  it("writes the workbook and the Word report, dated from --date, signed as --signer says, issued as the file and --issuer say", async () => {
    const c = captureIo(dir);
    const code = await runConsolidate(
      ["--allocation", ALLOCATION, "--month", "2025-05", "--settings", "cai-dat.json", "--issuer", "ĐẢNG ỦY XÃ KA ĐÔ/BAN XÂY DỰNG ĐẢNG", "--superior", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "--date", "2025-06-03", "--signer", "K/T TRƯỞNG BAN/PHÓ TRƯỞNG BAN/Trần Thị Bình", "--out", "tong-hop.xlsx", "--docx", "bao-cao.docx", LOG],
      c.io,
    );
    expect(c.err()).toBe("");
    expect(code).toBeLessThan(2);
    expect(c.out()).toContain("bao-cao.docx");
    const read = await readWorkbookFile(path.join(dir, "tong-hop.xlsx"));
    if (!read.ok) throw new Error("unreadable");
    const texts = cellTexts(read.grids);
    for (const s of ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG", "Đơn Dương, ngày 03 tháng 6 năm 2025", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Bình", "- Ban Tổ chức Tỉnh ủy (b/c);"]) expect(texts).toContain(s);
    expect(texts.some((t) => /^Số\s+-BC\/BTCHU$/.test(t))).toBe(true);
    const doc = execFileSync(PYTHON, ["-c", "import docx,sys; d=docx.Document(sys.argv[1]); print('\\n'.join(p.text for p in d.paragraphs)); [print(c.text) for t in d.tables for r in t.rows for c in r.cells]", path.join(dir, "bao-cao.docx")], { encoding: "utf8" });
    for (const s of ["Kết quả công tác phát triển đảng viên tháng 5 năm 2025", "Đơn Dương, ngày 03 tháng 6 năm 2025", "K/T TRƯỞNG BAN", "Trần Thị Bình", "TỔNG CỘNG"]) expect(doc).toContain(s);
    for (const today of todayForms()) expect(doc).not.toContain(today);
  });

  it("refuses an existing --docx without --force, and the same file for --out and --docx", async () => {
    fs.writeFileSync(path.join(dir, "co-san.docx"), "giữ nguyên");
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--docx", "co-san.docx", LOG], c.io)).toBe(2);
    expect(c.err()).toContain("--docx co-san.docx đã có");
    expect(fs.readFileSync(path.join(dir, "co-san.docx"), "utf8")).toBe("giữ nguyên");
    const same = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--out", "x.docx", "--docx", "x.docx", LOG], same.io)).toBe(2);
    expect(same.err()).toContain("cùng một tệp");
    const forced = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--docx", "co-san.docx", "--force", LOG], forced.io)).toBeLessThan(2);
    expect(fs.readFileSync(path.join(dir, "co-san.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("stops with exit 2 on a settings file with a bad field or bad JSON, and on a bad --date", async () => {
    fs.writeFileSync(path.join(dir, "sai.json"), JSON.stringify({ signatory: { authority: "TM" } }));
    fs.writeFileSync(path.join(dir, "hong.json"), "{ issuingBody: ");
    for (const args of [["--settings", "sai.json"], ["--settings", "hong.json"], ["--date", "2025-02-30"], ["--settings", "khong-co.json"]]) {
      const c = captureIo(dir);
      expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", ...args, LOG], c.io)).toBe(2);
      expect(c.err()).toMatch(/--settings|--date/);
    }
  });
});

describe("ptdv template with --issuer", () => {
  it("names the upper level and the deadline day in the instruction line, with the organisation's own heading and signature", async () => {
    const dir = tempDir("docs-tpl");
    fs.writeFileSync(path.join(dir, "s.json"), JSON.stringify({ deadlineDay: 3 }));
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "mau", "--year", "2025", "--issuer", "ĐẢNG ỦY XÃ KA ĐÔ/BAN XÂY DỰNG ĐẢNG", "--settings", "s.json"], c.io)).toBe(0);
    const files = fs.readdirSync(path.join(dir, "mau")).sort();
    const read = await readWorkbookFile(path.join(dir, "mau", files[0]!));
    if (!read.ok) throw new Error("unreadable");
    const texts = cellTexts(read.grids);
    expect(texts).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(texts).toContain("ĐẢNG BỘ XÃ KA ĐÔ");
    expect(texts).toContain("BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM 2025");
    expect(texts).toContain("…………, ngày      tháng      năm 2025");
    expect(texts.some((t) => t.includes("gửi về Ban Xây dựng Đảng Đảng ủy xã Ka Đô trước ngày 03 hằng tháng"))).toBe(true);
    expect(texts).toContain("BÍ THƯ");
  });
});

describe("--signer", () => {
  it("reads the authority with what it is for, the title and the name; or a title and name alone", () => {
    expect(parseSigner("T/M BAN THƯỜNG VỤ/BÍ THƯ/Nguyễn Văn An")).toEqual({ authority: "T/M", onBehalfOf: "BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Nguyễn Văn An" });
    expect(parseSigner("t/l trưởng ban/chánh văn phòng")).toEqual({ authority: "T/L", onBehalfOf: "trưởng ban", title: "chánh văn phòng", name: "" });
    expect(parseSigner("TRƯỞNG BAN/Lê Văn C")).toEqual({ authority: "", onBehalfOf: "", title: "TRƯỞNG BAN", name: "Lê Văn C" });
  });
});
