/** `ptdv check plan.docx`: the seed plan as a Word document, checked as the sheet is. */
import * as fs from "fs";
import * as path from "path";
import { ptdv, REPO, tempDir } from "../cli/helpers";

const FIXTURES = path.join(__dirname, "fixtures");
const PROGRAMS = ["python-docx", "libreoffice"] as const;

describe.each(PROGRAMS)("the seed plan as a .docx written by %s", (program) => {
  const file = path.join(FIXTURES, `seed-plan.${program}.docx`);

  it("gives 91 / 4 HS / 15 organisations and meets the target of 88 read from the body, not the chi bộ size of 10", async () => {
    const r = await ptdv(REPO, ["check", file, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      sheet: "Bảng 1",
      target: 88,
      targetSource: "sheet",
      targetCell: null,
      year: 2025,
      totals: { quota: 91, studentQuota: 4, organizations: 15, difference: 3, meetsTarget: true },
      findings: [],
    });
    // Row 1 is the merged title, row 2 the header: the first organisation is the table's row 3.
    expect(json.organizations[0]).toMatchObject({ row: 3, stt: "01", name: "Đảng bộ Công an huyện", quota: 3 });
  });

  it("says in the text where the target was read: the sentence of the body", async () => {
    const r = await ptdv(REPO, ["check", file]);
    expect(r.out).toContain(
      `seed-plan.${program}.docx › Bảng 1: Tổng chỉ tiêu 91 (trong đó 4 học sinh), 15 tổ chức cơ sở đảng (kế hoạch năm 2025); đạt chỉ tiêu kế hoạch từ 88 trở lên, đọc ở câu “Phấn đấu trong năm 2025 kết nạp từ 88 đảng viên trở lên (có phân bổ chi tiết kèm theo)” (vượt 3).`,
    );
    expect(r.out).toContain("Không phát hiện vấn đề nào.");
  });

  it("lets --target override the document's target", async () => {
    const json = JSON.parse((await ptdv(REPO, ["check", file, "--json", "--target", "100"])).out);
    expect(json).toMatchObject({ target: 100, targetSource: "option", totals: { difference: -9, meetsTarget: false } });
  });
});

describe.each(PROGRAMS)("mistakes in a .docx plan (%s)", (program) => {
  const file = path.join(FIXTURES, `seed-plan-mistakes.${program}.docx`);

  it("names each finding's place by table and row in --json, one finding per cell", async () => {
    const r = await ptdv(REPO, ["check", file, "--json"]);
    expect(r.code).toBe(1);
    const cells = JSON.parse(r.out).findings.map((f: { code: string; cell: string }) => [f.code, f.cell]);
    expect(cells).toEqual([
      ["QUOTA_MISSING", "Bảng 1, dòng 8"],
      ["HS_QUOTA_MISSING", "Bảng 1, dòng 14"],
      ["TOTAL_BELOW_TARGET", "Bảng 1, dòng 2"],
    ]);
  });

  it("names them the same way in the text, in either language", async () => {
    const vi = await ptdv(REPO, ["check", file]);
    expect(vi.out).toMatch(/^ {2}✗ Bảng 1, dòng 8 {2}"Đảng bộ xã Ka Đơn" chưa có chỉ tiêu .*\[QUOTA_MISSING\]$/m);
    expect(vi.out).toMatch(/^ {2}✗ Bảng 1, dòng 14 {2}.*\[HS_QUOTA_MISSING\]$/m);
    expect(vi.out).toContain("CHƯA ĐẠT chỉ tiêu kế hoạch từ 88 trở lên, đọc ở câu “Phấn đấu trong năm 2025 kết nạp từ 88 đảng viên trở lên");
    const en = await ptdv(REPO, ["check", file, "--lang", "en"]);
    expect(en.out).toMatch(/^ {2}✗ Table 1, row 8 {2}.*\[QUOTA_MISSING\]$/m);
    expect(en.out).toContain("BELOW the plan target of 88 or more, read from “Phấn đấu trong năm 2025");
    expect(en.out).toMatch(/^seed-plan-mistakes\.[a-z-]+\.docx › Table 1: Total quota 84/m);
  });

  it("names the cells in its messages by row and column, as Word shows them, never by an address Word does not show", async () => {
    const vi = await ptdv(REPO, ["check", file]);
    const en = await ptdv(REPO, ["check", file, "--lang", "en"]);
    expect(vi.out).toContain('"Đảng bộ xã Ka Đơn" chưa có chỉ tiêu (ô tại dòng 8, cột 3 để trống).');
    expect(vi.out).toContain("Hãy ghi ô tại dòng 14, cột 3 theo dạng 03 (01 HS)");
    expect(en.out).toContain('"Đảng bộ xã Ka Đơn" has no quota (the cell at row 8, column 3 is blank).');
    const json = JSON.parse((await ptdv(REPO, ["check", file, "--json"])).out) as { findings: Array<{ message: string }> };
    const messages = [vi.out, en.out, ...json.findings.map((f) => f.message)].join("\n");
    expect(messages.match(/\b(ô|cell) [A-Z]{1,3}\d+/g)).toBeNull();
  });
});

