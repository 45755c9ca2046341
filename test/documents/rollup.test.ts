/**
 * Level to level: commune progress workbooks written by PTĐV are read at the
 * province as those communes' reports, and the province's totals are the sums
 * of their TỔNG CỘNG rows.
 */
import { checkAllocation } from "../../src/core/allocation/check";
import { DEFAULT_DOCUMENT_SETTINGS } from "../../src/core/documents/settings";
import { cellAt, gridFromValues, type Grid } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { consolidationJson } from "../../src/core/reports/json";
import { progressWorkbookSpec } from "../../src/core/reports/progress-spec";
import { ROLLUP_NAMES } from "../../src/core/reports/rollup-names";
import { reportSettingsFromDocument } from "../../src/core/reports/settings";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";

const HEADERS = ["TCCSĐ", "Tháng", "Kết nạp", "Nữ", "Dân tộc thiểu số", "Đoàn viên", "Quần chúng học lớp NTVĐ", "Hồ sơ đề nghị"];

interface Commune {
  readonly issuer: string;
  readonly branches: ReadonlyArray<readonly [string, number]>;
  readonly log: ReadonlyArray<ReadonlyArray<string | number>>;
}

const COMMUNES: readonly Commune[] = [
  {
    issuer: "ĐẢNG ỦY XÃ KA ĐÔ/BAN XÂY DỰNG ĐẢNG",
    branches: [["Chi bộ thôn Ka Đô Cũ", 3], ["Chi bộ thôn Ka Đô Mới", 2]],
    log: [
      ["Chi bộ thôn Ka Đô Cũ", "1/2025", 1, 1, 0, 1, 2, 0],
      ["Chi bộ thôn Ka Đô Cũ", "2/2025", 0, 0, 0, 0, 0, 0],
      ["Chi bộ thôn Ka Đô Cũ", "3/2025", 2, 1, 1, 2, 1, 1],
      ["Chi bộ thôn Ka Đô Mới", "1/2025", 0, 0, 0, 0, 0, 0],
      ["Chi bộ thôn Ka Đô Mới", "2/2025", 1, 0, 1, 1, 0, 0],
      ["Chi bộ thôn Ka Đô Mới", "3/2025", 1, 1, 0, 0, 3, 2],
    ],
  },
  {
    issuer: "ĐẢNG ỦY XÃ TU TRA/BAN TỔ CHỨC",
    branches: [["Chi bộ thôn Tu Tra", 4]],
    log: [
      ["Chi bộ thôn Tu Tra", "1/2025", 2, 2, 2, 1, 0, 0],
      ["Chi bộ thôn Tu Tra", "2/2025", 0, 0, 0, 0, 0, 0],
      ["Chi bộ thôn Tu Tra", "3/2025", 1, 0, 1, 1, 4, 1],
    ],
  },
  {
    issuer: "ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG",
    branches: [["Chi bộ khu phố 1", 5], ["Chi bộ khu phố 2", 5]],
    log: [
      ["Chi bộ khu phố 1", "1/2025", 0, 0, 0, 0, 0, 0],
      ["Chi bộ khu phố 1", "2/2025", 3, 2, 0, 3, 1, 0],
      ["Chi bộ khu phố 1", "3/2025", 0, 0, 0, 0, 0, 0],
      ["Chi bộ khu phố 2", "1/2025", 1, 1, 0, 1, 0, 0],
      ["Chi bộ khu phố 2", "2/2025", 0, 0, 0, 0, 0, 0],
      ["Chi bộ khu phố 2", "3/2025", 2, 2, 1, 2, 0, 1],
    ],
  },
];

function allocation(rows: ReadonlyArray<readonly [string, number]>) {
  return checkAllocation([gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], ...rows.map(([n, q], i) => [i + 1, n, q])])]);
}

async function communeWorkbook(c: Commune): Promise<{ grids: Grid[]; totals: number[] }> {
  const result = consolidate([{ file: "log.xlsx", grids: [gridFromValues("Nhật ký", [HEADERS, ...c.log.map((r) => [...r])])] }], {
    allocation: allocation(c.branches),
    year: 2025,
    month: 3,
  });
  const doc = { ...DEFAULT_DOCUMENT_SETTINGS, issuingBody: c.issuer.split("/") };
  const bytes = await writeWorkbook(progressWorkbookSpec(result, reportSettingsFromDocument(doc, "vi")));
  const read = await readWorkbook(bytes, "commune.xlsx");
  if (!read.ok) throw new Error(read.problem.message.en);
  return { grids: read.grids, totals: [result.totals.admittedInPeriod, result.totals.admittedToDate] };
}

