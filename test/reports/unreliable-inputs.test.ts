import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { formatSource, makeFinding } from "../../src/core/findings";
import { gridFromValues, type Cell, type CellValue } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { consolidationJson } from "../../src/core/reports/json";
import { NO_QUOTA_LABEL, progressSheetSpec, STATUS_LABELS } from "../../src/core/reports/progress-spec";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { consolidationText } from "../../src/core/reports/summary-text";
import { TEMPLATE_LAYOUT } from "../../src/core/reports/template-layout";
import { templateWorkbookSpecs } from "../../src/core/reports/template-spec";
import { seedAllocation, specToGrid, withValues } from "./helpers";

const HEADER = ["TCCSĐ", "Tháng", "Kết nạp", "HS", "Nữ", "Lũy kế"];
const log = (rows: ReadonlyArray<ReadonlyArray<CellValue | Cell>>) => gridFromValues("Nhật ký báo cáo", [["NHẬT KÝ BÁO CÁO"], [], HEADER, ...rows]);

/** The seed's allocation where one organisation's quota cell could not be read, as the check engine reports it. */
function allocationWithBlankQuota(): AllocationCheckResult {
  const base = seedAllocation();
  const organizations = base.organizations.map((o) => (o.name === "Đảng bộ xã Ka Đô" ? { ...o, quota: null } : o));
  const error = makeFinding(
    { QUOTA_MISSING: { severity: "error", vi: () => "Thiếu chỉ tiêu", en: () => "Quota missing" } },
    "QUOTA_MISSING",
    { file: "alloc.xlsx", sheet: "Phân bổ", cell: "C9" },
  );
  return { ...base, organizations, findings: [error] };
}

describe("organisations without a valid quota", () => {
  const allocation = allocationWithBlankQuota();
  const r = consolidate([{ file: "a.xlsx", grids: [log([["Đảng bộ xã Ka Đô", "5/2025", 1]])] }], { allocation, year: 2025, month: 5 });
  const kaDo = r.organizations.find((o) => o.name === "Đảng bộ xã Ka Đô")!;

  it("never says done: remaining and percent are unknown and the status asks for attention", () => {
    expect(kaDo).toMatchObject({ quota: null, remaining: null, percent: null, status: "behind", admittedToDate: 1 });
    const json = consolidationJson(r, "vi").organizations.find((o) => o.name === "Đảng bộ xã Ka Đô")!;
    expect(json).toMatchObject({ quota: null, remaining: null, percent: null, status: "behind" });
  });

  it("shows an explicit no-quota label in the progress sheet instead of a formula that would say Hoàn thành", () => {
    const sheet = progressSheetSpec(r, DEFAULT_REPORT_SETTINGS);
    const row = sheet.rows.find((cells) => cells.some((c) => c?.value === "Đảng bộ xã Ka Đô"))!;
    const texts = row.map((c) => c?.value);
    expect(texts).toContain(NO_QUOTA_LABEL);
    expect(texts).not.toContain(STATUS_LABELS.done);
    expect(row.filter((c) => c?.formula !== undefined)).toEqual([]);
    expect(consolidationText(r, "vi")).toMatch(/Đảng bộ xã Ka Đô .*Chưa có chỉ tiêu hợp lệ/);
  });

  it("carries the allocation table's errors into the consolidation's findings", () => {
    expect(r.findings.map((f) => f.code)).toContain("QUOTA_MISSING");
    expect(r.findings.find((f) => f.code === "QUOTA_MISSING")).toMatchObject({ severity: "error", file: "alloc.xlsx", cell: "C9" });
  });
});

describe("an organisation listed twice in the allocation table", () => {
  it("gets its reports on its first row, not under others with a suggestion of itself", () => {
    const base = seedAllocation();
    const first = base.organizations[4]!;
    const allocation = { ...base, organizations: [...base.organizations, { ...first, row: 40, nameCell: "B40", quotaCell: "C40" }] };
    const r = consolidate([{ file: "a.xlsx", grids: [log([[first.name, "5/2025", 2]])] }], { allocation, year: 2025, month: 5 });
    expect(r.others).toEqual([]);
    expect(r.findings.map((f) => f.code)).not.toContain("SUBMISSION_UNKNOWN_ORGANIZATION");
    expect(r.organizations[4]).toMatchObject({ name: first.name, admittedToDate: 2, submitted: true });
    expect(r.organizations[15]).toMatchObject({ admittedToDate: 0 });
  });
});

