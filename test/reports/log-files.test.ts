import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { captureIo, python, tempDir } from "./cli-helpers";
import { FIXTURES } from "./helpers";

const fx = (name: string): string => path.join(FIXTURES, name);

async function consolidateJson(args: readonly string[]): Promise<{ code: number; json: ConsolidationJson; err: string }> {
  const c = captureIo(FIXTURES);
  const code = await runConsolidate([...args, "--json"], c.io);
  return { code, json: JSON.parse(c.out()) as ConsolidationJson, err: c.err() };
}

describe("ptdv consolidate on log tables written by other programs", () => {
  let result: { code: number; json: ConsolidationJson; err: string };
  beforeAll(async () => {
    result = await consolidateJson([
      "--allocation", fx("allocation-2025.xlsx"), "--month", "2025-05", "--target", "88",
      fx("log-2025.xlsx"), fx("log-2025.csv"), fx("log-tcvn3.xlsx"),
    ]);
  });
  const key = (s: string) => s.normalize("NFC").replace(/[\u2019']/g, "'");
  const org = (name: string) => result.json.organizations.find((o) => key(o.name) === key(name))!;

  it("matches names written in NFD, abbreviated, with other apostrophes and in TCVN3", () => {
    expect(org("Đảng bộ xã Ka Đô")).toMatchObject({ admittedToDate: 4, admittedInPeriod: 0, studentsToDate: 1, women: 1, youthUnion: 1, submitted: false });
    expect(org("Đảng bộ thị trấn D’Ran")).toMatchObject({ admittedToDate: 4, admittedInPeriod: 2, submitted: true });
    expect(org("Đảng bộ thị trấn Thạnh Mỹ")).toMatchObject({ admittedToDate: 2, women: 1, submitted: false });
    expect(org("Đảng bộ xã Lạc Lâm")).toMatchObject({ admittedToDate: 2, submitted: false });
    expect(org("Đảng bộ xã Quảng Lập")).toMatchObject({ admittedToDate: 1 });
  });

  it("applies every rule with its code and severity", () => {
    const f = result.json.findings;
    const has = (code: string, severity: string) => expect(f.filter((x) => x.code === code && x.severity === severity).length).toBeGreaterThan(0);
    has("SUBMISSION_INVALID_NUMBER", "error");
    has("SUBMISSION_STUDENTS_EXCEED_ADMITTED", "error");
    has("SUBMISSION_PERIOD_INVALID", "error");
    has("SUBMISSION_OTHER_YEAR", "info");
    has("SUBMISSION_DUPLICATE", "info");
    has("SUBMISSION_CONFLICT", "error");
    has("CUMULATIVE_MISMATCH", "warning");
    has("SUBMISSION_UNKNOWN_ORGANIZATION", "warning");
    has("STUDENTS_OUTSIDE_UPPER_SECONDARY", "warning");
    has("SUBMISSION_MISSING", "info");
    const conflict = f.find((x) => x.code === "SUBMISSION_CONFLICT")!;
    expect(conflict.source).toMatch(/^log-2025\.csv › /);
    expect(conflict.message).toContain("log-2025.xlsx");
    expect(f.find((x) => x.code === "SUBMISSION_INVALID_NUMBER")!.source).toBe("log-2025.xlsx › Nhật ký báo cáo › D9");
    expect(result.code).toBe(1);
  });

  it("lets the later source win a conflict and counts others toward the totals", () => {
    expect(org("Đảng bộ xã Tu Tra")).toMatchObject({ admittedInPeriod: 3, admittedToDate: 3, submitted: true });
    expect(result.json.others.map((o) => o.name).sort()).toEqual(["=1+1", "Đảng bộ xã Lạc Xuân Mới"]);
    expect(result.json.totals).toEqual({
      quota: 91,
      studentQuota: 4,
      admittedInPeriod: 10,
      admittedToDate: 21,
      studentsToDate: 3,
      percentOfTarget: 23.9,
      remainingToTarget: 67,
    });
    expect(result.json.missing).toHaveLength(10);
    expect(result.json.target).toBe(88);
    expect(result.json.period).toBe("2025-05");
  });

  it("reports an input that holds no report as unrecognised and exits 1", async () => {
    const r = await consolidateJson(["--allocation", fx("allocation-2025.xlsx"), "--month", "2025-05", fx("not-a-report.xlsx")]);
    expect(r.json.findings[0]).toMatchObject({ code: "SUBMISSION_UNRECOGNISED", severity: "error", source: "not-a-report.xlsx" });
    expect(r.code).toBe(1);
    expect(r.json.target).toBeNull();
  });

  it("reads folders recursively, skipping lock files, the allocation itself and non-spreadsheets", async () => {
    const dir = tempDir("folder");
    fs.mkdirSync(path.join(dir, "sub"));
    fs.copyFileSync(fx("allocation-2025.xlsx"), path.join(dir, "allocation.xlsx"));
    fs.copyFileSync(fx("log-tcvn3.xlsx"), path.join(dir, "sub", "log.xlsx"));
    fs.writeFileSync(path.join(dir, "~$log.xlsx"), "lock");
    fs.writeFileSync(path.join(dir, "readme.txt"), "notes");
    // A copy of the allocation table lies in report folders too: not a report, not a problem.
    fs.copyFileSync(fx("allocation-2025.xlsx"), path.join(dir, "sub", "phan-bo (copy).xlsx"));
    const c = captureIo(dir);
    const code = await runConsolidate(["--allocation", "allocation.xlsx", "--month", "2025-04", "--json", "."], c.io);
    const json = JSON.parse(c.out()) as ConsolidationJson;
    expect(json.findings.filter((f) => f.code === "SUBMISSION_UNRECOGNISED" || f.code.startsWith("FILE_"))).toEqual([]);
    expect(json.totals.admittedToDate).toBe(3);
    expect(code).toBe(0);
  });

  it("refuses to overwrite an input with --out and rejects bad arguments with exit 2", async () => {
    const dir = tempDir("out");
    const input = path.join(dir, "log.xlsx");
    fs.copyFileSync(fx("log-2025.xlsx"), input);
    const before = fs.readFileSync(input);
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", fx("allocation-2025.xlsx"), "--month", "2025-05", "--lang", "en", "--out", "log.xlsx", "log.xlsx"], c.io)).toBe(2);
    expect(c.err()).toContain("refusing to overwrite");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    for (const bad of [["--month", "2025-13"], ["--month", "2025-05", "--target", "many"], ["--month", "2025-05", "--bogus"], ["--month", "2025-05"]]) {
      const e = captureIo(dir);
      const extra = bad.includes("--month") && bad.length === 2 && bad[1] === "2025-05" ? [] : ["log.xlsx"];
      expect(await runConsolidate(["--allocation", fx("allocation-2025.xlsx"), ...bad, ...extra], e.io)).toBe(2);
      expect(e.err()).toMatch(/ptdv consolidate: /);
    }
  });

  it("writes the text report in English with --lang en", async () => {
    const c = captureIo(FIXTURES);
    await runConsolidate(["--allocation", fx("allocation-2025.xlsx"), "--month", "2025-05", "--lang", "en", fx("log-2025.csv")], c.io);
    expect(c.out()).toContain("Consolidated through 2025-05");
    expect(c.out()).toContain("SUBMISSION_UNKNOWN_ORGANIZATION");
  });

  it("keeps a name written like a formula as text in the produced workbook", async () => {
    const dir = tempDir("formula-name");
    const out = path.join(dir, "tong-hop.xlsx");
    const c = captureIo(dir);
    await runConsolidate(["--allocation", fx("allocation-2025.xlsx"), "--month", "2025-05", "--out", out, fx("log-2025.csv")], c.io);
    const cells = python(
      [
        "import sys, openpyxl",
        "wb = openpyxl.load_workbook(sys.argv[1])",
        "for ws in wb.worksheets:",
        "    for row in ws.iter_rows():",
        "        for c in row:",
        "            if isinstance(c.value, str) and c.value.startswith('=1+1'): print(ws.title, c.coordinate, c.data_type)",
      ].join("\n"),
      [out],
    );
    const lines = cells.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const l of lines) expect(l.endsWith(" s")).toBe(true);
  });
});
