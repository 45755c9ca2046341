/** `ptdv` through main() in-process: the command line contract of issue 2. */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/cli";
import type { CliIo } from "../../src/cli/io";

const REPO = path.resolve(__dirname, "..", "..");
const ALLOCATION = path.join(REPO, "test", "fixtures", "allocation");
const HOSTILE = path.join(REPO, "test", "fixtures", "hostile");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: REPO };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("ptdv check", () => {
  test("the seed table with numbers formatted 00 meets the target of 88: exit 0, summary then verdict", async () => {
    const r = await run("check", path.join(ALLOCATION, "seed-numbers-00.xlsx"), "--target", "88");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Tổng chỉ tiêu 91 \(trong đó 4 học sinh\), 15 tổ chức cơ sở đảng \(kế hoạch năm 2025\)/);
    expect(r.out).toMatch(/đạt chỉ tiêu kế hoạch từ 88 trở lên \(vượt 3\)/);
    expect(r.err).toBe("");
  });

  test("--json prints exactly one object with the contract's fields", async () => {
    const r = await run("check", "test/fixtures/allocation/seed-text.xlsx", "--target=88", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    // Every field of the first contract, in its order, then the fields issue 11 added.
    expect(Object.keys(json)).toEqual(["file", "sheet", "target", "targetSource", "targetCell", "year", "totals", "organizations", "findings"]);
    expect(json).toMatchObject({
      file: "seed-text.xlsx",
      target: 88,
      targetSource: "option",
      targetCell: null,
      year: 2025,
      totals: { quota: 91, studentQuota: 4, organizations: 15, difference: 3, meetsTarget: true, quotaMax: 91, subQuotas: { HS: 4 } },
    });
    expect(Object.keys(json.totals)).toEqual(["quota", "studentQuota", "organizations", "difference", "meetsTarget", "quotaMax", "subQuotas"]);
    expect(Object.keys(json.organizations[0])).toEqual(["row", "stt", "name", "kind", "quota", "studentQuota", "quotaMax", "subQuotas"]);
    expect(json.organizations[0]).toEqual({ row: 5, stt: "01", name: "Đảng bộ Công an huyện", kind: "police", quota: 3, studentQuota: 0, quotaMax: 3, subQuotas: {} });
    expect(json.organizations[10]).toMatchObject({ quota: 3, studentQuota: 1, subQuotas: { HS: 1 } });
    // One finding per cell in JSON, however the text output groups them.
    const asText = json.findings.filter((f: { code: string }) => f.code === "QUOTA_STORED_AS_TEXT");
    expect(asText.map((f: { cell: string }) => f.cell)).toEqual(["C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "C13", "C14", "C19"]);
  });

  test("error findings give exit 1, grouped under a severity heading, in English with --lang en", async () => {
    const r = await run("check", path.join(ALLOCATION, "hs-quota-missing.xlsx"), "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Errors \(1\):\n.*C\d+.*\[HS_QUOTA_MISSING\]/);
    const json = JSON.parse((await run("check", path.join(ALLOCATION, "hs-quota-missing.xlsx"), "--json")).out);
    expect(json.findings[0]).toEqual({ code: "HS_QUOTA_MISSING", severity: "error", cell: expect.stringMatching(/^C\d+$/), message: expect.any(String) });
  });

  test("an unreadable file is exit 2 with the FILE_* message on stderr; --json still prints one object", async () => {
    const r = await run("check", path.join(HOSTILE, "password-protected.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mật khẩu.*\[FILE_ENCRYPTED\]/);
    // An .xls renamed .xlsx is read now (SheetJS); a sheet part that is not XML is still refused.
    const j = await run("check", path.join(HOSTILE, "not-xml-sheet.xlsx"), "--json", "--lang", "en");
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out).findings[0]).toMatchObject({ code: "FILE_CORRUPT", severity: "error", cell: null });
    expect(j.err).toMatch(/save it again as \.xlsx/);
  });

  test("a missing file and a missing sheet are exit 2", async () => {
    expect((await run("check", "no-such-file.xlsx")).err).toMatch(/FILE_NOT_FOUND/);
    const r = await run("check", path.join(ALLOCATION, "seed-text.xlsx"), "--sheet", "Không có");
    expect(r.code).toBe(2);
  });

  test.each([
    [["check"], /thiếu tên tệp/],
    [["check", "a.xlsx", "--traget", "88"], /không có tùy chọn --traget/],
    [["check", "a.xlsx", "--target", "abc"], /--target phải là số nguyên ≥ 0/],
    [["check", "a.xlsx", "--target"], /--target cần một giá trị/],
    [["check", "a.xlsx", "--lang", "fr"], /--lang phải là vi hoặc en/],
    [["check", "a.xlsx", "b.xlsx"], /một tệp/],
    [["chekc", "a.xlsx"], /không có lệnh "chekc"/],
    [[], /Cách dùng/],
  ])("wrong arguments %p are exit 2 with a clear message", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("--help and --version", async () => {
    const help = await run("--help", "--lang", "en");
    expect([help.code, help.out]).toEqual([0, expect.stringMatching(/ptdv check <file.xlsx\|file.csv\|file.docx>/)]);
    const v = await run("--version");
    expect(v).toEqual({ code: 0, out: `${JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")).version}\n`, err: "" });
    expect((await run("check", "--help")).code).toBe(0);
  });

  test("ptdv check speaks Vietnamese by default for a wrong option and English with --lang en", async () => {
    const vi = await run("check", "a.xlsx", "--traget", "88");
    expect(vi.code).toBe(2);
    expect(vi.err).toBe("ptdv check: không có tùy chọn --traget\nCách dùng: ptdv check <tệp.xlsx|tệp.csv|tệp.docx> [--sheet TÊN] [--target N] [--json] [--lang vi|en] [--branch-min-members N]\n");
    expect(vi.out).toBe("");
    const en = await run("check", "a.xlsx", "--traget", "88", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err).toBe("ptdv check: unknown option --traget\nUsage: ptdv check <file.xlsx|file.csv|file.docx> [--sheet NAME] [--target N] [--json] [--lang vi|en] [--branch-min-members N]\n");
    // The language of an error found after parsing follows the parsed --lang too.
    const missing = await run("check", "--lang=en");
    expect([missing.code, missing.err]).toEqual([2, expect.stringMatching(/^ptdv check: which file\?.*\nUsage: /)]);
    const help = await run("check", "--help");
    expect([help.code, help.out]).toEqual([0, expect.stringMatching(/^Cách dùng: ptdv check/)]);
  });

  test("an unknown command gets a Vietnamese message and exit 2, English with --lang en", async () => {
    const vi = await run("kiemtra", "a.xlsx");
    expect(vi.code).toBe(2);
    expect(vi.err).toMatch(/^ptdv: không có lệnh "kiemtra"\. Các lệnh: check, template, consolidate/);
    expect(vi.err).not.toMatch(/unknown command|Usage/);
    const en = await run("kiemtra", "--lang", "en");
    expect([en.code, en.err]).toEqual([2, expect.stringMatching(/^ptdv: unknown command "kiemtra"/)]);
    // A file given without a command gets the check usage, in the same language.
    expect((await run("a.xlsx")).err).toMatch(/Cách dùng: ptdv check <tệp\.xlsx/);
    const help = await run("--help");
    expect([help.code, help.out]).toEqual([0, expect.stringMatching(/Cách dùng:/)]);
    expect(help.out).not.toMatch(/Usage:/);
  });

  test.each([
    ["template", ["--allocation", "a.xlsx", "--out-dir", "x"]],
    ["consolidate", ["--allocation", "a.xlsx", "--month", "2025-05", "in.csv"]],
  ])("%s rejects an unknown option with exit 2 in the chosen language", async (command, args) => {
    const vi = await run(command, ...args, "--bogus");
    expect(vi.code).toBe(2);
    expect(vi.err).toMatch(new RegExp(`^ptdv ${command}: không có tùy chọn --bogus\nCách dùng: ptdv ${command} `));
    expect(vi.out).toBe("");
    const en = await run(command, "--lang", "en", ...args, "--bogus=1");
    expect(en.code).toBe(2);
    expect(en.err).toMatch(new RegExp(`^ptdv ${command}: unknown option --bogus\nUsage: ptdv ${command} `));
    const flagWithValue = await run(command, ...args, "--help=yes");
    expect([flagWithValue.code, flagWithValue.err]).toEqual([2, expect.stringContaining("--help không nhận giá trị")]);
  });
});