const PROVINCE = allocation([
  ["Đảng bộ xã Ka Đô", 9],
  ["Đảng bộ xã Tu Tra", 9],
  ["Đảng bộ phường Xuân Hương", 12],
]);

function totalsRow(grids: readonly Grid[]): number[] {
  const g = grids.find((x) => x.definedNames?.[ROLLUP_NAMES.totals])!;
  const r = g.definedNames![ROLLUP_NAMES.totals]!;
  return Array.from({ length: 9 }, (_, i) => Number(cellAt(g, r.top, r.left + 2 + i).value ?? 0));
}

describe("a commune's progress workbook read at the province", () => {
  let communes: Array<{ grids: Grid[]; totals: number[] }>;
  beforeAll(async () => {
    communes = await Promise.all(COMMUNES.map(communeWorkbook));
  });

  it("carries the committee line of its issuer, its period and its TỔNG CỘNG row as workbook names", () => {
    const g = communes[0]!.grids.find((x) => x.definedNames?.[ROLLUP_NAMES.reportingOrg])!;
    const at = (name: string) => {
      const r = g.definedNames![name]!;
      return cellAt(g, r.top, r.left).value;
    };
    expect(at(ROLLUP_NAMES.reportingOrg)).toBe("ĐẢNG ỦY XÃ KA ĐÔ");
    expect(at(ROLLUP_NAMES.period)).toBe("2025-03");
    expect(at(ROLLUP_NAMES.totals)).toBe("TỔNG CỘNG");
  });

  it("sums the communes' TỔNG CỘNG rows in the JSON and in the province workbook, matching 'Đảng ủy X' to 'Đảng bộ X'", async () => {
    const result = consolidate(
      communes.map((c, i) => ({ file: `xa-${i + 1}.xlsx`, grids: c.grids })),
      { allocation: PROVINCE, year: 2025, month: 3 },
    );
    expect(result.others).toEqual([]);
    expect(result.missing).toEqual([]);
    const rows = communes.map((c) => totalsRow(c.grids));
    const sum = (i: number) => rows.reduce((s, r) => s + (r[i] ?? 0), 0);
    // Columns from Chỉ tiêu: quota, HS quota, in month, to date, HS, women, DTTS, religious, youth union.
    const json = consolidationJson(result, "en");
    expect(json.totals).toMatchObject({ admittedInPeriod: sum(2), admittedToDate: sum(3) });
    expect(sum(3)).toBe(14);
    const byName = new Map(result.organizations.map((o) => [o.name, o]));
    expect(byName.get("Đảng bộ xã Ka Đô")).toMatchObject({ admittedInPeriod: rows[0]![2], admittedToDate: rows[0]![3], women: rows[0]![5], ethnicMinority: rows[0]![6], youthUnion: rows[0]![8] });
    expect(byName.get("Đảng bộ phường Xuân Hương")).toMatchObject({ admittedToDate: 6, women: 5, youthUnion: 6 });
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);

    const province = await readWorkbook(await writeWorkbook(progressWorkbookSpec(result, reportSettingsFromDocument({ ...DEFAULT_DOCUMENT_SETTINGS, issuingBody: ["TỈNH ỦY LÂM ĐỒNG", "BAN TỔ CHỨC"] }, "vi"))), "tinh.xlsx");
    if (!province.ok) throw new Error("unreadable");
    const total = totalsRow(province.grids);
    // In month, to date, women, DTTS, youth union: the province row is the communes' rows added up.
    for (const i of [2, 3, 5, 6, 8]) expect(total[i]).toBe(sum(i));
  });

  it("reports a commune workbook of another year, and names a missing month M when the commune is a month behind", async () => {
    const late = await communeWorkbook(COMMUNES[1]!);
    const other = consolidate([{ file: "tu-tra.xlsx", grids: late.grids }], { allocation: PROVINCE, year: 2026, month: 3 });
    expect(other.findings.map((f) => f.code)).toContain("SUBMISSION_OTHER_YEAR");
    const ahead = consolidate([{ file: "tu-tra.xlsx", grids: late.grids }], { allocation: PROVINCE, year: 2025, month: 4 });
    expect(ahead.findings.filter((f) => f.code === "SUBMISSION_MISSING").map((f) => f.args.name)).toContain("Đảng bộ xã Tu Tra");
    expect(ahead.organizations.find((o) => o.name === "Đảng bộ xã Tu Tra")).toMatchObject({ admittedToDate: 3, admittedInPeriod: 0 });
  });
});
