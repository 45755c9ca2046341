/**
 * The "Chi bộ" sheet end to end: written by the project's writer, filled by
 * openpyxl (through PTDV_BRANCHES, and by position after inserting rows that
 * leave the name stale), saved again by LibreOffice, read back by the
 * project's reader, and counted.
 */
import * as fs from "fs";
import * as path from "path";
import { branchesJson, branchTemplateSheet, computeBranches, readBranchSheet, type BranchReading, type BranchResult } from "../../src/core";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { gridNamed, python, readGrids, sofficeConvert, tempDir } from "./helpers";

const Y = 2025;
const ORGS = ["Đảng bộ xã Ka Đô", "Đảng bộ thị trấn Thạnh Mỹ", "Đảng bộ xã Lạc Lâm"] as const;

const FILL = `
import sys, json, openpyxl
from openpyxl.utils.cell import range_boundaries
path, mode, rows = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(path)
ws = wb["Chi bộ"]
if mode == "name":
    dn = wb.defined_names["PTDV_BRANCHES"]
    sheet, ref = list(dn.destinations)[0]
    assert sheet == "Chi bộ", sheet
    left, top, right, bottom = range_boundaries(ref.replace("$", ""))
else:
    # Two rows inserted above the box: openpyxl does not move the defined names, so they go stale.
    ws.insert_rows(1, 2)
    ws["A1"] = "Bản sao lưu của chi bộ"
    top = None
    for row in ws.iter_rows(min_col=2, max_col=2):
        if row[0].value == "Tên chi bộ":
            top = row[0].row + 1
            break
    left = 2
for i, values in enumerate(rows):
    for j, v in enumerate(values):
        if v is not None:
            ws.cell(row=top + i, column=left + j, value=v)
wb.save(path)
`;

const KA_DO = [
  ["Chi bộ thôn Ka Đô 1", "thôn/ấp/bản", 10, 1, 2024, "Có", null],
  ["Chi bộ thôn Ka Đô 2", null, 9, 0, 2022, "Có", "sáp nhập 2025"],
  ["Chi bộ Trường TH Ka Đô", "trường học", 15, null, null, "Không", null],
  ["Chi bộ Quân sự xã", "lực lượng vũ trang", 6, 0, 2023, null, null],
  ["Chi bộ tổ dân phố 1", "TDP", 12, 0, 2021, "Có", null],
];
const THANH_MY = [
  ["Chi bộ khu phố 3", "khu phố", 8, 0, 1929, null, null],
  ["Chi bộ khu phố 4", null, 11, 2, 2024, "Không", null],
  ["chi bo khu pho 4", null, 11, null, null, null, null],
  ["Chi bộ Trường Mầm non Thạnh Mỹ", null, 9, 0, Y + 1, null, null],
];

async function writeTemplate(dir: string, org: string, i: number): Promise<string> {
  const file = path.join(dir, `0${i + 1} - ${org} - ${Y}.xlsx`);
  const bytes = await writeWorkbook({ sheets: [branchTemplateSheet(org, Y).sheet] });
  fs.writeFileSync(file, bytes);
  return file;
}

async function readAll(files: readonly string[]): Promise<BranchReading[]> {
  const out: BranchReading[] = [];
  for (const file of files) {
    const grid = gridNamed(await readGrids(file), "Chi bộ");
    const r = readBranchSheet(grid, { file: path.basename(file), year: Y });
    if (!r) throw new Error(`${file}: not read as a Chi bộ sheet`);
    out.push(r);
  }
  return out;
}

function compute(readings: readonly BranchReading[]): BranchResult {
  return computeBranches({ reports: readings.flatMap((r) => r.reports), year: Y, expected: ORGS.map((name) => ({ name })) });
}

