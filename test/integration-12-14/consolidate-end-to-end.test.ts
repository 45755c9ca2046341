/**
 * Done-when of issues #12 and #14, end to end from the command line: `ptdv template` → the
 * organisations fill the "Chi bộ" sheet, the monthly rows (with "Không còn nguồn") and the register
 * with openpyxl, one file then rewritten by LibreOffice → `ptdv consolidate --json --out` → the
 * counts and lists in JSON and in the workbook (read back by openpyxl and by LibreOffice), every
 * Biểu 2 row equal to an independent count from the same persons, and no names in the workbook
 * unless --with-register.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { runTemplate } from "../../src/cli/commands/template";
import { BIEU2_ROWS } from "../../src/core";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { captureIo, python, tempDir } from "../reports/cli-helpers";
import { FIXTURES } from "../reports/helpers";
import { sofficeConvert } from "../branches/helpers";
import { describe as describePersons, generatePersons, oracle, type GenPerson } from "../register/persons";
import { fillTemplate, monthlyFrom } from "./fill";

const SEED = Number(process.env.PTDV_SEED ?? 20251205);
const KA_DO = "Đảng bộ xã Ka Đô";
const LAC_LAM = "Đảng bộ xã Lạc Lâm";
const TU_TRA = "Đảng bộ xã Tu Tra";
const MONTHS = [1, 2, 3, 4, 5];

/** Every sheet's cells as text, from openpyxl: what another program sees in the workbook. */
const DUMP = String.raw`
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[c for c in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, default=str, ensure_ascii=False))
`;
type Dump = Record<string, Array<Array<string | number | null>>>;

function dump(file: string): Dump {
  return JSON.parse(python(DUMP, [file])) as Dump;
}

function templateOf(dir: string, prefix: string): string {
  const name = fs.readdirSync(dir).find((f) => f.startsWith(`${prefix} - `));
  if (!name) throw new Error(`no template ${prefix} in ${dir}`);
  return path.join(dir, name);
}

