/**
 * @jest-environment jsdom
 */
import { createBrowserHost } from "../../src/browser/browser-host";
import { safeFileName } from "../../src/browser/download";
import { sampleWorkbook, SAMPLE_FILE_NAME } from "../../src/browser/sample-data";
import type { SheetSpec, WorkbookSpec } from "../../src/core/sheet-spec";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import JSZip from "jszip";
import { isHostError } from "../../src/host";

// The real writer needs ExcelJS; these tests are about the host, so bytes stand in for files.
jest.mock("../../src/xlsx/lazy", () => ({
  readFileBytes: async (b: Blob & { name: string }) => {
    if (b.name === "gone.xlsx") throw new DOMException("The requested file could not be read", "NotReadableError");
    return new Uint8Array(Buffer.from(b.name, "utf8"));
  },
  readWorkbookLazily: async (_bytes: Uint8Array, name: string) =>
    name.endsWith(".xls")
      ? { ok: false, problem: { code: "FILE_XLS", severity: "error", args: {}, file: name, message: { vi: "Tệp .xls cũ: hãy lưu thành .xlsx", en: "Old .xls file: save it as .xlsx" } } }
      : { ok: true, grids: [{ name: "Trang1", rows: [[{ value: "x" }]], origin: { row: 0, col: 0 }, merges: [] }] },
  writeWorkbookLazily: async (spec: WorkbookSpec) => new Uint8Array(Buffer.from(`book:${spec.sheets.map((s) => s.name).join("|")}`, "utf8")),
}));

const spec = (name: string, role: SheetSpec["role"]): SheetSpec => ({ name, role, rows: [[{ value: name }]] });

function memoryHost() {
  const saved: Array<{ name: string; bytes: Uint8Array; mime: string }> = [];
  const host = createBrowserHost({ save: (name, bytes, mime) => saved.push({ name, bytes, mime }), store: createSettingsStorage(null) });
  return { host, saved };
}

