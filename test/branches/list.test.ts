/**
 * "Danh sách chi bộ" tables as districts keep them: several TCCSĐ in one
 * table, headers in their own words, TCCSĐ cells merged or left blank under
 * the first, a total row; as CSV, as openpyxl's .xlsx and as LibreOffice's.
 */
import * as fs from "fs";
import * as path from "path";
import { computeBranches, readBranchList, type BranchResult } from "../../src/core";
import { python, readGrids, sofficeConvert, tempDir } from "./helpers";

const Y = 2025;

const CSV = [
  "Tổ chức cơ sở đảng,Tên chi bộ,Loại,Tổng số đảng viên,Kết nạp trong năm,Năm KN gần nhất,Nguồn,Ghi chú",
  "Đảng bộ xã Ka Đô,Chi bộ thôn Ka Đô 1,thôn,10,1,2024,Có,",
  ",Chi bộ thôn Ka Đô 2,,9,,2022,Có,",
  ",Chi bộ Trường TH Ka Đô,trường học,15,,,Không,",
  "Đảng bộ xã Lạc Lâm,Chi bộ thôn Lạc Bình,,7,0,2010,x,",
  ",Chi bộ Cơ quan UBND xã,cơ quan - đơn vị,20,0,2019,,",
  "Đảng bộ xã Ka Đô,Chi bộ tổ dân phố 1,TDP,12,0,2022,không,",
  ",Tổng cộng,,73,,,,",
].join("\r\n");

const XLSX = `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "DS chi bo"
ws["A1"] = "DANH SÁCH CHI BỘ TRỰC THUỘC CÁC ĐẢNG BỘ XÃ NĂM 2025"
ws.append([])
ws.append(["STT", "Đảng bộ", "Chi bộ", "Số ĐV", "Kết nạp năm 2025", "Năm kết nạp gần nhất", "Còn nguồn"])
rows = [
    (1, "Đảng bộ xã Ka Đô", "Chi bộ thôn Ka Đô 1", 10, 1, 2024, "Có"),
    (2, None, "Chi bộ thôn Ka Đô 2", 9, None, 2022, "Có"),
    (3, None, "Chi bộ Trường TH Ka Đô", 15, None, None, "Không"),
    (4, "Đảng bộ xã Lạc Lâm", "Chi bộ thôn Lạc Bình", "07", 0, "2010", "có"),
    (5, None, "Chi bộ Cơ quan UBND xã", 20, 0, 2019, None),
    (6, "Đảng bộ xã Ka Đô", "Chi bộ tổ dân phố 1", 12, 0, 2022, "Không"),
]
for r in rows:
    ws.append(list(r))
ws.merge_cells("B4:B6")
ws.merge_cells("B7:B8")
ws.append([None, "Tổng cộng", None, 73])
wb.save(sys.argv[1])
`;

async function readList(file: string): Promise<BranchResult> {
  const grids = await readGrids(file);
  const readings = grids.map((g) => readBranchList(g, { file: path.basename(file), year: Y })).filter((r) => r !== null);
  expect(readings).toHaveLength(1);
  expect(readings[0]!.findings).toEqual([]);
  return computeBranches({ reports: readings[0]!.reports, year: Y, expected: [{ name: "Đảng bộ xã Ka Đô" }, { name: "Đảng bộ xã Lạc Lâm" }, { name: "Đảng bộ xã Tu Tra" }] });
}

function expectRightCounts(r: BranchResult): void {
  expect(r.organizations.map((o) => [o.organization, o.reported, o.goalKinds, o.atLeastMin, o.percent])).toEqual([
    ["Đảng bộ xã Ka Đô", 4, 4, 3, 75],
    ["Đảng bộ xã Lạc Lâm", 2, 1, 0, 0],
  ]);
  expect(r.under.map((u) => [u.organization, u.branch, u.members])).toEqual([
    ["Đảng bộ xã Ka Đô", "Chi bộ thôn Ka Đô 2", 9],
    ["Đảng bộ xã Lạc Lâm", "Chi bộ thôn Lạc Bình", 7],
  ]);
  expect(r.noAdmission.map((e) => [e.branch, e.lastAdmissionYear, e.hasSources])).toEqual([
    ["Chi bộ thôn Ka Đô 2", 2022, true],
    ["Chi bộ thôn Lạc Bình", 2010, true],
    ["Chi bộ Cơ quan UBND xã", 2019, null],
    ["Chi bộ Trường TH Ka Đô", null, false],
    ["Chi bộ tổ dân phố 1", 2022, false],
  ]);
  expect(r.notReported).toEqual(["Đảng bộ xã Tu Tra"]);
  expect(r).toMatchObject({ reported: 6, goalKinds: 5, atLeastMin: 3, percent: 60, noAdmissionWithSources: 2 });
}

describe("Danh sách chi bộ with several TCCSĐ", () => {
  const dir = tempDir("list");
  const csv = path.join(dir, "danh-sach-chi-bo.csv");
  const xlsx = path.join(dir, "danh-sach-chi-bo.xlsx");

  beforeAll(() => {
    fs.writeFileSync(csv, `\uFEFF${CSV}`, "utf8");
    python(XLSX, [xlsx]);
  });

  it("reads a CSV saved by Excel, with blank TCCSĐ cells under the first and a TCCSĐ coming back later", async () => {
    const r = await readList(csv);
    expectRightCounts(r);
    expect(r.under[0]?.location).toEqual({ file: "danh-sach-chi-bo.csv", sheet: expect.any(String) as string, cell: "B3" });
  });

  it("reads openpyxl's .xlsx with a title above, synonyms in the header, merged TCCSĐ cells and a total row", async () => {
    const r = await readList(xlsx);
    expectRightCounts(r);
    expect(r.under[1]?.location).toEqual({ file: "danh-sach-chi-bo.xlsx", sheet: "DS chi bo", cell: "C7" });
  });

  it("reads the CSV after LibreOffice made a workbook of it", async () => {
    const converted = sofficeConvert(csv, "xlsx", path.join(dir, "lo"), ["--infilter=CSV:44,34,76,1"]);
    expectRightCounts(await readList(converted));
  });
});
