/**
 * The chart in the progress workbook, as other programs read it: openpyxl (an
 * independent reader) finds it on the progress sheet and follows its references
 * to the organisations, their quotas and what they admitted; ExcelJS and our own
 * reader still open the file.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { consolidate, DEFAULT_REPORT_SETTINGS, gridFromValues, progressWorkbookSpec } from "../../src/core";
import type { WorkbookSpec } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { PYTHON, SEED, seedAllocation } from "../reports/helpers";

const DUMP_CHARTS = String.raw`
import json, re, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])

def cells(ref):
    # 'Sheet name'!$B$9:$B$23, the name's apostrophes doubled: resolved here, not by the code under test.
    m = re.fullmatch(r"'((?:[^']|'')+)'!(\S+)", ref)
    ws = wb[m.group(1).replace("''", "'")]
    return [c.value for row in ws[m.group(2).replace("$", "")] for c in row]

def cache(ref):
    c = ref.strCache if hasattr(ref, "strCache") else ref.numCache
    return {p.idx: p.v for p in c.pt} if c is not None else {}

out = {}
for ws in wb.worksheets:
    charts = []
    for ch in ws._charts:
        series = []
        for s in ch.series:
            cat = s.cat.strRef or s.cat.numRef
            series.append({
                "name": s.tx.v if s.tx.v is not None else s.tx.strRef.f,
                "catRef": cat.f, "valRef": s.val.numRef.f,
                "catCells": cells(cat.f), "valCells": cells(s.val.numRef.f),
                "catCache": cache(cat), "valCache": cache(s.val.numRef),
            })
        charts.append({
            "tag": ch.tagname, "barDir": ch.barDir, "grouping": ch.grouping,
            "title": "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or [])),
            "from": [ch.anchor._from.row, ch.anchor._from.col], "to": [ch.anchor.to.row, ch.anchor.to.col],
            "series": series,
        })
    out[ws.title] = charts
print(json.dumps(out, default=str))
`;

interface DumpedSeries {
  name: string;
  catRef: string;
  valRef: string;
  catCells: unknown[];
  valCells: unknown[];
  catCache: Record<string, string>;
  valCache: Record<string, number>;
}
interface DumpedChart {
  tag: string;
  barDir: string;
  grouping: string;
  title: string;
  from: [number, number];
  to: [number, number];
  series: DumpedSeries[];
}

function chartsSeenByOpenpyxl(bytes: Uint8Array): Record<string, DumpedChart[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-chart-openpyxl-"));
  try {
    const file = path.join(dir, "book.xlsx");
    fs.writeFileSync(file, bytes);
    return JSON.parse(execFileSync(PYTHON, ["-W", "ignore", "-c", DUMP_CHARTS, file], { encoding: "utf8" })) as Record<string, DumpedChart[]>;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const log = gridFromValues("Nhật ký", [
  ["TCCSĐ", "Tháng", "Kết nạp"],
  ["Đảng bộ xã Ka Đô", "2/2026", 1],
  ["Đảng bộ xã Ka Đô", "3/2026", 2],
  ["Đảng bộ thị trấn D’Ran", "3/2026", 4],
  ["Chi bộ Trường THPT Pró", "3/2026", 1],
]);
const result = consolidate([{ file: "log.xlsx", grids: [log] }], { allocation: seedAllocation(), year: 2026, month: 3, target: 88 });
const book = progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS);
const progressName = book.sheets[0]!.name;
const APOSTROPHE_NAME = "Tổng hợp D'Ran T05-2025";
const renamed: WorkbookSpec = { ...book, sheets: book.sheets.map((s, i) => (i === 0 ? { ...s, name: APOSTROPHE_NAME } : s)) };

const names = SEED.map(([name]) => name);
const quotas = SEED.map(([, quota]) => quota);
const toDate = names.map((n) => result.organizations.find((o) => o.name === n)?.admittedToDate);

describe.each([
  ["the engine's progress workbook", book, progressName],
  ["the same workbook with an apostrophe and spaces in the sheet name", renamed, APOSTROPHE_NAME],
])("%s, read by openpyxl", (_label, spec, sheetName) => {
  let charts: Record<string, DumpedChart[]>;
  beforeAll(async () => {
    charts = chartsSeenByOpenpyxl(await writeWorkbook(spec));
  });

  it("has exactly one chart, a clustered horizontal bar chart on the progress sheet, titled as the spec says", () => {
    expect(Object.entries(charts).map(([name, list]) => [name, list.length])).toEqual([
      [sheetName, 1],
      [book.sheets[1]!.name, 0],
      [book.sheets[2]!.name, 0],
    ]);
    const chart = charts[sheetName]![0]!;
    expect(chart).toMatchObject({ tag: "barChart", barDir: "bar", grouping: "clustered", title: "Tiến độ kết nạp đảng viên đến hết tháng 3/2026" });
  });

  it("names the organisations, their quotas and what they admitted to date through its references", () => {
    const [quota, admitted] = charts[sheetName]![0]!.series as [DumpedSeries, DumpedSeries];
    expect(quota.name).toBe("Chỉ tiêu");
    expect(admitted.name).toBe("Lũy kế");
    expect(quota.catCells).toEqual(names);
    expect(admitted.catCells).toEqual(names);
    expect(quota.valCells).toEqual(quotas);
    expect(admitted.valCells).toEqual(toDate);
    expect(toDate.slice(0, 5)).toEqual([0, 0, 4, 0, 3]);
  });

  it("writes the references with the sheet name quoted", () => {
    const q = `'${sheetName.replace(/'/g, "''")}'`;
    const [quota, admitted] = charts[sheetName]![0]!.series as [DumpedSeries, DumpedSeries];
    expect(quota.catRef).toBe(`${q}!$B$9:$B$23`);
    expect(quota.valRef).toBe(`${q}!$C$9:$C$23`);
    expect(admitted.valRef).toBe(`${q}!$F$9:$F$23`);
  });

  it("caches the same values the cells hold", () => {
    for (const s of charts[sheetName]![0]!.series) {
      expect(Object.values(s.catCache)).toEqual(s.catCells.map(String));
      expect(Object.values(s.valCache)).toEqual(s.valCells);
    }
  });

  it("sits over the cells the spec anchors it to", () => {
    const a = spec.sheets[0]!.charts![0]!.anchor;
    expect(charts[sheetName]![0]!).toMatchObject({ from: [a.top, a.left], to: [a.bottom + 1, a.right + 1] });
  });
});

describe("the progress workbook with its chart, read by other readers", () => {
  let bytes: Uint8Array;
  let withoutChart: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook(renamed);
    withoutChart = await writeWorkbook({ ...renamed, sheets: renamed.sheets.map((s) => ({ ...s, charts: [] })) });
  });

  it("opens in ExcelJS with every sheet and cell intact", async () => {
    const load = async (b: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(b) as unknown as ExcelJS.Buffer);
      return wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().length, ws.getCell("B9").text, ws.getCell("C23").value]);
    };
    const seen = await load(bytes);
    expect(seen[0]).toEqual([APOSTROPHE_NAME, expect.any(Number), names[0], quotas[14]]);
    expect(seen).toEqual(await load(withoutChart));
  });

  it("reads through PTĐV's own reader exactly as the same workbook without the chart", async () => {
    const withChart = await readWorkbook(bytes, "tong-hop.xlsx");
    const plain = await readWorkbook(withoutChart, "tong-hop.xlsx");
    expect(withChart.ok).toBe(true);
    expect(JSON.stringify(withChart)).toBe(JSON.stringify(plain));
  });
});
