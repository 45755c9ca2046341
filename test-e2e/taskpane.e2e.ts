/**
 * The add-in page (dist/taskpane.html) in Chromium at a task pane's 320 px:
 * inside "Excel" with office.js answered by a test double over an in-memory
 * workbook (test-e2e/fixtures/fake-office.js), and outside Office with the real
 * office.js from @microsoft/office-js served locally, or with office.js blocked.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import * as path from "node:path";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import {
  REPO,
  SCREENSHOT_DIR,
  clearScreenshots,
  guardNetwork,
  launchChromium,
  overflowsHorizontally,
  screenshot,
  serveDist,
  watchConsole,
  type ConsoleProblems,
  type StaticServer,
} from "./support/harness";
import { seedTable } from "./support/inputs";

const OFFICE_HOST = "https://appsforoffice.microsoft.com/";
const FAKE_OFFICE = readFileSync(path.join(REPO, "test-e2e", "fixtures", "fake-office.js"), "utf8");
const REAL_OFFICE_DIST = path.join(REPO, "node_modules", "@microsoft", "office-js", "dist");

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  clearScreenshots("taskpane-");
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`Task pane screenshots: ${SCREENSHOT_DIR}`);
});

type FakeCell = string | number | { value: string | number; numberFormat?: string; formula?: string };

interface FakeSnapshot {
  sheets: Array<{ id: string; name: string; cells: Record<string, { value: unknown; numberFormat: string; formula: string | null }>; conditionalFormats: number; protected: boolean }>;
  settings: Record<string, string>;
  names: string[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  createdWorkbooks: number;
  /** Base64 .xlsx of the last Excel.createWorkbook call. */
  lastCreatedWorkbook: string | null;
  syncs: number;
  runs: number;
}

const ALLOCATION_SHEET = "Phân bổ 2025";
const LOG_SHEET = "Nhật ký báo cáo";
const NOTES_SHEET = "Ghi chép";

/** The workbook in "Excel": the seed's table as typed, a report log for months 1–2, and a sheet of the user's own. */
function fakeWorkbook(): Array<{ name: string; rows: FakeCell[][] }> {
  const seed = seedTable();
  const allocation: FakeCell[][] = [
    ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["HUYỆN ỦY ĐƠN DƯƠNG"],
    [],
    [seed.title],
    [seed.subtitle],
    [],
    seed.header,
    ...seed.rows.map((r) => [r.stt, r.name, r.quota]),
  ];
  const log: FakeCell[][] = [
    ["NHẬT KÝ BÁO CÁO KẾT NẠP ĐẢNG VIÊN NĂM 2025"],
    [],
    ["STT", "TCCSĐ", "Tháng", "Năm", "Kết nạp trong tháng", "Trong đó học sinh", "Nữ", "Ghi chú"],
    [1, "Đảng bộ Công an huyện", 1, 2025, 1, 0, 0],
    [2, "Đảng bộ thị trấn Thạnh Mỹ", 1, 2025, 2, 0, 1],
    [3, "Đảng bộ thị trấn Thạnh Mỹ", 2, 2025, 1, 0, 0],
    [4, "Đảng bộ xã Tu Tra", 2, 2025, 3, 0, 1],
    [5, "Chi bộ Trường THPT Lê Lợi", 2, 2025, 1, 1, 0, "Học sinh lớp 12"],
  ];
  const notes: FakeCell[][] = [["Việc cần làm"], ["=1+1 là chữ, không phải công thức"], [{ value: 7, numberFormat: "00" }]];
  return [
    { name: ALLOCATION_SHEET, rows: allocation },
    { name: LOG_SHEET, rows: log },
    { name: NOTES_SHEET, rows: notes },
  ];
}

interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: ConsoleProblems;
  readonly external: string[];
  finish(): Promise<void>;
}