describe("browser host", () => {
  test("a file the browser can no longer read rejects with a HostError naming it in both languages", async () => {
    const { host } = memoryHost();
    const error: unknown = await host.openFiles([Object.assign(new Blob(["x"]), { name: "gone.xlsx" })]).catch((e: unknown) => e);
    expect(isHostError(error)).toBe(true);
    expect(error).toMatchObject({ code: "FILE_UNREADABLE", host: "browser", text: { vi: expect.stringContaining('"gone.xlsx"'), en: expect.stringContaining('"gone.xlsx"') } });
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    expect(host.files()).toEqual([]);
  });

  test("lists and reads in one call: a missing sheet and a too-large one come back null", async () => {
    const { host } = memoryHost();
    const book = sampleWorkbook();
    host.addWorkbook(book, "Phân bổ 2025");
    // 100,001 rows: over the row limit, so the pane must not get its cells.
    const huge = { name: "Quá lớn", rows: Array.from({ length: 100_001 }, () => [{ value: 1 }]), origin: { row: 0, col: 0 }, merges: [] };
    host.addWorkbook({ name: "lon.xlsx", grids: [huge] });
    const { sheets, grids } = await host.listAndReadSheets!([
      { name: "Phân bổ 2025", file: SAMPLE_FILE_NAME },
      { name: "Không có", file: SAMPLE_FILE_NAME },
      { name: "Quá lớn", file: "lon.xlsx" },
    ]);
    expect(sheets).toEqual(await host.listSheets());
    expect(grids[0]!.name).toBe("Phân bổ 2025");
    expect(grids[1]).toBeNull();
    expect(grids[2]).toBeNull();
  });

  test("lists the sheets of opened files and reads them back by file and name", async () => {
    const { host } = memoryHost();
    host.addWorkbook(sampleWorkbook(), "Phân bổ 2025");
    const sheets = await host.listSheets();
    expect(sheets.map((s) => [s.file, s.name, s.owned, s.active ?? false])).toEqual([
      [SAMPLE_FILE_NAME, "Phân bổ 2025", false, true],
      [SAMPLE_FILE_NAME, "Nhật ký báo cáo", false, false],
    ]);
    const [grid, missing] = await host.readSheets([{ name: "Nhật ký báo cáo", file: SAMPLE_FILE_NAME }, { name: "Không có", file: "x.xlsx" }]);
    expect(grid!.name).toBe("Nhật ký báo cáo");
    expect(missing!.rows).toEqual([]);
  });

  test("opening files reports unreadable ones with the reader's message and keeps the rest", async () => {
    const { host } = memoryHost();
    let changes = 0;
    host.onSheetsChanged(() => (changes += 1));
    const files = [new File(["a"], "cu.xls"), new File(["b"], "bao-cao.csv")];
    const problems = await host.openFiles(files);
    expect(problems.map((p) => [p.name, p.problem.message.vi])).toEqual([["cu.xls", "Tệp .xls cũ: hãy lưu thành .xlsx"]]);
    expect(host.files().map((f) => f.name)).toEqual(["bao-cao.csv"]);
    expect(changes).toBe(1);
    host.closeFile("bao-cao.csv");
    expect(await host.listSheets()).toEqual([]);
  });

  test("re-running replaces earlier produced sheets of the same role only", async () => {
    const { host } = memoryHost();
    await host.writeOwnedSheets([spec("Tổng hợp T04-2025", "progress"), spec("Theo tháng 2025", "monthly"), spec("Bí danh", "aliases")]);
    const r = await host.writeOwnedSheets([spec("Tổng hợp T05-2025", "progress"), spec("Theo tháng 2025", "monthly")]);
    expect(r.written).toEqual(["Tổng hợp T05-2025", "Theo tháng 2025"]);
    expect(host.produced().map((s) => s.name)).toEqual(["Bí danh", "Tổng hợp T05-2025", "Theo tháng 2025"]);
    expect((await host.listSheets()).filter((s) => s.owned).length).toBe(3);
    expect(host.preview().sheet).toEqual({ name: "Tổng hợp T05-2025" });
    const [grid] = await host.readSheets([{ name: "Tổng hợp T05-2025" }]);
    expect(grid!.rows[0]![0]!.value).toBe("Tổng hợp T05-2025");
  });

  test("one workbook downloads as .xlsx, several as one .zip holding each file", async () => {
    const { host, saved } = memoryHost();
    await host.deliverWorkbooks([{ fileName: "Mẫu báo cáo - Đảng bộ xã Ka Đô.xlsx", sheets: [spec("Báo cáo 2025", "template")] }]);
    expect(saved.map((s) => s.name)).toEqual(["Mau-bao-cao-Dang-bo-xa-Ka-Do.xlsx"]);

    const books: WorkbookSpec[] = ["Đảng bộ xã Ka Đô", "Đảng bộ xã Ka Đơn", "Đảng bộ xã Ka Đô"].map((n) => ({ fileName: `${n}.xlsx`, sheets: [spec(n, "template")] }));
    const result = await host.deliverWorkbooks(books);
    expect(result.written).toEqual(["Dang-bo-xa-Ka-Do.xlsx", "Dang-bo-xa-Ka-Don.xlsx", "Dang-bo-xa-Ka-Do-2.xlsx"]);
    const zipFile = saved[1]!;
    expect(zipFile.name).toBe("mau-bao-cao.zip");
    expect(zipFile.mime).toBe("application/zip");
    const zip = await JSZip.loadAsync(zipFile.bytes);
    expect(Object.keys(zip.files).sort()).toEqual(["Dang-bo-xa-Ka-Do-2.xlsx", "Dang-bo-xa-Ka-Do.xlsx", "Dang-bo-xa-Ka-Don.xlsx"]);
    expect(await zip.file("Dang-bo-xa-Ka-Don.xlsx")!.async("string")).toBe("book:Đảng bộ xã Ka Đơn");
  });

  test("highlight keeps the most severe mark per cell; selectCell moves the preview; clear removes only that sheet", async () => {
    const { host } = memoryHost();
    host.addWorkbook(sampleWorkbook());
    const alloc = { name: "Phân bổ 2025", file: SAMPLE_FILE_NAME };
    const log = { name: "Nhật ký báo cáo", file: SAMPLE_FILE_NAME };
    await host.highlight({ sheet: alloc, cells: [{ address: "$c$10", severity: "info" }, { address: "C10", severity: "error" }, { address: "B9", severity: "warning" }] });
    await host.highlight({ sheet: log, cells: [{ address: "A1", severity: "info" }] });
    expect([...host.highlightsOf(alloc)]).toEqual([["C10", "error"], ["B9", "warning"]]);
    await host.selectCell(alloc, "c10");
    expect(host.preview()).toEqual({ sheet: alloc, selected: "C10" });
    await host.clearHighlight(alloc);
    expect(host.highlightsOf(alloc).size).toBe(0);
    expect(host.highlightsOf(log).size).toBe(1);
  });

  test("settings survive a new host through localStorage", async () => {
    localStorage.clear();
    const a = createBrowserHost();
    await a.setSetting("ptdv.target", "88");
    const b = createBrowserHost();
    expect(await b.getSetting("ptdv.target")).toBe("88");
    expect(createBrowserHost({ lang: "en" }).preferredLang()).toBe("en");
  });
});

describe("safe file names", () => {
  test("drop diacritics and characters file systems reject", () => {
    expect(safeFileName("Chi bộ Trường THPT Pró / <script>", "xlsx")).toBe("Chi-bo-Truong-THPT-Pro-script.xlsx");
    expect(safeFileName("Đảng bộ thị trấn D’Ran", "xlsx")).toBe("Dang-bo-thi-tran-D-Ran.xlsx");
    expect(safeFileName("...", "zip")).toBe("ptdv.zip");
  });
});