describe.each(PROGRAMS)("a .docx plan whose name column spans two grid columns (%s)", (program) => {
  const file = path.join(FIXTURES, `seed-plan-spanned-names.${program}.docx`);

  it("counts the columns as Word shows them: the quota is the third cell of its row", async () => {
    const json = JSON.parse((await ptdv(REPO, ["check", file, "--json"])).out) as { findings: Array<{ code: string; cell: string; message: string }> };
    const missing = json.findings.filter((f) => f.code === "QUOTA_MISSING");
    expect(missing.map((f) => f.cell)).toEqual(["Bảng 1, dòng 8", "Bảng 1, dòng 10"]);
    expect(missing.map((f) => f.message.slice(0, f.message.indexOf(")") + 1))).toEqual([
      '"Đảng bộ xã Ka Đơn" chưa có chỉ tiêu (ô tại dòng 8, cột 3 để trống)',
      '"Đảng bộ xã Lạc Xuân" chưa có chỉ tiêu (ô tại dòng 10, cột 3 để trống)',
    ]);
  });

  it("lists the rows of a grouped note, never the grid's addresses", async () => {
    const vi = await ptdv(REPO, ["check", file]);
    expect(vi.out).toMatch(/^ {2}✗ Bảng 1, dòng 8, 10 {2}2 ô chỉ tiêu để trống: dòng 8, 10 — .*\[QUOTA_MISSING\]$/m);
    const en = await ptdv(REPO, ["check", file, "--lang", "en"]);
    expect(en.out).toMatch(/^ {2}✗ Table 1, rows 8, 10 {2}2 quota cells are blank: rows 8, 10 — .*\[QUOTA_MISSING\]$/m);
  });
});

describe("a .docx plan whose total row starts with an empty cell", () => {
  it("counts the empty cell along its row: the total is the third cell Word shows", async () => {
    const file = path.join(REPO, "test", "browser", "fixtures", "plan-blank-quotas.python-docx.docx");
    const r = await ptdv(REPO, ["check", file]);
    expect(r.out).toContain("Dòng tổng của bảng (ô tại dòng 18, cột 3) ghi 100");
  });
});