async function openPane(officeJs: (route: Route) => Promise<void>, init?: { excelApi: string; displayLanguage: string }, ignore?: (text: string) => boolean): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
  if (init) {
    await context.addInitScript((cfg) => {
      (globalThis as unknown as { __PTDV_FAKE_OFFICE__: unknown }).__PTDV_FAKE_OFFICE__ = cfg;
    }, { ...init, sheets: fakeWorkbook(), active: ALLOCATION_SHEET });
  }
  const { external } = await guardNetwork(context, server.base, [{ match: (url) => url.startsWith(OFFICE_HOST), handle: officeJs }]);
  const page = await context.newPage();
  const problems = watchConsole(page, ignore);
  await page.goto(`${server.base}taskpane.html`);
  await page.waitForSelector("#app[data-ready=true]");
  return {
    context,
    page,
    problems,
    external,
    async finish() {
      await context.close();
      expect(problems.errors).toEqual([]);
      expect(problems.dialogs).toEqual([]);
      expect(external).toEqual([]);
    },
  };
}

const fakeOfficeJs = async (route: Route): Promise<void> => {
  if (/\/office\.js(\?|$)/.test(route.request().url())) await route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE });
  else await route.abort("blockedbyclient");
};

/** Microsoft's own office.js and the files it asks for, from node_modules instead of the CDN. */
const realOfficeJs = async (route: Route): Promise<void> => {
  const url = new URL(route.request().url());
  const rel = url.pathname.replace(/^\/lib\/1\/hosted\//, "");
  const file = path.normalize(path.join(REAL_OFFICE_DIST, rel));
  if (!file.startsWith(REAL_OFFICE_DIST + path.sep)) {
    await route.abort("blockedbyclient");
    return;
  }
  try {
    await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file, "utf8") });
  } catch {
    await route.fulfill({ status: 404, body: "" });
  }
};

const inspect = (page: Page): Promise<FakeSnapshot> =>
  page.evaluate(() => (globalThis as unknown as { __PTDV_FAKE_EXCEL__: { inspect(): FakeSnapshot } }).__PTDV_FAKE_EXCEL__.inspect());

const inputSheets = (snap: FakeSnapshot) => snap.sheets.filter((s) => [ALLOCATION_SHEET, LOG_SHEET, NOTES_SHEET].includes(s.name));

async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await overflowsHorizontally(page);
  expect({ where, scrollWidth }).toEqual({ where, scrollWidth: clientWidth });
}