describe("who has and has not reported for month M", () => {
  const r = consolidate(
    [{ file: "a.xlsx", grids: [log([["Đảng bộ xã Tu Tra", "5/2025", "hai"], ["Đảng bộ xã Ka Đô", "5/2025", 1]])] }],
    { allocation: seedAllocation(), year: 2025, month: 5, allocationFile: "phan-bo.xlsx" },
  );
  const missingFor = (name: string) => r.findings.filter((f) => f.code === "SUBMISSION_MISSING" && f.args["name"] === name);

  it("does not tell an organisation that sent an invalid row that it has not reported", () => {
    expect(missingFor("Đảng bộ xã Tu Tra")).toEqual([]);
    expect(r.findings.filter((f) => f.code === "SUBMISSION_INVALID_NUMBER")).toHaveLength(1);
    expect(r.organizations.find((o) => o.name === "Đảng bộ xã Tu Tra")).toMatchObject({ submitted: false });
    expect(r.missing).toContain("Đảng bộ xã Tu Tra");
    expect(r.reportedWithErrors).toEqual(["Đảng bộ xã Tu Tra"]);
  });

  it("says 'reported with errors' rather than 'not reported' in the text and the progress sheet", () => {
    const text = consolidationText(r, "vi");
    expect(text).toContain("1 có báo cáo nhưng số liệu lỗi");
    expect(text).toContain("13 chưa nộp");
    expect(text).toMatch(/Đảng bộ xã Tu Tra .*\(số liệu lỗi\)/);
    const lines = progressSheetSpec(r, DEFAULT_REPORT_SETTINGS).rows.map((cells) => String(cells[0]?.value ?? ""));
    const notSent = lines.find((l) => l.startsWith("Chưa nộp báo cáo"))!;
    expect(notSent).not.toContain("Đảng bộ xã Tu Tra");
    expect(lines.find((l) => l.startsWith("Có báo cáo tháng 5/2025 nhưng số liệu lỗi"))).toContain("Đảng bộ xã Tu Tra");
  });

  it("names the allocation file, sheet and cell as the source of a missing report", () => {
    const f = missingFor("Đảng bộ Công an huyện")[0]!;
    expect(formatSource(f)).toBe("phan-bo.xlsx › Phân bổ › B5");
  });
});

describe("what messages quote", () => {
  const L = TEMPLATE_LAYOUT;
  const namelessTemplate = withValues(specToGrid(templateWorkbookSpecs(seedAllocation(), 2025, DEFAULT_REPORT_SETTINGS)[0]!.sheets[0]!), [
    [L.orgNameRow, L.valueCol, null],
    [L.firstMonthRow, L.firstInputCol, 1],
  ]);

  it("quotes a fraction as stored, not as its format rounds it", () => {
    const cell: Cell = { value: 1.5, numFmt: "0", text: "2" };
    const r = consolidate([{ file: "a.xlsx", grids: [log([["Đảng bộ xã Tu Tra", "5/2025", cell]])] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    const f = r.findings.find((x) => x.code === "SUBMISSION_INVALID_NUMBER")!;
    expect(f.message.vi).toContain('ghi "1.5"');
    expect(f.message.en).toContain('holds "1.5"');
  });

  it("says the admitted count is blank when only breakdowns are filled", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [log([["Đảng bộ xã Tu Tra", "5/2025", null, null, 1]])] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    const f = r.findings.find((x) => x.code === "SUBMISSION_INVALID_NUMBER")!;
    expect(f.message.vi).not.toContain('ghi ""');
    expect(f.message.vi).toContain("để trống");
    expect(f.message.en).toContain("is blank");
  });

  it("writes English messages without Vietnamese column labels, figures or placeholders", () => {
    const r = consolidate(
      [
        { file: "a.xlsx", grids: [log([["Đảng bộ xã Tu Tra", "4/2025", 2, 1], ["Đảng bộ xã Tu Tra", "5/2025", "hai"]])] },
        { file: "b.xlsx", grids: [log([["Đảng bộ xã Tu Tra", "4/2025", 3, 0, 1]])] },
        { file: "nameless.xlsx", grids: [namelessTemplate] },
      ],
      { allocation: seedAllocation(), year: 2025, month: 5 },
    );
    const en = r.findings.map((f) => f.message.en).join("\n");
    expect(en).toContain("admitted 2, students 1");
    expect(en).toContain("(no name)");
    expect(en).toContain("Admitted in the month");
    expect(en).not.toMatch(/kết nạp|Kết nạp|không có tên|HS 1/);
    expect(r.findings.map((f) => f.message.vi).join("\n")).toContain("kết nạp 2, HS 1");
  });
});

describe("a running total typed over the template's formula", () => {
  const books = templateWorkbookSpecs(seedAllocation(), 2025, DEFAULT_REPORT_SETTINGS);
  const L = TEMPLATE_LAYOUT;
  const month = (m: number) => L.firstMonthRow + m - 1;
  const base = () => specToGrid(books[8]!.sheets[0]!);

  it("is compared with the sum of the months", () => {
    const g = withValues(base(), [
      [month(1), L.firstInputCol, 1],
      [month(2), L.firstInputCol, 2],
      [month(2), L.cumulativeCol, 5],
    ]);
    const r = consolidate([{ file: "t.xlsx", grids: [g] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    const f = r.findings.find((x) => x.code === "CUMULATIVE_MISMATCH")!;
    expect(f).toMatchObject({ file: "t.xlsx", cell: "J15", args: { value: 5, sum: 3 } });
  });

  it("is left alone while the template's formula is still there", () => {
    const g = withValues(base(), [
      [month(1), L.firstInputCol, 1],
      [month(2), L.firstInputCol, 2],
    ]);
    const r = consolidate([{ file: "t.xlsx", grids: [g] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.findings.map((x) => x.code)).not.toContain("CUMULATIVE_MISMATCH");
  });
});
