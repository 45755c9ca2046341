/**
 * Issue #15 item 7, for writes: Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded), per Microsoft's "Resource limits and
 * performance optimization for Office Add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The fake refuses such a request the same way, counting what it carries in
 * UTF-8 plus each command's and object's own cost, so an owned sheet of tens of
 * thousands of rows must be sent in parts.
 */
import type { SheetSpec, SpecCell } from "../../src/core/sheet-spec";
import { createExcelHost } from "../../src/excel/excel-host";
import { HIGHLIGHT_FORMULA } from "../../src/excel/highlight";
import { utf8Length } from "../../src/excel/payload-limit";
import { rowChunks, rowHeightRuns } from "../../src/excel/render-sheet";
import { packRequests, rowsItem, syncInRounds, type RoundItem } from "../../src/excel/request-rounds";
import { FakeExcel, payloadBytes, REQUEST_LIMIT_BYTES, setCells } from "./fake-excel";
import { addAllocationSheet } from "./workbook-fixtures";

const ORGS = ["Đảng bộ xã Ka Đô", "Chi bộ Trường THPT Pró", "Đảng bộ Công an huyện Đơn Dương", "Chi bộ Thôn Ka Đơn", "Đảng bộ Quân sự huyện"];
const text = { border: true, wrap: true, vertical: "top" } as const;

/**
 * A findings sheet as src/core/reports/findings-spec.ts lays it out (title,
 * header, STT | Mức độ | Nguồn | Nội dung | Mã, a height per row), with `rows`
 * findings whose messages are as long as real ones.
 */
function findingsSheet(rows: number): SheetSpec {
  const body: Array<Array<SpecCell | null>> = [];
  const rowHeights: Record<number, number> = {};
  for (let i = 0; i < rows; i++) {
    const org = ORGS[i % ORGS.length] ?? "";
    body.push([
      { value: i + 1, style: { border: true, numFmt: "0" } },
      { value: i % 3 === 0 ? "Lỗi" : "Cảnh báo", style: { ...text, horizontal: "center" } },
      { value: `Báo cáo T05-2025 ${org}.xlsx › Tháng 5 › D${(i % 40) + 8}`, style: text },
      { value: `${org}: số kết nạp trong tháng (${i % 17}) lớn hơn chỉ tiêu còn lại của năm; hãy kiểm tra lại dòng ${i + 8} trước khi tổng hợp.`, style: text },
      { value: i % 3 === 0 ? "REPORT_ADMITTED_OVER_QUOTA" : "REPORT_MONTH_MISSING", style: { border: true, wrap: false } },
    ]);
    rowHeights[i + 4] = i % 2 === 0 ? 30 : 45;
  }
  return {
    name: "Kiểm tra T05-2025",
    role: "findings",
    rows: [
      [{ value: "KẾT QUẢ KIỂM TRA BÁO CÁO ĐẾN HẾT THÁNG 5/2025", style: { font: { bold: true, size: 14 }, horizontal: "center" } }],
      [{ value: `${rows} vấn đề`, style: { font: { italic: true } } }],
      [],
      ["STT", "Mức độ", "Nguồn (tệp › trang › ô)", "Nội dung", "Mã"].map((h) => ({ value: h, style: { font: { bold: true }, border: true, fill: "#D9E1F2" } })),
      ...body,
    ],
    columns: [{ width: 5 }, { width: 11 }, { width: 36 }, { width: 90 }, { width: 34, hidden: true }],
    rowHeights,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 0, bottom: 1, right: 4 },
    ],
    freeze: { rows: 4, columns: 0 },
    protect: true,
  };
}

/** What the sheet should hold: every value, and the text format on every text cell. */
function expectWritten(excel: FakeExcel, spec: SheetSpec): void {
  const mismatches: string[] = [];
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || cell.value === null) return;
      const got = excel.model.sheet(spec.name).cells.get(`${r},${c}`);
      const format = typeof cell.value === "string" ? "@" : (cell.style?.numFmt ?? "General");
      if (got?.value !== cell.value || got.numberFormat !== format) mismatches.push(`${r},${c}: ${JSON.stringify(got)}`);
    }),
  );
  expect(mismatches.slice(0, 5)).toEqual([]);
}

