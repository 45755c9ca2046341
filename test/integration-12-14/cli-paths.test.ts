/**
 * The other command-line paths of issues #12 and #14: `check` on an allocation per chi bộ, chi bộ
 * lists and allocations with members as consolidate inputs, the template's list validations as
 * openpyxl sees them, `--branch-sheet`, and `ptdv probation` at its boundaries.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/cli";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { captureIo, python, tempDir } from "../reports/cli-helpers";
import { FIXTURES } from "../reports/helpers";

const BRANCH_FIXTURES = path.join(__dirname, "..", "branches", "fixtures");
const PER_CHI_BO = path.join(BRANCH_FIXTURES, "phan-bo-chi-bo-xa-ka-do-2025.xlsx");
const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");

async function run(dir: string, argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const c = captureIo(dir);
  const code = await main(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("ptdv check on an allocation per chi bộ (a members column)", () => {
  const dir = tempDir("integ-check");

  it("reports each goal-kind chi bộ under 10 members and the share meeting the goal, in text and JSON", async () => {
    const text = await run(dir, ["check", PER_CHI_BO]);
    expect(text.out).toContain("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/4 (75,0%)");
    expect(text.out).toContain("Chi bộ thôn Ka Đô Cũ");
    const json = await run(dir, ["check", PER_CHI_BO, "--json"]);
    const j = JSON.parse(json.out) as { branches: unknown; findings: Array<{ code: string; severity: string; cell: string | null }> };
    expect(j.branches).toEqual({ goalKinds: 4, atLeastMin: 3, percent: 75, minMembers: 10 });
    // The military chi bộ has 7 members but is not of a goal kind.
    expect(j.findings.filter((f) => f.code === "BRANCH_UNDER_10")).toEqual([{ code: "BRANCH_UNDER_10", severity: "info", cell: "B6", message: expect.stringContaining("Ka Đô Cũ") }]);
    expect(json.code).toBe(0);
  });

  it("follows --branch-min-members and keeps the finding's code", async () => {
    const j = JSON.parse((await run(dir, ["check", PER_CHI_BO, "--json", "--branch-min-members", "16"])).out) as { branches: unknown; findings: Array<{ code: string }> };
    expect(j.branches).toEqual({ goalKinds: 4, atLeastMin: 2, percent: 50, minMembers: 16 });
    expect(j.findings.filter((f) => f.code === "BRANCH_UNDER_10")).toHaveLength(2);
  });

  it("adds nothing to an allocation without a members column", async () => {
    const j = JSON.parse((await run(dir, ["check", ALLOCATION, "--json"])).out) as Record<string, unknown>;
    expect(j).not.toHaveProperty("branches");
    expect((await run(dir, ["check", ALLOCATION])).out).not.toContain("Chi bộ thôn, tổ dân phố");
  });
});

describe("chi bộ lists and allocations with members as consolidate inputs", () => {
  const dir = tempDir("integ-lists");
  const expected = JSON.parse(fs.readFileSync(path.join(BRANCH_FIXTURES, "expected.json"), "utf8")) as { branches: Record<string, unknown> };

  it.each(["danh-sach-chi-bo-2025.xlsx", "danh-sach-chi-bo-2025.csv"])("reads %s (several TCCSĐ in one table) with the same counts and lists as the engine's fixture", async (file) => {
    const r = await run(dir, ["consolidate", "--allocation", ALLOCATION, "--month", "2025-05", "--json", path.join(BRANCH_FIXTURES, file)]);
    const j = JSON.parse(r.out) as ConsolidationJson;
    const { notReported: _ignored, ...rest } = expected.branches;
    expect({ ...j.branches, notReported: undefined }).toEqual({ ...rest, notReported: undefined });
    // Without report templates nobody was asked for a "Chi bộ" sheet.
    expect(j.branches.notReported).toEqual([]);
    expect(j.findings.filter((f) => f.code === "SUBMISSION_UNRECOGNISED")).toEqual([]);
  });

  it("takes an allocation per chi bộ as the chi bộ of the TCCSĐ its title names", async () => {
    const r = await run(dir, ["consolidate", "--allocation", ALLOCATION, "--month", "2025-05", "--json", "--branch-years", "2", PER_CHI_BO]);
    const j = JSON.parse(r.out) as ConsolidationJson;
    expect({ reported: j.branches.reported, goalKinds: j.branches.goalKinds, atLeastMin: j.branches.atLeastMin }).toEqual({ reported: 5, goalKinds: 4, atLeastMin: 3 });
    expect(j.branches.under).toEqual([{ organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ thôn Ka Đô Cũ", kind: "village", members: 9 }]);
    // An allocation says nothing about admissions: no chi bộ is listed for having none.
    expect(j.branches.noAdmission).toEqual([]);
  });

  it("counts chi bộ from the consolidation's own allocation when it has members", async () => {
    const r = await run(dir, ["consolidate", "--allocation", PER_CHI_BO, "--month", "2025-05", "--json", path.join(BRANCH_FIXTURES, "danh-sach-chi-bo-2025.csv")]);
    const j = JSON.parse(r.out) as ConsolidationJson;
    expect(j.branches.under.filter((u) => u.organization === "ĐẢNG BỘ XÃ KA ĐÔ").map((u) => u.branch)).toEqual(["Chi bộ thôn Ka Đô Cũ"]);
  });
});

describe("templates: the Chi bộ sheet's lists and --branch-sheet", () => {
  const dir = tempDir("integ-templates");

  it("writes the Loại and Còn nguồn drop-downs as inline lists and the year as a bounded whole number", async () => {
    expect((await run(dir, ["template", "--allocation", ALLOCATION, "--out-dir", "auto", "--year", "2025"])).code).toBe(0);
    const file = path.join(dir, "auto", fs.readdirSync(path.join(dir, "auto")).find((f) => f.startsWith("05 - "))!);
    const seen = JSON.parse(
      python(
        [
          "import sys, json, openpyxl",
          "ws = openpyxl.load_workbook(sys.argv[1])['Chi bộ']",
          "print(json.dumps([(d.type, d.formula1, d.formula2, str(d.sqref)) for d in ws.data_validations.dataValidation], ensure_ascii=False))",
        ].join("\n"),
        [file],
      ),
    ) as Array<[string, string | null, string | null, string]>;
    expect(seen).toContainEqual(["list", '"thôn/ấp/bản,tổ dân phố/khu phố,trường học,cơ quan - đơn vị,doanh nghiệp,lực lượng vũ trang,khác"', null, expect.stringMatching(/^C7:C\d+$/)]);
    expect(seen).toContainEqual(["list", '"Có,Không"', null, expect.stringMatching(/^G7:G\d+$/)]);
    expect(seen).toContainEqual(["whole", "1930", "2025", expect.stringMatching(/^F7:F\d+$/)]);
  });

  it("adds the sheet to every template with always and to none with never", async () => {
    for (const [mode, schoolHas, communeHas] of [["always", true, true], ["never", false, false]] as const) {
      expect((await run(dir, ["template", "--allocation", ALLOCATION, "--out-dir", mode, "--year", "2025", "--branch-sheet", mode])).code).toBe(0);
      const names = (prefix: string) => {
        const f = fs.readdirSync(path.join(dir, mode)).find((n) => n.startsWith(`${prefix} - `))!;
        return JSON.parse(python("import sys, json, openpyxl\nprint(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames, ensure_ascii=False))", [path.join(dir, mode, f)])) as string[];
      };
      expect(names("11").includes("Chi bộ")).toBe(schoolHas);
      expect(names("05").includes("Chi bộ")).toBe(communeHas);
      expect(names("11")).toContain("Danh sách kết nạp");
    }
    expect((await run(dir, ["template", "--allocation", ALLOCATION, "--out-dir", "x", "--branch-sheet", "sometimes"])).code).toBe(2);
  });
});

describe("ptdv probation", () => {
  const dir = tempDir("integ-probation");
  const register = path.join(dir, "dskn.csv");
  fs.writeFileSync(
    register,
    [
      "Tổ chức cơ sở đảng,Chi bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Tôn giáo,Ngày kết nạp,Ngày công nhận chính thức",
      "xã Ka Đô,Chi bộ thôn Ka Đô Mới 1,Nguyễn Văn Đúng Hạn,01/01/1990,Nam,Kinh,Không,20/5/2025,",
      "xã Ka Đô,Chi bộ thôn Ka Đô Mới 1,Trần Thị Sáu Mươi,02/02/1991,Nữ,Kinh,Không,19/7/2025,",
      "xã Ka Đô,Chi bộ thôn Ka Đô Mới 1,Lê Văn Sáu Mốt,03/03/1992,Nam,Kinh,Không,20/7/2025,",
      "Đảng bộ xã Lạc Lâm,Chi bộ thôn Đồng Thạnh,Phạm Thị Nhuận,04/04/1993,Nữ,K'Ho,Không,29/02/2024,",
      "Đảng bộ xã Lạc Lâm,Chi bộ thôn Đồng Thạnh,Hoàng Văn Đã Công Nhận,05/05/1994,Nam,Kinh,Không,01/3/2025,02/3/2026",
      "Đảng bộ xã Lạc Lâm,Chi bộ thôn Đồng Thạnh,Đỗ Thị Quá Một Ngày,06/06/1995,Nữ,Kinh,Không,19/5/2025,",
      "Đảng bộ xã Lạc Lâm,Chi bộ Cơ quan UBND xã,Vũ Văn Nhuận Một,07/07/1980,Nam,Kinh,Không,01/3/2023,",
      "Đảng bộ xã Lạc Lâm,Chi bộ Cơ quan UBND xã,Vũ Văn Nhuận Hai,08/08/1981,Nam,Kinh,Không,02/3/2023,",
    ].join("\n"),
  );
  type Member = { organization: string; chiBo: string; name: string; admitted: string; ends: string; daysLeft: number; status: string; source: string };
  const members = async (asOf: string): Promise<Member[]> => {
    const r = await run(dir, ["probation", "--allocation", ALLOCATION, "--as-of", asOf, "--json", register]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.out) as { members: Member[] }).members;
  };

  it("lists the end day itself and the 60th day, not the 61st; overdue until recognition is recorded; groups under the allocation's names", async () => {
    const list = await members("2026-05-20");
    const byName = new Map(list.map((m) => [m.name, m]));
    expect(byName.get("Nguyễn Văn Đúng Hạn")).toEqual({ organization: "Đảng bộ xã Ka Đô", chiBo: "Chi bộ thôn Ka Đô Mới 1", name: "Nguyễn Văn Đúng Hạn", admitted: "2025-05-20", ends: "2026-05-20", daysLeft: 0, status: "due", source: "dskn.csv › dskn › C2" });
    expect(byName.get("Trần Thị Sáu Mươi")).toMatchObject({ ends: "2026-07-19", daysLeft: 60, status: "due" });
    expect(byName.has("Lê Văn Sáu Mốt")).toBe(false);
    expect(byName.get("Đỗ Thị Quá Một Ngày")).toMatchObject({ ends: "2026-05-19", daysLeft: -1, status: "overdue" });
    // Admitted on 29 February: probation ends on 28 February of the common year that follows.
    expect(byName.get("Phạm Thị Nhuận")).toMatchObject({ ends: "2025-02-28", status: "overdue" });
    expect(byName.has("Hoàng Văn Đã Công Nhận")).toBe(false);
  });

  it("counts 29 February in the window of a leap year (day 366 of the probation)", async () => {
    const list = await members("2024-01-01");
    const byName = new Map(list.map((m) => [m.name, m]));
    // 1 March 2023 + 12 months = 1 March 2024, 60 days after 1 January 2024 because of 29 February.
    expect(byName.get("Vũ Văn Nhuận Một")).toMatchObject({ ends: "2024-03-01", daysLeft: 60, status: "due" });
    expect(byName.has("Vũ Văn Nhuận Hai")).toBe(false);
  });

  it("prints the list by chi bộ as text, and writes the sheet \"Dự bị đến hạn\" with --out under consolidate's rules", async () => {
    const text = await run(dir, ["probation", "--allocation", ALLOCATION, "--as-of", "2026-05-20", register]);
    expect(text.out).toContain("Đảng bộ xã Ka Đô › Chi bộ thôn Ka Đô Mới 1");
    expect(text.out).toContain("Nguyễn Văn Đúng Hạn — kết nạp 20/05/2025, hết dự bị 20/05/2026 (còn 0 ngày)");
    const out = path.join(dir, "du-bi.xlsx");
    expect((await run(dir, ["probation", "--allocation", ALLOCATION, "--as-of", "2026-05-20", "--out", out, register])).code).toBe(0);
    const seen = JSON.parse(python("import sys, json, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(json.dumps({'names': wb.sheetnames, 'cells': [c for r in wb.worksheets[0].iter_rows(values_only=True) for c in r if c is not None]}, default=str, ensure_ascii=False))", [out])) as { names: string[]; cells: string[] };
    expect(seen.names).toEqual(["Dự bị đến hạn"]);
    expect(seen.cells).toContain("Trần Thị Sáu Mươi");
    expect(seen.cells).toContain("2026-07-19 00:00:00");
    const again = await run(dir, ["probation", "--allocation", ALLOCATION, "--as-of", "2026-05-20", "--out", out, register]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect((await run(dir, ["probation", "--allocation", ALLOCATION, "--as-of", "2026-05-20", "--out", register, register])).code).toBe(2);
    expect((await run(dir, ["probation", "--allocation", ALLOCATION, "--as-of", "2026-05-20", "--out", out, "--force", register])).code).toBe(0);
  });

  it("refuses an impossible date and a missing --as-of with exit status 2", async () => {
    for (const argv of [["--as-of", "2026-02-30"], ["--as-of", "20/5/2026"], []]) {
      const r = await run(dir, ["probation", "--allocation", ALLOCATION, ...argv, register]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--as-of");
    }
  });
});