describe("add-in task pane in Chromium", () => {
  test("inside Excel (office.js double, ExcelApi 1.13): check shows 91/88/+3 and selects a finding's cell, highlight is cleared exactly, consolidate writes owned progress sheets and leaves input sheets as they were", async () => {
    const s = await openPane(fakeOfficeJs, { excelApi: "1.13", displayLanguage: "vi-VN" });
    const { page } = s;
    const before = await inspect(page);
    expect(await page.locator("[data-testid=limitations]").count()).toBe(0);
    expect(await page.locator("#check-sheet option:checked").textContent()).toBe(ALLOCATION_SHEET);
    await expectNoSideScroll(page, "check tab before running");

    await page.fill("#check-target", "88");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    expect(await page.textContent("[data-testid=summary-total]")).toBe("91");
    expect(await page.textContent("[data-testid=summary-target]")).toBe("88");
    expect(await page.textContent("[data-testid=summary-difference]")).toBe("+3");
    expect(await page.locator("[data-testid=student-quotas] li").count()).toBe(4);
    await expectNoSideScroll(page, "check results");
    await screenshot(page, "taskpane-01-check");

    // A single finding is one button; a group lists its cells as buttons (issue #11).
    const finding = page.locator("button[data-testid=finding][data-cell], button[data-testid=finding-cell]").first();
    const cell = (await finding.getAttribute("data-cell")) ?? "";
    await finding.click();
    await page.waitForFunction(
      ([sheet, address]) => {
        const sel = (globalThis as unknown as { __PTDV_FAKE_EXCEL__: { inspect(): FakeSnapshot } }).__PTDV_FAKE_EXCEL__.inspect().selection;
        return sel !== null && sel.sheet === sheet && sel.address === address;
      },
      [ALLOCATION_SHEET, cell] as const,
    );

    const settings = (await inspect(page)).settings;
    expect(settings["ptdv.target"]).toBe("88");

    await page.click("#check-highlight");
    await page.waitForSelector("#check-status [data-testid=status-message]");
    const highlighted = await inspect(page);
    expect(highlighted.sheets.find((x) => x.name === ALLOCATION_SHEET)?.conditionalFormats).toBeGreaterThan(0);
    await page.click("#check-clear");
    await page.waitForFunction(
      (name) =>
        (globalThis as unknown as { __PTDV_FAKE_EXCEL__: { inspect(): FakeSnapshot } }).__PTDV_FAKE_EXCEL__.inspect().sheets.find((x) => x.name === name)?.conditionalFormats === 0,
      ALLOCATION_SHEET,
    );

    await page.click("#tab-consolidate");
    const source = page.locator(`[data-testid=source-sheet]`);
    await source.first().waitFor();
    expect(await page.locator("#consolidate-sources label").allTextContents()).toEqual([LOG_SHEET]);
    await page.selectOption("#consolidate-month", "2");
    await page.fill("#consolidate-year", "2025");
    await page.click("#consolidate-run");
    await page.waitForSelector("[data-testid=consolidate-written]");
    await expectNoSideScroll(page, "consolidate results");
    await screenshot(page, "taskpane-02-consolidate");

    expect(await page.textContent("[data-testid=headline-to-date]")).toMatch(/^\D*8\D+88\D*$/);
    const missing = await page.locator("[data-testid=missing-org]").allTextContents();
    expect(missing).toHaveLength(12);
    expect(missing).toContain("Đảng bộ Công an huyện");
    expect(missing).not.toContain("Đảng bộ xã Tu Tra");

    const after = await inspect(page);
    // The user's sheets are exactly as before: values, formats, no leftover highlight.
    expect(inputSheets(after)).toEqual(inputSheets(before));
    const progress = after.sheets.find((x) => x.name.startsWith("Tổng hợp"));
    expect(progress).toBeDefined();
    const rowOf = (name: string): number => {
      const hit = Object.entries(progress!.cells).find(([, c]) => c.value === name);
      if (!hit) throw new Error(`no "${name}" on ${progress!.name}`);
      return Number(hit[0].replace(/^[A-Z]+/, ""));
    };
    const at = (col: string, row: number): unknown => progress!.cells[`${col}${row}`]?.value ?? null;
    const thanhMy = rowOf("Đảng bộ thị trấn Thạnh Mỹ");
    expect(["C", "E", "F"].map((c) => at(c, thanhMy))).toEqual([10, 1, 3]);
    const leLoi = rowOf("Chi bộ Trường THPT Lê Lợi");
    expect(["C", "D", "E", "F", "G"].map((c) => at(c, leLoi))).toEqual([3, 1, 1, 1, 1]);
    const total = rowOf("TỔNG CỘNG");
    expect(["C", "E", "F"].map((c) => at(c, total))).toEqual([91, 5, 8]);
    expect(progress!.cells[`F${total}`]?.formula).toMatch(/^SUM\(/);
    // Output sheets are recorded as the add-in's own.
    const registry = JSON.parse(after.settings["ptdv.addin.registry"] ?? "{}") as { owned?: Record<string, { role: string }> };
    const ownedIds = Object.keys(registry.owned ?? {});
    expect(ownedIds).toContain(progress!.id);
    for (const input of inputSheets(after)) expect(ownedIds).not.toContain(input.id);

    // Running again replaces the earlier output instead of piling up sheets.
    const sheetCount = after.sheets.length;
    await page.click("#consolidate-run");
    await page.waitForSelector("#panel-consolidate .consolidate-view[aria-busy=false] [data-testid=consolidate-written]");
    await page.waitForFunction(() => !document.querySelector("#consolidate-run")?.hasAttribute("disabled"));
    const again = await inspect(page);
    expect(again.sheets.length).toBe(sheetCount);
    expect(inputSheets(again)).toEqual(inputSheets(before));

    await page.click("#tab-templates");
    await page.click("#templates-run");
    await page.waitForSelector("[data-testid=templates-done]");
    // One new workbook with a sheet per organisation, not fifteen windows.
    const delivered = await inspect(page);
    expect(delivered.createdWorkbooks).toBe(1);
    const book = await JSZip.loadAsync(Buffer.from(delivered.lastCreatedWorkbook ?? "", "base64"));
    // Per organisation of the seed: its monthly report and its register ("Danh sách kết nạp"), plus a
    // "Chi bộ" sheet for each of the 10 đảng bộ that have chi bộ trực thuộc (issue #12): 15 + 15 + 10.
    expect(Object.keys(book.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))).toHaveLength(40);
    await screenshot(page, "taskpane-03-templates");
    await s.finish();
  });

  test("inside an old Excel (ExcelApi 1.7) the pane lists what is unavailable and puts templates into owned sheets of this workbook", async () => {
    const s = await openPane(fakeOfficeJs, { excelApi: "1.7", displayLanguage: "en-US" });
    const { page } = s;
    await page.waitForSelector("[data-testid=limitations] li");
    expect(await page.textContent("#tab-check")).toBe("Check allocation");
    await expectNoSideScroll(page, "limitations");
    await page.fill("#check-target", "88");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    expect(await page.textContent("[data-testid=summary-difference]")).toBe("+3");
    const before = await inspect(page);

    await page.click("#tab-templates");
    await page.click("#templates-run");
    await page.waitForSelector("[data-testid=templates-done]");
    const after = await inspect(page);
    expect(after.createdWorkbooks).toBe(0);
    // 15 monthly report sheets, 15 registers and 10 "Chi bộ" sheets, as in the new-workbook case above.
    expect(after.sheets.length).toBe(before.sheets.length + 40);
    expect(inputSheets(after)).toEqual(inputSheets(before));
    await screenshot(page, "taskpane-04-excel-1.7-templates");
    await s.finish();
  });

  test("outside Office with Microsoft's real office.js (no host) the page shows a friendly pointer to the browser edition and logs no console errors", async () => {
    const s = await openPane(realOfficeJs);
    const { page } = s;
    await page.waitForSelector("[data-testid=outside-office]");
    expect(await page.textContent("[data-testid=outside-office]")).toContain("Excel");
    expect(await page.getAttribute("#open-browser-edition", "href")).toBe("index.html");
    await expectNoSideScroll(page, "outside office");
    await screenshot(page, "taskpane-05-outside-office");
    await page.click("#open-browser-edition");
    await page.waitForSelector("#app[data-ready=true] #tab-check");
    await s.finish();
  });

  test("with office.js unreachable (offline or blocked) the page still shows the friendly message; the only console error is the failed office.js load", async () => {
    const s = await openPane(
      (route) => route.abort("internetdisconnected"),
      undefined,
      (text) => /net::ERR_INTERNET_DISCONNECTED/.test(text) && text.includes("appsforoffice.microsoft.com"),
    );
    const { page } = s;
    await page.waitForSelector("[data-testid=outside-office]");
    expect(await page.textContent("[data-testid=outside-office]")).toMatch(/bản trình duyệt/);
    await s.finish();
  });
});