describe("Excel on the web's 5 MB request limit, for writes (item 7)", () => {
  it("the fake refuses a request over 5 MB with Excel on the web's code and does none of it", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Trang");
    const spec = findingsSheet(20_000);
    const values = spec.rows.map((row) => Array.from({ length: 5 }, (_, c) => row[c]?.value ?? ""));
    // The whole findings sheet as one assignment is over the limit: the adapter cannot write it that way.
    expect(payloadBytes(values)).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    await expect(
      excel.env().run(async (context) => {
        context.workbook.worksheets.getItem("Trang").getRangeByIndexes(0, 0, values.length, 5).values = values;
        await context.sync();
      }, { delayForCellEdit: false }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.sheet("Trang").cells.size).toBe(0);
  });

  it("writes a 20,000-row findings sheet completely, in a few requests under the limit", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    const spec = findingsSheet(20_000);
    const result = await createExcelHost(excel.env()).writeOwnedSheets([spec]);
    expect(result.written).toEqual([spec.name]);
    expectWritten(excel, spec);
    const sheet = excel.sheet(spec.name);
    expect(sheet.rowHeights.get(4)).toBe(30);
    expect(sheet.rowHeights.get(20_003)).toBe(45);
    expect(sheet.hiddenColumns).toEqual(new Set([4]));
    expect(excel.cell(spec.name, "D20004")?.format).toMatchObject({ wrapText: true, "borders.EdgeTop.style": "Continuous" });
    expect(sheet.merges).toHaveLength(2);
    expect(sheet.protected).toBe(true);
    // Three syncs before rendering (learn, add, register); the render took more than one
    // request, because one could not carry it, but not one per row block of a naive split.
    expect(excel.syncs).toBeGreaterThan(4);
    expect(excel.syncs).toBeLessThanOrEqual(12);
  });

  it("writes a 10,000-row sheet with a formula on every row", async () => {
    const excel = new FakeExcel();
    const rows: Array<Array<SpecCell | null>> = [];
    for (let r = 0; r < 10_000; r++) {
      rows.push([
        { value: `Chi bộ số ${r + 1} thuộc Đảng bộ xã Ka Đô, huyện Đơn Dương` },
        { value: r % 7, style: { numFmt: "0" } },
        { value: r % 5, style: { numFmt: "0" } },
        { value: (r % 7) + (r % 5), formula: `SUM(B${r + 1}:C${r + 1})`, style: { numFmt: "0" } },
      ]);
    }
    const spec: SheetSpec = { name: "Tổng hợp T05-2025", role: "progress", rows };
    await createExcelHost(excel.env()).writeOwnedSheets([spec]);
    expect(excel.cell(spec.name, "A10000")?.value).toBe("Chi bộ số 10000 thuộc Đảng bộ xã Ka Đô, huyện Đơn Dương");
    const formulas = Array.from(excel.sheet(spec.name).cells.entries()).filter(([, c]) => c.formula !== undefined);
    expect(formulas).toHaveLength(10_000);
    expect(excel.cell(spec.name, "D9999")).toMatchObject({ formula: "SUM(B9999:C9999)", numberFormat: "0" });
  });

  it("when Excel refuses a request the estimate let through, halves it and writes a sheet identical to one written without a limit", async () => {
    const spec = findingsSheet(400);
    const reference = new FakeExcel();
    addAllocationSheet(reference);
    await createExcelHost(reference.env()).writeOwnedSheets([spec]);

    const excel = new FakeExcel();
    addAllocationSheet(excel);
    // A limit far below the adapter's 4 MB budget, so only Excel's refusal can make it split.
    excel.requestLimitBytes = 40_000;
    const result = await createExcelHost(excel.env()).writeOwnedSheets([spec]);
    expect(result.written).toEqual([spec.name]);
    expect(excel.snapshot(spec.name)).toEqual(reference.snapshot(spec.name));
    expect(excel.sheet(spec.name).protected).toBe(true);
  });

  it("does not retry a write Excel refuses for another reason, and removes the sheet it added", async () => {
    const excel = new FakeExcel();
    addAllocationSheet(excel);
    excel.faults.set("Range.values", "AccessDenied");
    await expect(createExcelHost(excel.env()).writeOwnedSheets([findingsSheet(50)])).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.model.findSheet("Kiểm tra T05-2025")).toBeUndefined();
  });

  it("highlights thousands of cells under a small limit and clears every one of them", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Sổ theo dõi");
    setCells(
      sheet,
      "A1",
      Array.from({ length: 1500 }, (_, r) => [`Đảng viên ${r + 1}`, "x", r]),
    );
    excel.requestLimitBytes = 60_000;
    const host = createExcelHost(excel.env());
    // Every other cell of column C and all of column A: 2,250 runs, none adjacent in a row.
    const cells = [
      ...Array.from({ length: 1500 }, (_, r) => ({ address: `A${r + 1}`, severity: "warning" as const })),
      ...Array.from({ length: 750 }, (_, i) => ({ address: `C${2 * i + 1}`, severity: "error" as const })),
    ];
    await host.highlight({ sheet: { name: "Sổ theo dõi" }, cells });
    const ours = excel.sheet("Sổ theo dõi").conditionalFormats.filter((cf) => cf.props["rule.formula"] === HIGHLIGHT_FORMULA);
    expect(ours).toHaveLength(2250);
    await host.clearHighlight({ name: "Sổ theo dõi" });
    expect(excel.sheet("Sổ theo dõi").conditionalFormats).toEqual([]);
  });

  it("converts and restores hundreds of quota cells under a small limit", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Phân bổ");
    setCells(
      sheet,
      "C1",
      Array.from({ length: 600 }, (_, r) => [{ value: String((r % 9) + 1).padStart(2, "0"), numberFormat: "@" }]),
    );
    const before = excel.snapshot("Phân bổ");
    excel.requestLimitBytes = 20_000;
    const host = createExcelHost(excel.env());
    const { writeUserCells, undoUserCells } = host;
    if (!writeUserCells || !undoUserCells) throw new Error("the Excel host converts cells");
    const result = await writeUserCells(
      { name: "Phân bổ" },
      Array.from({ length: 600 }, (_, r) => ({ address: `C${r + 1}`, value: (r % 9) + 1, numberFormat: "00" })),
    );
    expect(result.written).toBe(600);
    expect(excel.cell("Phân bổ", "C600")).toMatchObject({ value: 6, numberFormat: "00" });
    await undoUserCells(result.undoToken);
    expect(excel.snapshot("Phân bổ")).toEqual(before);
  });
});