describe("chi bộ and register: template → openpyxl / LibreOffice → consolidate", () => {
  const dir = tempDir("integ-12-14");
  const templates = path.join(dir, "templates");
  const allocation = path.join(FIXTURES, "allocation-2025.xlsx");
  const persons = generatePersons(SEED, 60, [KA_DO, LAC_LAM], 2025);
  const kaDo = persons.filter((p) => p.org === KA_DO);
  const lacLam = persons.filter((p) => p.org === LAC_LAM);
  const inPeriod = (ps: readonly GenPerson[]): GenPerson[] => ps.filter((p) => MONTHS.includes(p.admitted[1]));
  const seedNote = `seed ${SEED} (PTDV_SEED=${SEED} to rerun)`;
  let json: ConsolidationJson;
  let code: number;
  let text: string;
  const out = path.join(dir, "tong-hop.xlsx");

  beforeAll(async () => {
    const t = captureIo(dir);
    expect(await runTemplate(["--allocation", allocation, "--out-dir", "templates", "--year", "2025"], t.io)).toBe(0);

    fillTemplate(templateOf(templates, "05"), {
      monthly: monthlyFrom(kaDo, 5),
      branches: [
        ["Chi bộ thôn Ka Đô Mới 1", "thôn/ấp/bản", 24, 1, 2024, "Có"],
        ["Chi bộ thôn Ka Đô Cũ", "thôn/ấp/bản", 9, 0, 2023, "Không"],
        ["Chi bộ Trường THCS Ka Đô", "trường học", 16, 0, null, "Có"],
        ["Chi bộ Quân sự xã", "lực lượng vũ trang", 12, 0, 2015, null],
      ],
      persons: kaDo,
    });
    // Lạc Lâm reports one more admission in May than its register lists, and no candidates left in May.
    const lacLamMonthly = monthlyFrom(lacLam, 5);
    const may = lacLamMonthly[5]!;
    lacLamMonthly[5] = [may[0] + 1, may[1], may[2], may[3], may[4], may[5]];
    const lacLamFile = templateOf(templates, "07");
    fillTemplate(lacLamFile, {
      monthly: lacLamMonthly,
      noSources: { 5: "Có" },
      branches: [
        ["Chi bộ thôn Đồng Thạnh", "thôn/ấp/bản", 8, 0, 2018, "Có"],
        ["Chi bộ Cơ quan UBND xã", "cơ quan - đơn vị", 15, 0, 2021, "Không"],
        ["Chi bộ thôn Lạc Thạnh", "thôn/ấp/bản", 11, 2, 2024, "Có"],
        ["thôn Lạc Thạnh", "thôn/ấp/bản", 11, 2, 2024, "Có"],
      ],
      persons: lacLam,
    });
    // LibreOffice rewrites Lạc Lâm's file as the organisation's own office suite would save it.
    const lo = sofficeConvert(lacLamFile, "xlsx:Calc MS Excel 2007 XML", path.join(dir, "lo"));
    fs.copyFileSync(lo, lacLamFile);
    // Tu Tra sends its monthly figures and leaves the "Chi bộ" sheet blank; the school has none.
    fillTemplate(templateOf(templates, "10"), { monthly: { 1: [1, 0, 0, 0, 0, 0], 5: [0, 0, 0, 0, 0, 0] } });
    fillTemplate(templateOf(templates, "11"), { monthly: { 5: [1, 1, 1, 0, 0, 1] } });
    for (const f of fs.readdirSync(templates)) if (!/^(05|07|10|11) - /.test(f)) fs.rmSync(path.join(templates, f));

    const c = captureIo(dir);
    code = await runConsolidate(["--allocation", allocation, "--month", "2025-05", "--out", out, "--json", "--issuer", "HUYỆN ỦY ĐƠN DƯƠNG/BAN TỔ CHỨC", "--place", "Đơn Dương", "templates"], c.io);
    json = JSON.parse(c.out()) as ConsolidationJson;
    const t2 = captureIo(dir);
    await runConsolidate(["--allocation", allocation, "--month", "2025-05", "templates"], t2.io);
    text = t2.out();
  }, 300000);

  it("adds the Chi bộ sheet to communes' templates only, and the register and Không còn nguồn to all", () => {
    const commune = dump(templateOf(templates, "05"));
    const school = dump(templateOf(templates, "11"));
    expect(Object.keys(commune)).toEqual(["Báo cáo 2025", "Chi bộ", "Danh sách kết nạp"]);
    expect(Object.keys(school)).toEqual(["Báo cáo 2025", "Danh sách kết nạp"]);
    expect(school["Báo cáo 2025"]![8]).toContain("Không còn nguồn (Có/Không)");
  });

  it("counts the chi bộ goals and lists them exactly as the issue's JSON says", () => {
    expect(code).toBe(0);
    const b = json.branches;
    expect({ reported: b.reported, goalKinds: b.goalKinds, atLeastMin: b.atLeastMin }).toEqual({ reported: 7, goalKinds: 5, atLeastMin: 3 });
    expect(b.under).toEqual([
      { organization: KA_DO, branch: "Chi bộ thôn Ka Đô Cũ", kind: "village", members: 9 },
      { organization: LAC_LAM, branch: "Chi bộ thôn Đồng Thạnh", kind: "village", members: 8 },
    ]);
    // "Còn nguồn" first, then unknown, then none; within each, the sources' order.
    expect(b.noAdmission).toEqual([
      { organization: KA_DO, branch: "Chi bộ Trường THCS Ka Đô", kind: "school", lastAdmissionYear: null, hasSources: true },
      { organization: LAC_LAM, branch: "Chi bộ thôn Đồng Thạnh", kind: "village", lastAdmissionYear: 2018, hasSources: true },
      { organization: KA_DO, branch: "Chi bộ Quân sự xã", kind: "armed", lastAdmissionYear: 2015, hasSources: null },
      { organization: LAC_LAM, branch: "Chi bộ Cơ quan UBND xã", kind: "agency", lastAdmissionYear: 2021, hasSources: false },
    ]);
    expect(b.notReported).toEqual([TU_TRA]);
  });

  it("raises the chi bộ findings with their severities", () => {
    const of = (code: string) => json.findings.filter((f) => f.code === code);
    expect(of("BRANCH_UNDER_10").map((f) => f.severity)).toEqual(["info", "info"]);
    expect(of("BRANCH_NO_ADMISSION_3Y").map((f) => f.severity)).toEqual(["warning", "warning", "info", "info"]);
    expect(of("BRANCH_DUPLICATE")).toHaveLength(1);
    expect(of("BRANCH_DUPLICATE")[0]!.source).toMatch(/^07 - .* › Chi bộ › B10$/);
    expect(of("BRANCH_SHEET_MISSING").map((f) => f.message)).toEqual([expect.stringContaining(TU_TRA)]);
    expect(of("SUBMISSION_UNRECOGNISED")).toEqual([]);
  });

  it("gives the register block: persons and months of the period, and every Biểu 2 row equal to an independent count", () => {
    const expected = oracle(persons, MONTHS);
    expect(json.register.persons).toBe(inPeriod(persons).length);
    const byMonth: Record<string, number> = {};
    for (const p of inPeriod(persons)) byMonth[`2025-0${p.admitted[1]}`] = (byMonth[`2025-0${p.admitted[1]}`] ?? 0) + 1;
    expect(json.register.byMonth).toEqual(expect.objectContaining(byMonth));
    const diffs: string[] = [];
    for (const [id, value] of expected) {
      const label = BIEU2_ROWS.find((r) => r.id === id)?.label;
      const row = json.register.rows.find((r) => r.label === label);
      if (!row || row.current !== value) diffs.push(`${id}: JSON ${row?.current ?? "missing"} vs oracle ${value}`);
      if (row && row.previous !== null) diffs.push(`${id}: previous should be blank without --previous`);
    }
    if (diffs.length > 0) throw new Error(`${seedNote}\n${diffs.join("\n")}\n${describePersons(persons)}`);
  });

  it("fills section III from the monthly reports: admissions and Không còn nguồn", () => {
    const row = (label: string) => json.register.rows.filter((r) => r.label === label);
    // Đảng bộ cơ sở: the police and 9 communes and towns; of those that reported, Ka Đô, Lạc Lâm and Tu Tra admitted.
    expect(row("1. Đảng bộ cơ sở")[0]!.current).toBe(10);
    const committeesAdmitted = [kaDo, lacLam].filter((ps) => inPeriod(ps).length > 0).length + 1;
    expect(row("Trong đó: + Có kết nạp đảng viên")[0]!.current).toBe(committeesAdmitted);
    expect(row("+ Không còn quần chúng")[0]!.current).toBe(1);
    expect(row("2. Chi bộ cơ sở")[0]!.current).toBe(5);
  });

  it("flags the register against the monthly figures where they differ, and nowhere else", () => {
    const mismatches = json.findings.filter((f) => f.code === "REGISTER_COUNT_MISMATCH");
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.severity).toBe("warning");
    expect(mismatches[0]!.message).toContain(LAC_LAM);
    expect(mismatches[0]!.message).toContain("T5/2025");
  });

  it("prints the goal lines in the text output", () => {
    expect(text).toContain("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/5 (60,0%)");
    expect(text).toContain("Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2");
    expect(text).toContain(`Biểu 2-BTCTW (5 THÁNG ĐẦU NĂM 2025): ${inPeriod(persons).length}`);
  });

  it("writes the summary lines, the Chi bộ sheet and Biểu 2, and no person's name, as openpyxl reads them", () => {
    const book = dump(out);
    expect(Object.keys(book)).toEqual(["Tổng hợp T05-2025", "Theo tháng T05-2025", "Kiểm tra T05-2025", "Chi bộ T05-2025", "Biểu 2-BTCTW"].map((n) => expect.stringContaining(n.split(" ")[0]!)));
    expect(Object.keys(book)).toContain("Chi bộ T05-2025");
    expect(Object.keys(book)).toContain("Biểu 2-BTCTW");
    const progress = JSON.stringify(book[Object.keys(book)[0]!]);
    expect(progress).toContain("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/5 (60,0%)");
    const all = JSON.stringify(book);
    const named = persons.filter((p) => all.includes(p.name));
    expect(named.map((p) => p.name)).toEqual([]);
    const bieu2 = book["Biểu 2-BTCTW"]!;
    const expected = oracle(persons, MONTHS);
    const diffs: string[] = [];
    for (const [id, value] of expected) {
      const label = BIEU2_ROWS.find((r) => r.id === id)?.label ?? "";
      const row = bieu2.find((r) => typeof r[0] === "string" && r[0].trim() === label);
      const cell = row?.[1] ?? null;
      if (cell !== value) diffs.push(`${id}: sheet ${String(cell)} vs oracle ${String(value)}`);
    }
    if (diffs.length > 0) throw new Error(`${seedNote}\n${diffs.join("\n")}`);
  });

  it("opens in LibreOffice with the chi bộ lists intact", () => {
    const csvDir = path.join(dir, "csv");
    // Token 12 = -1: one CSV per sheet, named after it (so not the single file the helper checks for).
    const profile = tempDir("lo-profile");
    spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", csvDir, out], { timeout: 180000 });
    fs.rmSync(profile, { recursive: true, force: true });
    const sheet = fs.readFileSync(path.join(csvDir, "tong-hop-Chi bộ T05-2025.csv"), "utf8");
    for (const b of [...json.branches.under, ...json.branches.noAdmission]) expect(sheet).toContain(b.branch);
    expect(sheet).toContain(TU_TRA);
    const bieu2 = fs.readFileSync(path.join(csvDir, "tong-hop-Biểu 2-BTCTW.csv"), "utf8");
    expect(bieu2).toContain(`I. Tổng số đảng viên mới kết nạp,${inPeriod(persons).length}`);
  }, 240000);

  it("adds the person list only with --with-register", async () => {
    const withList = path.join(dir, "voi-danh-sach.xlsx");
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", allocation, "--month", "2025-05", "--out", withList, "--with-register", "templates"], c.io)).toBe(0);
    const book = dump(withList);
    const list = book["Danh sách kết nạp (tổng hợp)"]!;
    const names = list.map((r) => r[3]).filter((v): v is string => typeof v === "string");
    expect(names.filter((n) => n !== "Họ và tên").sort()).toEqual(inPeriod(persons).map((p) => p.name).sort());
  }, 120000);

  it("takes Biểu 2's period and last year's registers from the command line", async () => {
    const last = generatePersons(SEED + 1, 30, [KA_DO], 2024);
    const lastDir = path.join(dir, "nam-truoc");
    fs.mkdirSync(lastDir);
    const header = "Tổ chức cơ sở đảng,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Tôn giáo,Ngày kết nạp";
    const d = ([y, m, day]: [number, number, number]): string => `${day}/${m}/${y}`;
    fs.writeFileSync(path.join(lastDir, "dskn-2024.csv"), [header, ...last.map((p) => [p.org, p.name, d(p.birth), p.female ? "Nữ" : "Nam", p.ethnicity, p.religion, d(p.admitted)].join(","))].join("\n"));
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", allocation, "--month", "2025-05", "--period", "2025-Q1", "--previous", lastDir, "--json", "templates"], c.io)).toBe(0);
    const j = JSON.parse(c.out()) as ConsolidationJson;
    const q1 = [1, 2, 3];
    const total = j.register.rows.find((r) => r.label === "I. Tổng số đảng viên mới kết nạp")!;
    expect(total.current).toBe(persons.filter((p) => q1.includes(p.admitted[1])).length);
    expect(total.previous).toBe(last.filter((p) => q1.includes(p.admitted[1])).length);
    const women = j.register.rows.find((r) => r.label === "Nữ")!;
    expect(women.previous).toBe(last.filter((p) => q1.includes(p.admitted[1]) && p.female).length);
  }, 120000);

  it("refuses a --period outside the consolidated year and a bad one, with exit status 2", async () => {
    for (const bad of ["2024-Q1", "Q5/2025", "năm"]) {
      const c = captureIo(dir);
      expect(await runConsolidate(["--allocation", allocation, "--month", "2025-05", "--period", bad, "templates"], c.io)).toBe(2);
      expect(c.err()).toContain("--period");
    }
  });
});