describe("a damaged Word plan", () => {
  it("is FILE_CORRUPT with advice made in Word, not in Excel", async () => {
    const dir = tempDir("docx-cut");
    const file = path.join(dir, "ke-hoach.docx");
    const whole = fs.readFileSync(path.join(FIXTURES, "seed-plan.python-docx.docx"));
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await ptdv(REPO, ["check", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mở bằng Word \(Word sẽ đề nghị sửa tệp\) rồi lưu lại thành \.docx\. \[FILE_CORRUPT\]\n$/);
  });
});

describe("naming a table of a Word plan", () => {
  const file = path.join(FIXTURES, "seed-plan-header-table.python-docx.docx");

  it("takes back the English name it shows: --sheet \"Table 2\" is Bảng 2", async () => {
    const r = await ptdv(REPO, ["check", file, "--sheet", "Table 2", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^seed-plan-header-table\.python-docx\.docx › Table 2: Total quota 91 /m);
  });

  it("speaks of the document's tables, not of sheets, when the table named holds no allocation", async () => {
    const vi = await ptdv(REPO, ["check", file, "--sheet", "Bảng 1"]);
    expect(vi.out).toContain('Không tìm thấy bảng phân bổ chỉ tiêu trong bảng "Bảng 1".');
    expect(vi.out).toContain("hoặc chọn đúng bảng.");
    const missing = await ptdv(REPO, ["check", file, "--sheet", "Table 7", "--lang", "en"]);
    expect([missing.code, missing.err]).toEqual([2, 'ptdv check: There is no table named "Bảng 7" in the document. Tables present: "Bảng 1", "Bảng 2".\n']);
  });

  it("names the table in the run's language when consolidate or probation stops on it", async () => {
    const reports = path.join(REPO, "test", "fixtures", "reports", "log-2025.xlsx");
    for (const command of [["consolidate", "--month", "2025-05"], ["probation", "--as-of", "2025-12-31"]]) {
      const r = await ptdv(REPO, [...command, "--allocation", file, "--sheet", "Table 1", reports, "--lang", "en"]);
      expect(r.code).toBe(1); // as check: a table not found is an error finding, not an unreadable file
      expect(r.err).toContain("TABLE_NOT_FOUND (seed-plan-header-table.python-docx.docx › Table 1): No allocation table found in table \"Bảng 1\".");
    }
  });
});

describe("which reader a file gets", () => {
  it("finds the allocation table after a letterhead table: Bảng 2", async () => {
    const json = JSON.parse((await ptdv(REPO, ["check", path.join(FIXTURES, "seed-plan-header-table.libreoffice.docx"), "--json"])).out);
    expect(json).toMatchObject({ sheet: "Bảng 2", target: 88, totals: { quota: 91 } });
    // --sheet names a table as it names a sheet; the letterhead holds no allocation table.
    const letterhead = await ptdv(REPO, ["check", path.join(FIXTURES, "seed-plan-header-table.libreoffice.docx"), "--sheet", "Bảng 1", "--json"]);
    expect([letterhead.code, JSON.parse(letterhead.out).findings.map((f: { code: string }) => f.code)]).toEqual([1, ["TABLE_NOT_FOUND"]]);
  });

  it("reads a .docx by its bytes whatever its extension, and a workbook named .docx as a workbook", async () => {
    const dir = tempDir("docx-ext");
    fs.copyFileSync(path.join(FIXTURES, "seed-plan.python-docx.docx"), path.join(dir, "ke-hoach.xlsx"));
    fs.copyFileSync(path.join(REPO, "test", "fixtures", "allocation", "seed-text.xlsx"), path.join(dir, "bang.docx"));
    expect(JSON.parse((await ptdv(dir, ["check", "ke-hoach.xlsx", "--json"])).out)).toMatchObject({ sheet: "Bảng 1", target: 88 });
    expect(JSON.parse((await ptdv(dir, ["check", "bang.docx", "--json"])).out)).toMatchObject({ sheet: "Phụ lục", totals: { quota: 91 } });
  });

  it("refuses a legacy .doc with exit 2 and the advice to save as .docx; --json still one object", async () => {
    const r = await ptdv(REPO, ["check", path.join(FIXTURES, "seed-plan.libreoffice.doc"), "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).findings).toEqual([expect.objectContaining({ code: "FILE_UNSUPPORTED_DOC", cell: null })]);
    expect(r.err).toMatch(/Lưu thành \(Save As\) kiểu “Tài liệu Word \(\*\.docx\)”.*\[FILE_UNSUPPORTED_DOC\]/);
  });
});
