/**
 * The plan as a Word document (.docx) serves `consolidate --allocation` and `template --allocation` as
 * it serves `check`: the same table gives the same progress and the same templates as its workbook,
 * the plan's own target and year are read from its paragraphs, and what the findings say about the
 * plan is placed at the table's rows ("Bảng 1 › dòng 8"), a Word table having no A1 cells.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/cli";
import { displayText } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { captureIo } from "../reports/cli-helpers";

const REPO = path.resolve(__dirname, "..", "..");
const WORD_PLAN = path.join(REPO, "test", "docx", "fixtures", "seed-plan.python-docx.docx");
const WORD_PLAN_MISTAKES = path.join(REPO, "test", "docx", "fixtures", "seed-plan-mistakes.python-docx.docx");
/** The same fifteen organisations and quotas as the Word plan, in a workbook that states no target. */
const WORKBOOK_PLAN = path.join(REPO, "test", "fixtures", "allocation", "seed-numbers-00.xlsx");
const REPORTS = path.join(REPO, "test", "fixtures", "reports");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-word-plan-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = captureIo(REPO);
  const code = await main(argv, captured.io);
  return { code, out: captured.out(), err: captured.err() };
}

type Progress = { organizations: unknown[]; totals: Record<string, number | null>; findings: Array<{ code: string; source: string }> };

async function consolidate(plan: string, ...more: string[]): Promise<Progress> {
  const r = await run("consolidate", "--allocation", plan, "--month", "2025-05", "--json", ...more, REPORTS);
  expect(r.err).toBe("");
  return JSON.parse(r.out) as Progress;
}

describe("the findings sheet of a consolidation against a Word plan", () => {
  test("lists a grouped note's rows as one list, as Word shows them: 'dòng 8, 10', 'rows 8, 10'", async () => {
    const plan = path.join(REPO, "test", "browser", "fixtures", "plan-blank-quotas.python-docx.docx");
    for (const [lang, place, note] of [
      ["vi", "Bảng 1 › dòng 8, 10", "2 ô chỉ tiêu để trống: dòng 8, 10 —"],
      ["en", "Table 1 › rows 8, 10", "2 quota cells are blank: rows 8, 10 —"],
    ] as const) {
      const out = path.join(dir, `findings-${lang}.xlsx`);
      await run("consolidate", "--allocation", plan, "--month", "2025-05", "--lang", lang, "--out", out, REPORTS);
      const book = await readWorkbookFile(out);
      if (!book.ok) throw new Error(book.problem.message.en);
      const sheet = book.grids.find((g) => g.name.startsWith("Kiểm tra"));
      const texts = (sheet?.rows ?? []).flatMap((row) => row.map((c) => (c === undefined ? "" : displayText(c))));
      expect(texts.some((s) => s.endsWith(place))).toBe(true);
      expect(texts.some((s) => s.startsWith(note))).toBe(true);
    }
  });
});

describe("ptdv consolidate --allocation <Word plan>", () => {
  test("gives the progress the same table gives from a workbook, against the target its paragraphs state", async () => {
    const fromWord = await consolidate(WORD_PLAN);
    const fromWorkbook = await consolidate(WORKBOOK_PLAN);
    expect(fromWord.organizations).toEqual(fromWorkbook.organizations);
    expect(fromWord.totals).toEqual({ ...fromWorkbook.totals, percentOfTarget: 22.7, remainingToTarget: 68 });
    expect(fromWorkbook.totals).toMatchObject({ quota: 91, admittedToDate: 20, percentOfTarget: null });
  });

  test("places the findings about the plan at its table's rows, in the language asked", async () => {
    const vi = await consolidate(WORD_PLAN_MISTAKES);
    const en = await consolidate(WORD_PLAN_MISTAKES, "--lang", "en");
    const where = (p: Progress, code: string): string[] => p.findings.filter((f) => f.code === code).map((f) => f.source);
    expect(where(vi, "QUOTA_MISSING")).toEqual(["seed-plan-mistakes.python-docx.docx › Bảng 1 › dòng 8"]);
    expect(where(en, "QUOTA_MISSING")).toEqual(["seed-plan-mistakes.python-docx.docx › Table 1 › row 8"]);
    // Findings the consolidation makes about the plan's organisations point at their rows too.
    expect(where(vi, "SUBMISSION_MISSING")).toContain("seed-plan-mistakes.python-docx.docx › Bảng 1 › dòng 3");
    // The reports' own findings keep their cells.
    expect(where(vi, "SUBMISSION_INVALID_NUMBER")).toEqual(["log-2025.xlsx › Nhật ký báo cáo › D9"]);
  });
});

