/**
 * Done-when of issue #14: register templates written by our writer, filled by
 * openpyxl (real dates) and passed through LibreOffice, plus a plain CSV table
 * of several organisations with text dates, read back with the project's
 * reader; every Biểu 2 row equals the oracle's count from the same persons.
 */
import * as fs from "fs";
import * as path from "path";
import { computeBieu2, periodThrough, quarterPeriod, readRegister, registerSheetSpec, validateRegister } from "../../src/core";
import type { Grid, RegisterEntry } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { python, sofficeConvert, tempDir } from "../reports/cli-helpers";
import { describe as describePersons, generatePersons, oracle, type GenPerson } from "./persons";

const YEAR = 2025;
const ORGS = ["Đảng bộ xã Ka Đô", "Chi bộ Trường THPT Pró"];
const SEED = Number(process.env.PTDV_SEED ?? 20250605);

const FILL = String.raw`
import json, sys, datetime, openpyxl
src, out, data = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))
wb = openpyxl.load_workbook(src)
ws = wb["Danh sách kết nạp"]
for i, p in enumerate(data):
    r = 7 + i
    s = p["spelling"]
    vals = [p["name"], datetime.date(*p["birth"]), s["sex"], p["ethnicity"], p["religion"], s["youth"], s["occ"], s["edu"], s["qual"], s["title"], s["business"], s["readmitted"], datetime.date(*p["admitted"]), p["chiBo"], ""]
    for c, v in enumerate(vals, start=1):
        if v != "":
            ws.cell(row=r, column=c, value=v)
wb.save(out)
`;

async function readAll(file: string): Promise<Grid[]> {
  const r = await readWorkbookFile(file);
  if (!r.ok) throw new Error(`${file}: ${r.problem.message.en}`);
  return r.grids;
}

function entriesOf(grids: readonly Grid[], file: string): RegisterEntry[] {
  const out: RegisterEntry[] = [];
  for (const g of grids) {
    const read = readRegister(g, { file });
    if (read) {
      expect(read.findings.map((f) => `${f.code} ${f.cell ?? ""} ${f.message.en}`)).toEqual([]);
      out.push(...read.entries);
    }
  }
  return out;
}

function expectRowsMatch(entries: readonly RegisterEntry[], persons: readonly GenPerson[], months: readonly number[]): void {
  const validated = validateRegister(entries, YEAR);
  expect(validated.findings).toEqual([]);
  const period = months.length === 12 ? periodThrough(YEAR, 12) : quarterPeriod(YEAR, Math.ceil((months[0] ?? 1) / 3));
  const result = computeBieu2(validated.persons, period);
  const expected = oracle(persons, months);
  const diffs: string[] = [];
  for (const [id, value] of expected) {
    const row = result.rows.find((r) => r.id === id);
    if (!row || row.current !== value) diffs.push(`${id}: engine ${row?.current ?? "missing"} vs oracle ${value}`);
  }
  if (diffs.length > 0) throw new Error(`seed ${SEED} (PTDV_SEED=${SEED} to rerun):\n${diffs.join("\n")}\npersons:\n${describePersons(persons)}`);
  expect(result.persons).toBe(expected.get("I"));
}

describe("register templates filled by other programs give Biểu 2 rows equal to an independent count", () => {
  const dir = tempDir("register-rt");
  const byOrg = new Map<string, GenPerson[]>();
  const all = generatePersons(SEED, 120, ORGS, YEAR);
  for (const p of all) byOrg.set(p.org, [...(byOrg.get(p.org) ?? []), p]);
  const filled: string[] = [];

  beforeAll(async () => {
    let i = 0;
    for (const org of ORGS) {
      i++;
      const template = path.join(dir, `template-${i}.xlsx`);
      fs.writeFileSync(template, await writeWorkbook({ sheets: [registerSheetSpec({ organization: org, year: YEAR })] }));
      const data = path.join(dir, `persons-${i}.json`);
      fs.writeFileSync(data, JSON.stringify(byOrg.get(org) ?? []));
      const out = path.join(dir, `filled-${i}.xlsx`);
      python(FILL, [template, out, data]);
      filled.push(out);
    }
  });

  it("reads openpyxl's real dates and loose spellings: every row, the whole year and a quarter", async () => {
    const entries: RegisterEntry[] = [];
    for (const f of filled) entries.push(...entriesOf(await readAll(f), path.basename(f)));
    expect(entries.map((e) => e.organization).sort()).toEqual(all.map((p) => p.org).sort());
    expectRowsMatch(entries, all, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expectRowsMatch(entries, all, [4, 5, 6]);
  });

  it("reads the same templates after LibreOffice has rewritten them", async () => {
    const loDir = path.join(dir, "lo");
    fs.mkdirSync(loDir, { recursive: true });
    const entries: RegisterEntry[] = [];
    for (const f of filled) {
      const converted = sofficeConvert(f, "xlsx:Calc MS Excel 2007 XML", loDir);
      const grids = await readAll(converted);
      const sheet = grids.find((g) => g.name === "Danh sách kết nạp");
      // LibreOffice keeps the defined name; the reader still finds the box through it.
      expect(sheet?.definedNames?.["PTDV_REGISTER"]).toBeDefined();
      entries.push(...entriesOf(grids, path.basename(converted)));
    }
    expectRowsMatch(entries, all, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  }, 240000);

  it("reads a plain CSV table of several organisations with day-first text dates", async () => {
    const fmt = (d: [number, number, number], k: number): string => {
      const [y, m, day] = d;
      const dd = String(day).padStart(2, "0");
      const mm = String(m).padStart(2, "0");
      return [`${dd}/${m}/${y}`, `${day}-${m}-${y}`, `${dd}.${mm}.${y}`, `${dd}/${mm}/${y}`][k % 4] ?? "";
    };
    const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    const lines = [
      "DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2025",
      "",
      ["STT", "Tổ chức cơ sở đảng", "Họ tên", "Ngày tháng năm sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Đoàn viên", "Nghề nghiệp", "Trình độ văn hóa", "Trình độ chuyên môn", "Học hàm", "Chủ doanh nghiệp tư nhân", "Kết nạp lại", "Ngày vào Đảng", "Chi bộ sinh hoạt"].join(","),
      ...all.map((p, i) =>
        [
          String(i + 1),
          p.org,
          p.name,
          fmt(p.birth, i),
          p.spelling.sex,
          p.ethnicity,
          p.religion,
          p.spelling.youth,
          p.spelling.occ,
          p.spelling.edu,
          p.spelling.qual,
          p.spelling.title,
          p.spelling.business,
          p.spelling.readmitted,
          fmt(p.admitted, i + 1),
          p.chiBo,
        ]
          .map(quote)
          .join(","),
      ),
      `"","Tổng cộng: ${all.length} đồng chí"`,
    ];
    const csv = path.join(dir, "danh-sach.csv");
    fs.writeFileSync(csv, `${lines.join("\r\n")}\r\n`, "utf8");
    const grids = await readAll(csv);
    const read = readRegister(grids[0] as Grid, { file: "danh-sach.csv" });
    expect(read?.kind).toBe("table");
    expect(read?.findings).toEqual([]);
    expectRowsMatch(read?.entries ?? [], all, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(read?.entries.map((e) => e.organization))).toEqual(new Set(ORGS));
  });
});