function expectRightCounts(readings: readonly BranchReading[]): void {
  const findings = readings.flatMap((r) => r.findings);
  expect(findings.map((f) => [f.code, f.file?.slice(0, 2), f.args.value])).toEqual([
    ["BRANCH_YEAR_INVALID", "02", "1929"],
    ["BRANCH_YEAR_INVALID", "02", String(Y + 1)],
  ]);
  const r = compute(readings);
  expect(branchesJson(r)).toEqual({
    reported: 6,
    goalKinds: 5,
    atLeastMin: 4,
    under: [{ organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ thôn Ka Đô 2", kind: "village", members: 9 }],
    noAdmission: [
      { organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ thôn Ka Đô 2", kind: "village", lastAdmissionYear: 2022, hasSources: true },
      { organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ tổ dân phố 1", kind: "residential", lastAdmissionYear: 2021, hasSources: true },
      { organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ Trường TH Ka Đô", kind: "school", lastAdmissionYear: null, hasSources: false },
    ],
    notReported: ["Đảng bộ xã Lạc Lâm"],
  });
  expect(r.findings.filter((f) => f.code === "BRANCH_DUPLICATE").map((f) => f.args.branch)).toEqual(["chi bo khu pho 4"]);
  expect(r.percent).toBe(80);
}

describe("Chi bộ template → openpyxl → LibreOffice → reader", () => {
  const dir = tempDir("template");
  let files: string[] = [];

  beforeAll(async () => {
    files = [];
    for (const [i, org] of ORGS.entries()) files.push(await writeTemplate(dir, org, i));
    python(FILL, [files[0]!, "name", JSON.stringify(KA_DO)]);
    python(FILL, [files[1]!, "position", JSON.stringify(THANH_MY)]);
  });

  it("gives the sheet its names, protection without password, unlocked validated inputs, as openpyxl sees them", () => {
    const blank = path.join(dir, "blank.xlsx");
    fs.copyFileSync(files[2]!, blank);
    const seen = JSON.parse(
      python(
        [
          "import sys, json, openpyxl",
          "wb = openpyxl.load_workbook(sys.argv[1])",
          "ws = wb['Chi bộ']",
          "names = {n: d.attr_text for n, d in wb.defined_names.items()} if hasattr(wb.defined_names, 'items') else {d.name: d.attr_text for d in wb.defined_names.definedName}",
          "dv = sorted([(d.type, d.operator, d.formula1, d.formula2, str(d.sqref)) for d in ws.data_validations.dataValidation], key=lambda x: x[4])",
          "print(json.dumps({'names': names, 'protected': ws.protection.sheet, 'password': ws.protection.password, 'b7': ws['B7'].protection.locked, 'b6': ws['B6'].protection.locked, 'b3': ws['B3'].value, 'b6v': ws['B6'].value, 'dv': dv, 'title': ws.title}))",
        ].join("\n"),
        [blank],
      ),
    ) as { names: Record<string, string>; protected: boolean; password: string | null; b7: boolean; b6: boolean; b3: string; b6v: string; dv: string[][]; title: string };
    expect(seen.title).toBe("Chi bộ");
    expect(seen.names.PTDV_BRANCHES).toMatch(/!\$B\$7:\$H\$66$/);
    expect(seen.names.PTDV_BRANCH_ORG_NAME).toMatch(/!\$B\$3$/);
    expect(seen.b3).toBe("Đảng bộ xã Lạc Lâm");
    expect(seen.b6v).toBe("Tên chi bộ");
    expect(seen.protected).toBe(true);
    expect(seen.password ?? null).toBeNull();
    expect(seen.b7).toBe(false);
    expect(seen.b6).toBe(true);
    expect(seen.dv.every((d) => d[0] === "whole")).toBe(true);
    expect(seen.dv.some((d) => d[2] === "1930" && d[3] === String(Y) && /F7:F66/.test(d[4]!))).toBe(true);
    expect(seen.dv.some((d) => d[2] === "0" && /D7:E66/.test(d[4]!))).toBe(true);
  });

  it("reads the sheets openpyxl filled, by the defined name and, with the name stale, by the header", async () => {
    const readings = await readAll(files);
    expect(readings[2]?.reports[0]).toMatchObject({ organization: "Đảng bộ xã Lạc Lâm", rows: [], rowsRead: 0 });
    expect(readings[0]?.reports[0]?.rows[1]).toMatchObject({ branch: "Chi bộ thôn Ka Đô 2", kind: "village", kindInferred: true, note: "sáp nhập 2025", location: { sheet: "Chi bộ", cell: "B8" } });
    // The inserted rows moved the box down by two; the header route finds it there.
    expect(readings[1]?.reports[0]?.rows[0]?.location.cell).toBe("B10");
    expectRightCounts(readings);
  });

  it("reads the same after LibreOffice saved the filled workbooks again", async () => {
    const lo = path.join(dir, "lo");
    const converted = files.map((f) => sofficeConvert(f, "xlsx", lo));
    // LibreOffice keeps the name over the box, so the first workbook is still read through it.
    const kaDo = gridNamed(await readGrids(converted[0]!), "Chi bộ");
    expect(kaDo.definedNames?.PTDV_BRANCHES).toEqual({ top: 6, left: 1, bottom: 65, right: 7 });
    const readings = await readAll(converted);
    expectRightCounts(readings);
  });
});
