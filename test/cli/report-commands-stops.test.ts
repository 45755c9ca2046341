/**
 * consolidate and probation when they cannot go on: --json still prints one object, each stop line
 * names the option, the file and the code, exit statuses are those of check, --settings errors say
 * the command stopped, and an output a later run would read back from an input folder is refused.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ALLOCATION_2025, REPO, REPORT_FIXTURES, ptdv, tempDir } from "./helpers";

const HOSTILE = path.join(REPO, "test", "fixtures", "hostile");
const NO_TABLE = path.join(REPO, "test", "fixtures", "allocation", "table-not-found.xlsx");
const LOG = path.join(REPORT_FIXTURES, "log-2025.xlsx");
const CONSOLIDATION_KEYS = ["period", "target", "organizations", "others", "totals", "missing", "findings", "branches", "register"];

type Json = Record<string, unknown> & { findings: Array<{ code: string; source: string }> };

const consolidate = (cwd: string, allocation: string, ...rest: string[]) => ptdv(cwd, ["consolidate", "--allocation", allocation, "--month", "2025-06", ...rest]);
const probation = (cwd: string, allocation: string, ...rest: string[]) => ptdv(cwd, ["probation", "--allocation", allocation, "--as-of", "2026-01-01", ...rest]);

describe("an allocation that cannot be used", () => {
  const dir = tempDir("stops");
  const unreadable: Array<[string, string, string]> = [
    ["an empty file", path.join(HOSTILE, "empty.xlsx"), "FILE_EMPTY"],
    ["a truncated file", path.join(HOSTILE, "truncated.xlsx"), "FILE_CORRUPT"],
    ["a password-protected file", path.join(HOSTILE, "password-protected.xlsx"), "FILE_ENCRYPTED"],
    ["a missing path", path.join(dir, "missing.xlsx"), "FILE_NOT_FOUND"],
  ];

  it.each(unreadable)("consolidate --json prints one object for %s, exit 2, and the stop line names file and code", async (_what, file, code) => {
    const r = await consolidate(dir, file, "--target", "1500", "--json", LOG);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as Json;
    expect(Object.keys(json)).toEqual(CONSOLIDATION_KEYS);
    expect(json).toMatchObject({ period: "2025-06", target: 1500, organizations: [], others: [], missing: [] });
    expect(json.findings).toEqual([expect.objectContaining({ code, source: path.basename(file) })]);
    expect(r.err).toContain(`--allocation ${file}: `);
    expect(r.err).toContain(`[${code}]`);
  });

  it.each(unreadable)("probation --json prints one object for %s, exit 2", async (_what, file, code) => {
    const r = await probation(dir, file, "--json", LOG);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as Json;
    expect(json).toEqual({ asOf: "2026-01-01", windowDays: 60, members: [], findings: [expect.objectContaining({ code, source: path.basename(file) })] });
    expect(r.err).toMatch(new RegExp(`--allocation .*${path.basename(file)}: .*\\[${code}\\]`));
  });

  it("prints the table's findings as JSON and exits 1 when no table is found, as check does", async () => {
    const check = await ptdv(dir, ["check", "--json", NO_TABLE]);
    const c = await consolidate(dir, NO_TABLE, "--json", LOG);
    const p = await probation(dir, NO_TABLE, "--json", LOG);
    expect([check.code, c.code, p.code]).toEqual([1, 1, 1]);
    expect((JSON.parse(c.out) as Json).findings.map((f) => f.code)).toEqual(["TABLE_NOT_FOUND"]);
    expect((JSON.parse(p.out) as Json).findings.map((f) => f.code)).toEqual(["TABLE_NOT_FOUND"]);
  });

  it("stops template the same way: the finding with its code on stderr, exit 1, nothing written", async () => {
    const out = path.join(dir, "templates-no-table");
    const r = await ptdv(dir, ["template", "--allocation", NO_TABLE, "--out-dir", out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[LỖI\] TABLE_NOT_FOUND \(table-not-found\.xlsx › Công văn\): Không tìm thấy bảng phân bổ/);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
    const wrongSheet = await ptdv(dir, ["template", "--allocation", NO_TABLE, "--sheet", "Không có", "--out-dir", out]);
    expect(wrongSheet.code).toBe(2);
  });

  it("prints nothing on stdout without --json, the reason on stderr", async () => {
    const r = await consolidate(dir, path.join(HOSTILE, "empty.xlsx"), LOG);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^ptdv consolidate: --allocation .*empty\.xlsx: Tệp rỗng.*\[FILE_EMPTY\]\n$/);
  });

  it("names the aliases file and its code when it cannot be read, with the JSON object", async () => {
    const docx = path.join(dir, "aliases.docx");
    fs.writeFileSync(docx, "");
    const r = await consolidate(dir, ALLOCATION_2025, "--aliases", docx, "--json", LOG);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--aliases .*aliases\.docx: .*\[FILE_EMPTY\]/);
    expect((JSON.parse(r.out) as Json).findings.map((f) => f.code)).toEqual(["FILE_EMPTY"]);
  });
});

describe("inputs and settings that stop the run", () => {
  const dir = tempDir("stops-args");

  it("says FILE_NOT_FOUND for a missing input", async () => {
    const r = await probation(dir, ALLOCATION_2025, "missing.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("không tìm thấy đầu vào: missing.xlsx [FILE_NOT_FOUND]");
  });

  it.each([
    ["not JSON", "{bad", "SETTINGS_NOT_JSON"],
    ["not an object", "[]", "SETTINGS_NOT_OBJECT"],
    ["a field of the wrong type", '{"place": 5}', "SETTINGS_FIELD_INVALID"],
  ])("gives the code of a settings file that is %s and says the command stopped", async (_what, text, code) => {
    const file = path.join(dir, `${code}.json`);
    fs.writeFileSync(file, text);
    const vi = await consolidate(dir, ALLOCATION_2025, "--settings", file, LOG);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain(`[${code}]`);
    expect(vi.err).toContain("Lệnh đã dừng, không ghi tệp nào");
    expect(vi.err).not.toContain("mặc định");
    const en = await consolidate(dir, ALLOCATION_2025, "--settings", file, "--lang", "en", LOG);
    expect(en.err).toContain("The command stopped and wrote nothing");
    expect(en.err).not.toContain("default");
  });
});

describe("probation's text findings", () => {
  it("name the file before the sheet and cell", async () => {
    const dir = tempDir("probation-place");
    const header = "STT,Tổ chức cơ sở đảng,Chi bộ,Họ và tên,Ngày sinh,Ngày kết nạp,Ngày công nhận chính thức";
    fs.writeFileSync(path.join(dir, "reg.csv"), `${header}\n1,Đảng bộ xã Ka Đô,Chi bộ thôn 1,Nguyễn Văn A,01/01/1990,31/02/2025,\n`);
    const r = await ptdv(dir, ["probation", "--allocation", ALLOCATION_2025, "--as-of", "2026-01-20", "reg.csv"]);
    expect(r.out).toMatch(/✗ reg\.csv › reg!F2 {2}Ngày kết nạp "31\/02\/2025".*\[MEMBER_DATE_INVALID\]/);
  });
});

describe("a special file named like a report inside an input folder", () => {
  it("is named as FILE_NOT_REGULAR, never read (a FIFO would block), and the folder's reports are still read", async () => {
    const dir = tempDir("fifo-in-folder");
    fs.mkdirSync(path.join(dir, "inp"));
    fs.copyFileSync(LOG, path.join(dir, "inp", "log.xlsx"));
    execFileSync("mkfifo", [path.join(dir, "inp", "r.xlsx")]);
    const r = await consolidate(dir, ALLOCATION_2025, "--json", "inp");
    const json = JSON.parse(r.out) as Json & { totals: { admittedToDate: number } };
    expect(json.findings.filter((f) => f.code === "FILE_NOT_REGULAR").map((f) => f.source)).toEqual(["r.xlsx"]);
    expect(json.totals.admittedToDate).toBe(17);
  });
});

describe("an output whose name says another kind of file", () => {
  it("is refused with OUTPUT_WRONG_EXTENSION and nothing is written: a workbook is .xlsx, a Word report .docx", async () => {
    const dir = tempDir("out-extension");
    const csv = await consolidate(dir, ALLOCATION_2025, "--out", "ket-qua.csv", LOG);
    expect([csv.code, csv.err.split("\n")[0]]).toEqual([2, "ptdv consolidate: --out ket-qua.csv: tệp kết quả là một sổ làm việc Excel, tên tệp phải kết thúc bằng .xlsx (ví dụ ket-qua.xlsx). [OUTPUT_WRONG_EXTENSION]"]);
    const word = await consolidate(dir, ALLOCATION_2025, "--docx", "bao-cao.xlsx", "--lang", "en", LOG);
    expect(word.code).toBe(2);
    expect(word.err).toContain("--docx bao-cao.xlsx: the output is a Word document, so its name must end in .docx (e.g. bao-cao.docx). [OUTPUT_WRONG_EXTENSION]");
    const bare = await probation(dir, ALLOCATION_2025, "--out", "den-han", LOG);
    expect([bare.code, bare.err.includes("(ví dụ den-han.xlsx)")]).toEqual([2, true]);
    expect(fs.readdirSync(dir)).toEqual([]);
    const upper = await consolidate(dir, ALLOCATION_2025, "--out", "KET-QUA.XLSX", LOG);
    expect(upper.code).not.toBe(2);
  });
});

describe("an output inside an input folder", () => {
  it("is refused when the next run over the folder would read it, and nothing is written", async () => {
    const dir = tempDir("out-in-input");
    fs.mkdirSync(path.join(dir, "inp", "sub"), { recursive: true });
    fs.copyFileSync(LOG, path.join(dir, "inp", "log.xlsx"));
    const c = await consolidate(dir, ALLOCATION_2025, "--out", "inp/result.xlsx", "inp");
    expect(c.code).toBe(2);
    expect(c.err).toContain("--out inp/result.xlsx nằm trong thư mục đầu vào inp");
    expect(c.err).toContain("[OUTPUT_IN_INPUT_FOLDER]");
    const p = await probation(dir, ALLOCATION_2025, "--out", "inp/sub/due.xlsx", "inp");
    expect(p.code).toBe(2);
    expect(p.err).toContain("[OUTPUT_IN_INPUT_FOLDER]");
    expect(fs.readdirSync(path.join(dir, "inp")).sort()).toEqual(["log.xlsx", "sub"]);
    // The figures of a second run are those of the first.
    const once = await consolidate(dir, ALLOCATION_2025, "--json", "inp");
    expect((JSON.parse(once.out) as { totals: { admittedToDate: number } }).totals.admittedToDate).toBe(17);
  });

  it("is written when no run reads it: a Word report, a hidden name, a folder whose files are named one by one", async () => {
    const dir = tempDir("out-beside-input");
    fs.mkdirSync(path.join(dir, "inp"));
    fs.copyFileSync(LOG, path.join(dir, "inp", "log.xlsx"));
    // The log's own findings make the exit 1; what matters is that the outputs were not refused (2).
    const docx = await consolidate(dir, ALLOCATION_2025, "--docx", "inp/report.docx", "inp");
    expect([docx.code, docx.err]).toEqual([1, ""]);
    const hidden = await consolidate(dir, ALLOCATION_2025, "--out", "inp/.result.xlsx", "inp");
    expect([hidden.code, hidden.err]).toEqual([1, ""]);
    const beside = await consolidate(dir, ALLOCATION_2025, "--out", "inp/result.xlsx", "inp/log.xlsx");
    expect([beside.code, beside.err]).toEqual([1, ""]);
    expect(fs.readdirSync(path.join(dir, "inp")).sort()).toEqual([".result.xlsx", "log.xlsx", "report.docx", "result.xlsx"]);
    fs.rmSync(path.join(dir, "inp", "result.xlsx"));
    const again = await consolidate(dir, ALLOCATION_2025, "--json", "inp");
    expect((JSON.parse(again.out) as { totals: { admittedToDate: number } }).totals.admittedToDate).toBe(17);
  });
});