describe("issue #15 in the task pane (items 11–18, inside Excel)", () => {
  test("the plan's year shows before any check, the tabs fit 320 px, text numbers are one grouped line whose fix writes only those cells and undoes exactly", async () => {
    const s = await openPane(fakeOfficeJs, { excelApi: "1.13", displayLanguage: "vi-VN" });
    const { page } = s;
    // Item 17: the tab bar stays on one line at a task pane's 320 px ("Cài đặt" does not wrap).
    const boxes = await Promise.all(["check", "templates", "consolidate", "settings"].map((t) => page.locator(`#tab-${t}`).boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b?.y ?? -1))).size).toBe(1);
    expect(new Set(boxes.map((b) => Math.round(b?.height ?? -1))).size).toBe(1);
    const settingsLines = await page.$eval("#tab-settings", (e) => e.getClientRects().length);
    expect(settingsLines).toBe(1);

    // Item 16: before the first check, the templates and consolidation tabs show the table's year (2025), not today's.
    await page.click("#tab-templates");
    expect(await page.inputValue("#templates-year")).toBe("2025");
    expect(await page.textContent("#panel-templates [data-testid=year-source]")).toContain("Năm 2025, đọc ở ô A4");
    await page.click("#tab-consolidate");
    expect(await page.inputValue("#consolidate-year")).toBe("2025");
    await page.click("#tab-check");
    expect(await page.textContent("#panel-check [data-testid=allocation-chosen]")).toContain(ALLOCATION_SHEET);

    // Item 17: on a short pane the results, below the fold, are scrolled into view.
    await page.setViewportSize({ width: 320, height: 420 });
    await page.fill("#check-target", "88");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    await page.waitForFunction(() => {
      const top = document.querySelector("#check-results")?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight / 2;
    });
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.textContent("[data-testid=summary-target-source]")).toBe("Chỉ tiêu kế hoạch từ 88 trở lên");
    const group = page.locator('[data-testid=finding][data-code="QUOTA_STORED_AS_TEXT"]');
    expect(await group.count()).toBe(1);
    expect(await group.locator(".finding-message").textContent()).toMatch(/^11 ô chỉ tiêu lưu dạng văn bản: C8–C17, C22 — /);
    await group.locator('[data-testid=finding-cell][data-cell="C22"]').click();
    await page.waitForFunction(
      ([sheet, address]) => {
        const sel = (globalThis as unknown as { __PTDV_FAKE_EXCEL__: { inspect(): FakeSnapshot } }).__PTDV_FAKE_EXCEL__.inspect().selection;
        return sel !== null && sel.sheet === sheet && sel.address === address;
      },
      [ALLOCATION_SHEET, "C22"] as const,
    );
    await page.click("#check-highlight");
    await page.waitForSelector("#check-status [data-testid=status-message]");
    expect(await page.getByText(/Đã đánh dấu \d+ ô\./).count()).toBe(1);
    await page.click("#check-clear");
    await page.waitForSelector("#check-status [data-testid=status-message]:has-text('Đã xóa đánh dấu')");

    // Item 13: the fix writes the eleven quota cells only, as numbers that show the same; undo puts back exactly what was there.
    const before = await inspect(page);
    await page.click("#check-fix-text");
    await page.waitForSelector("#check-undo");
    const fixed = await inspect(page);
    const alloc = fixed.sheets.find((x) => x.name === ALLOCATION_SHEET)!;
    expect([alloc.cells["C8"]?.value, alloc.cells["C8"]?.numberFormat]).toEqual([3, "00"]);
    expect([alloc.cells["C22"]?.value, alloc.cells["C22"]?.numberFormat]).toEqual([2, "00"]);
    expect(alloc.cells["C18"]?.value).toBe("03 (01 HS)");
    const changed = Object.keys(alloc.cells).filter((k) => JSON.stringify(alloc.cells[k]) !== JSON.stringify(before.sheets.find((x) => x.name === ALLOCATION_SHEET)!.cells[k]));
    expect(changed.sort()).toEqual(["C10", "C11", "C12", "C13", "C14", "C15", "C16", "C17", "C22", "C8", "C9"].sort());
    expect(fixed.sheets.filter((x) => x.name !== ALLOCATION_SHEET && [LOG_SHEET, NOTES_SHEET].includes(x.name))).toEqual(before.sheets.filter((x) => [LOG_SHEET, NOTES_SHEET].includes(x.name)));
    expect(await page.textContent("#check-status [data-testid=status-message]")).toContain("Đã chuyển 11 ô thành số");
    expect(await page.locator('[data-testid=finding][data-code="QUOTA_STORED_AS_TEXT"]').count()).toBe(0);
    expect(await page.textContent("[data-testid=summary-total]")).toBe("91");

    await page.click("#check-undo");
    await page.waitForSelector("#check-status [data-testid=status-message]:has-text('Đã hoàn tác')");
    expect(inputSheets(await inspect(page))).toEqual(inputSheets(before));
    await s.finish();
  });
});