test("ptdv consolidate places nothing when a report has the Word plan's file name: a report's cells must not become rows", async () => {
  // A report log saved under the plan's name (a file named on the command line is read by its bytes).
  const sameName = path.join(dir, "same-name");
  fs.mkdirSync(sameName);
  const report = path.join(sameName, path.basename(WORD_PLAN_MISTAKES));
  fs.copyFileSync(path.join(REPORTS, "log-2025.xlsx"), report);
  const r = await run("consolidate", "--allocation", WORD_PLAN_MISTAKES, "--month", "2025-05", "--json", report);
  const findings = (JSON.parse(r.out) as Progress).findings;
  const where = (code: string): string[] => findings.filter((f) => f.code === code).map((f) => f.source);
  expect(where("SUBMISSION_INVALID_NUMBER")).toEqual(["seed-plan-mistakes.python-docx.docx › Nhật ký báo cáo › D9"]);
  expect(where("QUOTA_MISSING")).toEqual(["seed-plan-mistakes.python-docx.docx › Bảng 1 › C8"]);
});

describe("ptdv template --allocation <Word plan>", () => {
  test("writes the templates the same table gives from a workbook, for the year its paragraphs state", async () => {
    const fromWord = path.join(dir, "word");
    const fromWorkbook = path.join(dir, "workbook");
    const word = await run("template", "--allocation", WORD_PLAN, "--out-dir", fromWord);
    const workbook = await run("template", "--allocation", WORKBOOK_PLAN, "--year", "2025", "--out-dir", fromWorkbook);
    expect([word.code, word.err]).toEqual([0, ""]);
    expect(workbook.code).toBe(0);
    const names = fs.readdirSync(fromWord).sort();
    expect(names).toHaveLength(15);
    expect(names[0]).toBe("01 - Đảng bộ Công an huyện - 2025.xlsx");
    expect(names).toEqual(fs.readdirSync(fromWorkbook).sort());
  });
});

describe("ptdv probation --allocation <Word plan>", () => {
  test("groups the members due under the plan's organisations as the same table in a workbook does", async () => {
    const register = path.join(dir, "dskn.csv");
    fs.writeFileSync(
      register,
      [
        "Tổ chức cơ sở đảng,Chi bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Tôn giáo,Ngày kết nạp,Ngày công nhận chính thức",
        "xã Ka Đô,Chi bộ thôn Ka Đô Mới 1,Nguyễn Văn Đúng Hạn,01/01/1990,Nam,Kinh,Không,20/5/2025,",
        "Đảng bộ xã Lạc Lâm,Chi bộ thôn Đồng Thạnh,Đỗ Thị Quá Hạn,06/06/1995,Nữ,Kinh,Không,19/5/2025,",
      ].join("\r\n"),
    );
    const members = async (plan: string): Promise<unknown> => {
      const r = await run("probation", "--allocation", plan, "--as-of", "2026-05-20", "--json", register);
      expect(r.err).toBe("");
      return (JSON.parse(r.out) as { members: unknown }).members;
    };
    const fromWord = await members(WORD_PLAN);
    expect(fromWord).toEqual(await members(WORKBOOK_PLAN));
    expect(fromWord).toEqual([
      expect.objectContaining({ organization: "Đảng bộ xã Ka Đô", name: "Nguyễn Văn Đúng Hạn", status: "due" }),
      expect.objectContaining({ organization: "Đảng bộ xã Lạc Lâm", name: "Đỗ Thị Quá Hạn", status: "overdue" }),
    ]);
  });
});