describe("syncInRounds", () => {
  const recorder = (refuseOver: number): { context: { sync(): Promise<void> }; sent: string[][]; queued: string[] } => {
    const queued: string[] = [];
    const sent: string[][] = [];
    return {
      queued,
      sent,
      context: {
        sync: () => {
          const batch = queued.splice(0);
          if (batch.length > refuseOver) return Promise.reject(Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" }));
          sent.push(batch);
          return Promise.resolve();
        },
      },
    };
  };
  const rows = (n: number, queued: string[]): RoundItem => rowsItem(0, n, Array.from({ length: n }, () => 10), 0, (first, count) => {
    for (let r = first; r < first + count; r++) queued.push(`r${r}`);
  });

  it("sends small items together in one sync", async () => {
    const { context, sent, queued } = recorder(100);
    const item = (name: string): RoundItem => ({ bytes: 10, queue: () => queued.push(name) });
    expect(await syncInRounds(context, [item("a"), item("b"), item("c")])).toBe(1);
    expect(sent).toEqual([["a", "b", "c"]]);
  });

  it("splits an item estimated over the budget before sending it, keeping the order", () => {
    const rounds = packRequests([rows(10, [])], 35);
    expect(rounds.map((round) => round.reduce((n, i) => n + i.bytes, 0))).toEqual([30, 20, 30, 20]);
  });

  it("halves a refused round until each part is accepted, and sends every row once, in order", async () => {
    const { context, sent, queued } = recorder(3);
    await syncInRounds(context, [rows(10, queued)]);
    expect(sent.flat()).toEqual(Array.from({ length: 10 }, (_, r) => `r${r}`));
    expect(sent.every((batch) => batch.length <= 3)).toBe(true);
  });

  it("gives up with Excel's error when a single row is still refused", async () => {
    const { context, queued } = recorder(0);
    await expect(syncInRounds(context, [rows(4, queued)])).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("sizing a request", () => {
  it("counts UTF-8 bytes as TextEncoder does, for Vietnamese, TCVN3 leftovers and emoji", () => {
    const utf8 = new TextEncoder();
    for (const text of ["", "STT", "Đảng bộ xã Ka Đô", "Chi bé Tr\u00adêng", "Tiến độ 📈 5/2025", "\u{1F600}\u{1F600}", "lone \ud800 surrogate"]) {
      expect({ text, bytes: utf8Length(text) }).toEqual({ text, bytes: utf8.encode(text).length });
    }
  });

  it("cuts rows into runs under the budget, a row bigger than the budget alone", () => {
    expect(rowChunks([10, 10, 10, 50, 10], 25)).toEqual([
      { first: 0, count: 2 },
      { first: 2, count: 1 },
      { first: 3, count: 1 },
      { first: 4, count: 1 },
    ]);
    expect(rowChunks([], 25)).toEqual([]);
  });

  it("joins consecutive rows of the same height into one run", () => {
    expect(rowHeightRuns({ 4: 30, 5: 30, 6: 45, 8: 45, 9: 45, 2: 20 })).toEqual([
      { first: 2, count: 1, height: 20 },
      { first: 4, count: 2, height: 30 },
      { first: 6, count: 1, height: 45 },
      { first: 8, count: 2, height: 45 },
    ]);
  });
});
