/**
 * The acceptance round trip: `ptdv template` → organisations fill the templates
 * with another program (openpyxl; one inserts a row above, one types beside the
 * box) → `ptdv consolidate` → exact figures; then LibreOffice recalculates the
 * produced workbook and prints it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { runTemplate } from "../../src/cli/commands/template";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { captureIo, python, sofficeConvert, tempDir } from "./cli-helpers";
import { FIXTURES } from "./helpers";

const FILL = `
import sys, glob, os, openpyxl
d = sys.argv[1]
def book(prefix):
    return glob.glob(os.path.join(d, prefix + " - *.xlsx"))[0]
def fill(prefix, months, insert_above=False, beside=False):
    p = book(prefix)
    wb = openpyxl.load_workbook(p)
    ws = wb.worksheets[0]
    if insert_above:
        ws.insert_rows(1, 2)
        ws["A1"] = "Ghi chú của chi bộ: đã họp ngày 02/6"
    top = None
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == "T1":
            top = row[0].row
            break
    for m, values in months.items():
        for i, v in enumerate(values):
            ws.cell(row=top + m - 1, column=2 + i, value=v)
    if beside:
        ws.cell(row=top + 2, column=12, value="gõ cạnh bảng: 5")
        ws.cell(row=top + 12, column=2, value=99)
    wb.save(p)
fill("01", {1: [1], 4: [1], 5: [1, 0, 0, 1]})
fill("02", {2: [2], 5: [3, 0, 1, 1]}, insert_above=True)
fill("03", {3: [1]})
fill("05", {5: [0], 6: [2]})
fill("11", {5: [1, 1]}, beside=True)
`;

describe("template → openpyxl → consolidate round trip", () => {
  const dir = tempDir("roundtrip");
  const templates = path.join(dir, "templates");
  let json: ConsolidationJson;
  let code: number;
  const out = path.join(dir, "Tong hop T05-2025.xlsx");

  beforeAll(async () => {
    const t = captureIo(dir);
    expect(await runTemplate(["--allocation", path.join(FIXTURES, "allocation-2025.xlsx"), "--out-dir", "templates"], t.io)).toBe(0);
    python(FILL, [templates]);
    const c = captureIo(dir);
    code = await runConsolidate(
      ["--allocation", path.join(FIXTURES, "allocation-2025.xlsx"), "--month", "2025-05", "--target", "88", "--out", out, "--json", "--issuer", "HUYỆN ỦY ĐƠN DƯƠNG/BAN TỔ CHỨC", "--place", "Đơn Dương", "templates"],
      c.io,
    );
    json = JSON.parse(c.out()) as ConsolidationJson;
  });

  it("writes one template per organisation of the allocation table, for the plan year", () => {
    const files = fs.readdirSync(templates).sort();
    expect(files).toHaveLength(15);
    expect(files[0]).toBe("01 - Đảng bộ Công an huyện - 2025.xlsx");
  });

  it("gives each template its defined names, protection without password, unlocked inputs and validation, as openpyxl sees them", () => {
    const file = path.join(templates, fs.readdirSync(templates).sort()[10]!);
    const seen = JSON.parse(
      python(
        [
          "import sys, json, openpyxl",
          "wb = openpyxl.load_workbook(sys.argv[1])",
          "ws = wb.worksheets[0]",
          "dn = wb.defined_names",
          "names = {d.name: d.attr_text for d in dn.definedName} if hasattr(dn, 'definedName') else {n: d.attr_text for n, d in dn.items()}",
          "dv = [(d.type, d.operator, d.formula1, d.formula2, str(d.sqref)) for d in ws.data_validations.dataValidation]",
          "print(json.dumps({'names': names, 'protected': ws.protection.sheet, 'password': ws.protection.password, 'b10locked': ws['B10'].protection.locked, 'b3locked': ws['B3'].protection.locked, 'b3': ws['B3'].value, 'b5': ws['B5'].value, 'dv': dv, 'landscape': ws.page_setup.orientation, 'paper': ws.page_setup.paperSize}))",
        ].join("\n"),
        [file],
      ),
    ) as { names: Record<string, string>; protected: boolean; password: string | null; b10locked: boolean; b3locked: boolean; b3: string; b5: number; dv: string[][]; landscape: string; paper: string | number };
    expect(seen.names.PTDV_ORG_NAME).toMatch(/!\$B\$3$/);
    expect(seen.names.PTDV_INPUTS).toMatch(/!\$B\$10:\$I\$21$/);
    expect(Object.keys(seen.names).sort()).toEqual(
      ["PTDV_CUMULATIVE", "PTDV_HEADER", "PTDV_INPUTS", "PTDV_MONTHS", "PTDV_NOTES", "PTDV_NO_SOURCES", "PTDV_ORG_KIND", "PTDV_ORG_NAME", "PTDV_QUOTA", "PTDV_REGISTER", "PTDV_STUDENT_QUOTA", "PTDV_YEAR"],
    );
    expect(seen.b3).toBe("Chi bộ Trường THPT Đơn Dương");
    expect(seen.b5).toBe(2025);
    expect(seen.protected).toBe(true);
    expect(seen.password ?? null).toBeNull();
    expect(seen.b10locked).toBe(false);
    expect(seen.b3locked).toBe(true);
    expect(seen.dv.length).toBeGreaterThanOrEqual(3);
    // Whole numbers for the figures; one inline Có/Không list for "Không còn nguồn" (issue #14).
    expect(seen.dv.filter((d) => d[0] !== "whole")).toEqual([["list", null, '"Có,Không"', null, "K10:K21"]]);
    expect(seen.dv.some((d) => /\$?B\$?10/.test(String(d[3] ?? d[2])))).toBe(true);
    expect(String(seen.paper)).toBe("9");
  });

  it("consolidates the filled templates to the exact figures", () => {
    const org = (prefix: string) => json.organizations.find((o) => o.name.startsWith(prefix))!;
    expect(org("Đảng bộ Công an")).toMatchObject({ admittedInPeriod: 1, admittedToDate: 3, ethnicMinority: 1, religious: 0, remaining: 0, percent: 100, status: "done", submitted: true });
    expect(org("Đảng bộ thị trấn Thạnh Mỹ")).toMatchObject({ admittedInPeriod: 3, admittedToDate: 5, women: 1, ethnicMinority: 1, percent: 50, status: "on-track", submitted: true });
    expect(org("Đảng bộ thị trấn D")).toMatchObject({ admittedInPeriod: 0, admittedToDate: 1, status: "behind", submitted: false });
    expect(org("Đảng bộ xã Ka Đô")).toMatchObject({ admittedInPeriod: 0, admittedToDate: 0, submitted: true });
    expect(org("Chi bộ Trường THPT Đơn Dương")).toMatchObject({ admittedInPeriod: 1, admittedToDate: 1, studentsToDate: 1, submitted: true });
    expect(json.totals).toEqual({ quota: 91, studentQuota: 4, admittedInPeriod: 5, admittedToDate: 10, studentsToDate: 1, percentOfTarget: 11.4, remainingToTarget: 78 });
    expect(json.missing).toHaveLength(11);
    expect(json.others).toEqual([]);
    expect(json.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(code).toBe(0);
  });

  it("produces a workbook LibreOffice recalculates to the same totals and prints with Vietnamese text", () => {
    expect(fs.existsSync(out)).toBe(true);
    const lo = path.join(dir, "lo");
    fs.mkdirSync(lo);
    // LibreOffice recalculates every formula on load when converting to a new .xlsx.
    const recalculated = sofficeConvert(out, "xlsx:Calc MS Excel 2007 XML", lo);
    const dump = python(
      [
        "import sys, openpyxl, json",
        "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)",
        "ws = wb.worksheets[0]",
        "rows = [[c.value for c in r] for r in ws.iter_rows()]",
        "print(json.dumps({'names': wb.sheetnames, 'rows': rows}, default=str))",
      ].join("\n"),
      [recalculated],
    );
    const { names, rows } = JSON.parse(dump) as { names: string[]; rows: unknown[][] };
    expect(names).toEqual(["Tổng hợp T05-2025", "Theo tháng 2025", "Kiểm tra T05-2025"]);
    const total = rows.find((r) => r[0] === "TỔNG CỘNG")!;
    expect(total.slice(2, 8)).toEqual([91, 4, 5, 10, 1, 1]);
    expect(total[11]).toBeCloseTo(11, 5); // ROUND(10/91*100, 1)
    expect(total[12]).toBe(81); // MAX(91 − 10, 0): the same base as the row's percentage
    const target = rows.find((r) => typeof r[0] === "string" && r[0].startsWith("Mục tiêu"))!;
    expect(target[0]).toBe("Mục tiêu: từ 88 trở lên · Đã kết nạp 10 · Đạt 11.4% · Còn thiếu 78");
    const police = rows.find((r) => r[1] === "Đảng bộ Công an huyện")!;
    expect(police[11]).toBe(100);
    expect(police[13]).toBe("Hoàn thành");

    const pdf = sofficeConvert(out, "pdf", lo);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const s of ["ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY ĐƠN DƯƠNG", "BÁO CÁO TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN NĂM 2025", "Đảng bộ thị trấn Thạnh Mỹ", "Chi bộ Trường THPT Đơn Dương", "TỔNG CỘNG", "Nơi nhận:", "T/M BAN TỔ CHỨC", "TRƯỞNG BAN", "Đã kết nạp 10"]) {
      expect(text).toContain(s);
    }
  });
});
