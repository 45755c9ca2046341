/**
 * The browser edition (dist/index.html) in Debian's Chromium: files written by
 * openpyxl go in through the file inputs, results come out as real downloads
 * and are read back in Node. Nothing may leave 127.0.0.1.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  SCREENSHOT_DIR,
  clearScreenshots,
  captureDownload,
  guardNetwork,
  launchChromium,
  overflowsHorizontally,
  screenshot,
  serveDist,
  watchConsole,
  type ConsoleProblems,
  type StaticServer,
} from "./support/harness";
import { HOSTILE_NAME, XLS_FROM_CORPUS, fillTemplate, makeInputs } from "./support/inputs";

let browser: Browser;
let server: StaticServer;
let work: string;
let inputs: ReturnType<typeof makeInputs>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "ptdv-e2e-"));
  inputs = makeInputs(work);
  clearScreenshots("browser-");
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  console.log(`Browser-edition screenshots: ${SCREENSHOT_DIR}`);
});

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: ConsoleProblems;
  readonly external: string[];
  /** Closes the page and asserts it stayed clean: no console errors, dialogs or outside requests. */
  finish(): Promise<void>;
}

async function openEdition(options: { query?: string; width?: number } = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, acceptDownloads: true });
  const { external } = await guardNetwork(context, server.base);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(`${server.base}index.html${options.query ?? ""}`);
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

async function openFile(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  const payload = typeof file === "string" ? file : { name: file.name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file.buffer };
  await page.setInputFiles("#open-files-input", payload);
}

/** Opens the openpyxl allocation table and checks it against the target 88. */
async function checkAllocation(page: Page): Promise<void> {
  await openFile(page, inputs.allocation);
  await page.waitForSelector('[data-testid=open-file]:has-text("allocation.xlsx")');
  await page.waitForSelector('[data-testid=preview-table][data-sheet="Phân bổ 2025"]');
  // The pane re-renders once it has listed the new sheets; typing before that would be lost.
  await page.waitForSelector('#check-sheet option:has-text("allocation.xlsx")', { state: "attached" });
  await page.fill("#check-target", "88");
  await page.click("#check-run");
  await page.waitForSelector("#check-summary [data-testid=summary-total]");
}

function numberOf(value: ExcelJS.CellValue): number | null {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "result" in value && typeof value.result === "number") return value.result;
  return null;
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "result" in value) return String(value.result ?? "");
  return String(value);
}

describe("browser edition in Chromium", () => {
  test("an allocation table written by openpyxl shows 91 against 88 (+3) with its findings, and clicking a finding selects its cell in the preview", async () => {
    const s = await openEdition();
    const { page } = s;
    await checkAllocation(page);

    expect(await page.textContent("[data-testid=summary-total]")).toBe("91");
    expect(await page.textContent("[data-testid=summary-target]")).toBe("88");
    expect(await page.textContent("[data-testid=summary-difference]")).toBe("+3");
    expect(await page.locator("[data-testid=student-quotas] li").count()).toBe(4);
    expect(await page.textContent("[data-testid=summary-verdict]")).toContain("✓");

    // A single finding is one button; a group lists its cells as buttons (issue #11).
    const withCell = page.locator("button[data-testid=finding][data-cell], button[data-testid=finding-cell]");
    expect(await withCell.count()).toBeGreaterThan(0);
    const finding = withCell.first();
    const cell = await finding.getAttribute("data-cell");
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await screenshot(page, "browser-01-check-findings");

    await finding.click();
    const selected = page.locator(`[data-testid=preview-table] td[data-cell="${cell}"]`);
    await selected.and(page.locator(".selected")).waitFor();
    expect(await selected.getAttribute("aria-current")).toBe("true");
    expect(await page.locator("[data-testid=preview-table] td.selected").count()).toBe(1);
    await screenshot(page, "browser-02-finding-selected");

    await page.click("#check-highlight");
    await page.waitForSelector("[data-testid=preview-table] td.hl");
    const flagged = await page.locator("[data-testid=preview-table] td.hl").count();
    expect(flagged).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid=preview-table] td.hl[data-cell="${cell}"]`).count()).toBe(1);
    await screenshot(page, "browser-03-highlighted");
    await page.click("#check-clear");
    await page.waitForSelector("[data-testid=preview-table] td.hl", { state: "detached" });
    await s.finish();
  });

  test("templates download as a zip; two filled in by openpyxl and uploaded consolidate into a workbook whose numbers add up", async () => {
    const s = await openEdition();
    const { page } = s;
    await checkAllocation(page);

    await page.click("#tab-templates");
    await page.fill("#templates-year", "2025");
    const zipFile = await captureDownload(page, () => page.click("#templates-run"));
    await page.waitForSelector("[data-testid=templates-done]");
    await screenshot(page, "browser-04-templates");
    expect(zipFile.name).toBe("mau-bao-cao.zip");
    const zip = await JSZip.loadAsync(zipFile.bytes);
    const names = Object.keys(zip.files).filter((n) => n.endsWith(".xlsx")).sort();
    expect(names).toHaveLength(15);
    // Files are numbered in table order: 02 is thị trấn Thạnh Mỹ (quota 10), 11 is THPT Đơn Dương (03, 01 HS).
    const thanhMy = names.find((n) => n.startsWith("02"));
    const thptDonDuong = names.find((n) => n.startsWith("11"));
    expect(thanhMy).toMatch(/Thanh-My/);
    expect(thptDonDuong).toMatch(/THPT-Don-Duong/);

    const blankA = path.join(work, "blank-02.xlsx");
    const blankB = path.join(work, "blank-11.xlsx");
    writeFileSync(blankA, await zip.file(thanhMy as string)!.async("nodebuffer"));
    writeFileSync(blankB, await zip.file(thptDonDuong as string)!.async("nodebuffer"));
    const filledA = path.join(work, "thanh-my-t2.xlsx");
    const filledB = path.join(work, "thpt-don-duong-t2.xlsx");
    fillTemplate(blankA, filledA, { 1: [2, 0], 2: [1, 0] });
    fillTemplate(blankB, filledB, { 1: [1, 1], 2: [0, 0] });

    await page.click("#tab-consolidate");
    await page.setInputFiles("#consolidate-files", [filledA, filledB]);
    await page.locator("[data-testid=source-file][data-ok=true]").nth(1).waitFor();
    expect(await page.locator("[data-testid=source-file][data-ok=false]").count()).toBe(0);
    await page.selectOption("#consolidate-month", "2");
    await page.fill("#consolidate-year", "2025");
    await page.click("#consolidate-run");
    await page.waitForSelector("[data-testid=consolidate-written]");
    await screenshot(page, "browser-05-consolidated");

    expect(await page.textContent("[data-testid=headline-to-date]")).toMatch(/^\D*4\D+88\D*$/);
    expect(await page.textContent("[data-testid=headline-remaining]")).toBe("84");
    const missing = await page.locator("[data-testid=missing-org]").allTextContents();
    expect(missing).toHaveLength(13);
    expect(missing).not.toContain("Đảng bộ thị trấn Thạnh Mỹ");
    expect(missing).toContain("Đảng bộ xã Tu Tra");
    expect(await page.locator("[data-testid=chart-row]").count()).toBeGreaterThanOrEqual(15);

    const result = await captureDownload(page, () => page.click("#download-results"));
    expect(result.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(result.bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    const progress = book.worksheets.find((w) => w.name.startsWith("Tổng hợp"));
    expect(progress).toBeDefined();
    const rowOf = (label: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      progress!.eachRow((row) => {
        if (!found && (textOf(row.getCell(2).value) === label || textOf(row.getCell(1).value) === label)) found = row;
      });
      if (!found) throw new Error(`no row "${label}" on ${progress!.name}`);
      return found;
    };
    // Columns: STT, TCCSĐ, Chỉ tiêu, Trong đó HS, Kết nạp trong tháng, Lũy kế, Trong đó HS, …
    const a = rowOf("Đảng bộ thị trấn Thạnh Mỹ");
    expect([3, 4, 5, 6, 7].map((c) => numberOf(a.getCell(c).value))).toEqual([10, 0, 1, 3, 0]);
    const b = rowOf("Chi bộ Trường THPT Đơn Dương");
    expect([3, 4, 5, 6, 7].map((c) => numberOf(b.getCell(c).value))).toEqual([3, 1, 0, 1, 1]);
    const silent = rowOf("Đảng bộ xã Tu Tra");
    expect(numberOf(silent.getCell(6).value) ?? 0).toBe(0);
    const total = rowOf("TỔNG CỘNG");
    expect([3, 4, 5, 6, 7].map((c) => numberOf(total.getCell(c).value))).toEqual([91, 4, 1, 4, 1]);
    await s.finish();
  });

  test("a Word plan (python-docx) speaks of its tables and rows in English, a finding still selects its cell, and the downloaded findings sheet places the plan's findings at its rows", async () => {
    const s = await openEdition({ query: "?lang=en" });
    const { page } = s;
    const plan = path.join(__dirname, "..", "test", "browser", "fixtures", "plan-blank-quotas.python-docx.docx");
    await openFile(page, plan);
    await page.waitForSelector('#check-sheet option:has-text("plan-blank-quotas.python-docx.docx")', { state: "attached" });
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    expect(await page.textContent("#check-summary-title")).toBe("Summary — Table 1");
    expect(await page.textContent("[data-testid=target-source]")).toMatch(/^Plan target: 88 or more, read from the plan's text: “/);
    const blank = page.locator("[data-testid=finding][data-code=QUOTA_MISSING]");
    expect(await blank.locator(".finding-message").textContent()).toMatch(/^2 quota cells are blank: rows 8, 10 — /);
    expect(await blank.locator("[data-testid=finding-cell]").allTextContents()).toEqual(["row 8", "row 10"]);
    await blank.locator('[data-testid=finding-cell][data-cell="C10"]').click();
    await page.locator('[data-testid=preview-table] td[data-cell="C10"].selected').waitFor();
    await screenshot(page, "browser-word-plan-check");

    await page.click("#tab-consolidate");
    await page.setInputFiles("#consolidate-files", [path.join(__dirname, "..", "test", "fixtures", "reports", "log-2025.xlsx")]);
    await page.locator("[data-testid=source-file][data-ok=true]").waitFor();
    await page.selectOption("#consolidate-month", "5");
    await page.fill("#consolidate-year", "2025");
    await page.click("#consolidate-run");
    await page.waitForSelector("[data-testid=consolidate-written]");
    const result = await captureDownload(page, () => page.click("#download-results"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Kiểm tra T05-2025");
    const sources: Record<string, string[]> = {};
    sheet?.eachRow((row) => {
      const code = textOf(row.getCell(5).value);
      (sources[code] ??= []).push(textOf(row.getCell(3).value));
    });
    expect(sources.TOTAL_ROW_MISMATCH).toEqual(["plan-blank-quotas.python-docx.docx › Table 1 › row 18"]);
    expect(sources.SUBMISSION_MISSING).toContain("plan-blank-quotas.python-docx.docx › Table 1 › row 3");
    expect(sources.SUBMISSION_INVALID_NUMBER).toEqual(["log-2025.xlsx › Nhật ký báo cáo › D9"]);
    await s.finish();
  });

  test("a file dropped anywhere on the page is opened like one picked with the button", async () => {
    const s = await openEdition();
    const { page } = s;
    const bytes = readFileSync(inputs.allocation).toString("base64");
    const dataTransfer = await page.evaluateHandle((b64) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], "dropped.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      return dt;
    }, bytes);
    await page.dispatchEvent("#preview", "dragover", { dataTransfer });
    await page.dispatchEvent("#preview", "drop", { dataTransfer });
    await page.waitForSelector('[data-testid=open-file]:has-text("dropped.xlsx")');
    await page.waitForSelector('[data-testid=preview-table][data-sheet="Phân bổ 2025"]');
    expect(await page.locator("#check-sheet option", { hasText: "dropped.xlsx" }).count()).toBe(1);
    await s.finish();
  });

  test("with ?lang=en the pane, summary and findings are in English, and the toggle switches back to Vietnamese with its diacritics", async () => {
    const s = await openEdition({ query: "?lang=en" });
    const { page } = s;
    expect(await page.textContent("#tab-check")).toBe("Check allocation");
    expect(await page.textContent("#tab-consolidate")).toBe("Consolidate");
    await checkAllocation(page);
    expect(await page.textContent("[data-testid=summary-difference]")).toBe("+3");
    const summary = await page.textContent("#check-summary");
    expect(summary).toMatch(/Total|quota/i);
    const messages = await page.locator("[data-testid=finding] .finding-message").allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m).toMatch(/\b(the|is|of|cell|row)\b/i);
      expect(m).not.toMatch(/ (của|được|không|hãy|nhưng) /i);
    }
    await screenshot(page, "browser-06-english");

    await page.click("#lang-toggle");
    await page.waitForSelector('#tab-check:has-text("Kiểm tra phân bổ")');
    expect(await page.textContent("#tab-consolidate")).toBe("Tổng hợp");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await s.finish();
  });

  test("at 320 px wide the page never scrolls sideways, on every tab, with the sample data loaded and checked", async () => {
    const s = await openEdition({ width: 320 });
    const { page } = s;
    await page.click("#use-sample");
    await page.waitForSelector("[data-testid=file-notice]");
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>("#check-target")?.value === "88");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    expect(await page.textContent("[data-testid=summary-total]")).toBe("91");
    for (const tab of ["check", "templates", "consolidate", "settings"]) {
      await page.click(`#tab-${tab}`);
      await page.waitForSelector(`#panel-${tab}:not([hidden])`);
      const { scrollWidth, clientWidth } = await overflowsHorizontally(page);
      expect({ tab, scrollWidth }).toEqual({ tab, scrollWidth: clientWidth });
      const pane = await overflowsHorizontally(page, "#app");
      expect({ tab, pane: pane.scrollWidth }).toEqual({ tab, pane: pane.clientWidth });
    }
    await page.click("#tab-check");
    await screenshot(page, "browser-07-narrow-320px");
    await s.finish();
  });

  test("hostile inputs: an organisation named <img src=x onerror=alert(1)> stays text, a corrupt .xlsx gets a clear error message and an .xls is read", async () => {
    const s = await openEdition();
    const { page } = s;
    await openFile(page, { name: `${HOSTILE_NAME}.xlsx`, buffer: readFileSync(inputs.hostile) });
    await page.waitForSelector("[data-testid=preview-table]");
    await page.waitForSelector(`#check-sheet option:has-text("${HOSTILE_NAME}.xlsx")`, { state: "attached" });
    await page.fill("#check-target", "88");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary");

    expect(await page.locator(`[data-testid=preview-table] td:text-is("${HOSTILE_NAME}")`).count()).toBe(1);
    expect(await page.locator(`[data-testid=sheet-tab]:text-is("${HOSTILE_NAME}")`).count()).toBe(1);
    const mentions = await page.locator("[data-testid=finding]", { hasText: HOSTILE_NAME }).count();
    expect(mentions).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid=open-file]:has-text("${HOSTILE_NAME}.xlsx")`).count()).toBe(1);
    expect(await page.locator("img").count()).toBe(0);
    await screenshot(page, "browser-08-hostile-name");

    await openFile(page, inputs.corrupt);
    const corruptError = page.locator("[data-testid=file-error]");
    await corruptError.waitFor();
    const corruptText = (await corruptError.textContent()) ?? "";
    expect(corruptText).toContain("corrupt.xlsx");
    expectClearMessage(corruptText);
    await screenshot(page, "browser-09-corrupt-xlsx");

    // An Excel 97-2003 file is read (SheetJS, loaded for it alone), not refused.
    await openFile(page, XLS_FROM_CORPUS);
    await page.waitForSelector('[data-testid=open-file]:has-text("AutoFilter.xls")');
    expect(await page.locator('[data-testid=file-error]:has-text("AutoFilter.xls")').count()).toBe(0);
    await screenshot(page, "browser-10-xls");

    // The corrupt file given to the consolidation's picker is listed as unreadable, not crashed on.
    await page.click("#tab-consolidate");
    await page.setInputFiles("#consolidate-files", [inputs.corrupt, XLS_FROM_CORPUS]);
    await page.locator("[data-testid=source-file][data-ok=false]").first().waitFor();
    for (const t of await page.locator("[data-testid=source-file][data-ok=false]").allTextContents()) expectClearMessage(t);

    expect(await page.locator("img").count()).toBe(0);
    expect(s.problems.dialogs).toEqual([]);
    await s.finish();
  });
});

/** A sentence for a person, not a stack trace or a programmer's message. */
function expectClearMessage(text: string): void {
  expect(text.length).toBeGreaterThan(30);
  expect(text).not.toMatch(/undefined|\[object|TypeError|RangeError|Error:|at \S+ \(|\bnull\b/);
}

describe("issue #15 in the browser edition (items 11–18)", () => {
  test("an allocation opened together with a report is found and named, its target is its own, and the small things hold", async () => {
    const s = await openEdition({ width: 1280, query: "?lang=vi" });
    const { page } = s;
    // A report log written by ExcelJS, picked in the same dialog after the allocation (and so opened last).
    const report = new ExcelJS.Workbook();
    const log = report.addWorksheet("Nhật ký báo cáo");
    log.addRow(["NHẬT KÝ BÁO CÁO KẾT NẠP ĐẢNG VIÊN NĂM 2025"]);
    log.addRow([]);
    log.addRow(["STT", "TCCSĐ", "Tháng", "Năm", "Kết nạp trong tháng", "Trong đó học sinh", "Nữ"]);
    log.addRow([1, "Đảng bộ thị trấn Thạnh Mỹ", 2, 2025, 2, 0, 1]);
    const reportPath = path.join(work, "bao-cao-t2.xlsx");
    await report.xlsx.writeFile(reportPath);
    expect(await page.getAttribute("#open-files-input", "tabindex")).toBe("-1");
    await page.setInputFiles("#open-files-input", [inputs.allocation, reportPath]);
    await page.waitForSelector('[data-testid=open-file]:has-text("bao-cao-t2.xlsx")');
    await page.waitForSelector('#check-sheet option:has-text("bao-cao-t2.xlsx")', { state: "attached" });
    await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>("#check-sheet")?.selectedOptions[0]?.textContent ?? "").startsWith("allocation.xlsx"));
    expect(await page.textContent("#panel-check [data-testid=allocation-chosen]")).toContain("allocation.xlsx › Phân bổ 2025");

    // Item 12: a target typed for this file…
    await page.fill("#check-target", "90");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    expect(await page.textContent("[data-testid=summary-target-source]")).toBe("Chỉ tiêu kế hoạch từ 90 trở lên");
    expect(await page.textContent("#panel-check [data-testid=target-source]")).toContain("do bạn nhập");
    await page.click("#check-highlight");
    await page.waitForSelector("#check-status [data-testid=status-message]");
    // "Đã đánh dấu … ô." once on the page, not twice.
    expect(await page.getByText(/Đã đánh dấu \d+ ô\./).count()).toBe(1);

    // Item 11: consolidation finds the allocation, not the last file opened.
    await page.click("#tab-consolidate");
    expect(await page.getAttribute("#consolidate-files", "tabindex")).toBe("-1");
    await page.locator("[data-testid=source-sheet]").first().waitFor();
    await page.selectOption("#consolidate-month", "2");
    await page.click("#consolidate-run");
    await page.waitForSelector("[data-testid=consolidate-written]");
    expect(await page.locator("#consolidate-status [role=alert]").count()).toBe(0);
    // Behind is said in words and an icon; a bar at 0% still shows.
    const behind = page.locator("[data-testid=chart-status][data-status=behind]").first();
    expect(await behind.textContent()).toMatch(/▼ Chậm/);
    const widths = await page.locator(".bar-fill").evaluateAll((bars) => bars.map((b) => (b as HTMLElement).getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(0);
    // The preview speaks Vietnamese numbers: 33,3 not 33.3.
    const cells = await page.locator("[data-testid=preview-table] td").allTextContents();
    expect(cells.some((c) => /^\d+,\d+%?$/.test(c))).toBe(true);
    expect(cells.filter((c) => /^\d+\.\d{1,2}%?$/.test(c))).toEqual([]);

    // …is not carried to the sample, whose title says 88 (cell A7).
    await page.click("#tab-check");
    for (const name of ["allocation.xlsx", "bao-cao-t2.xlsx"]) await page.click(`[aria-label="Đóng tệp ${name}"]`);
    await page.click("#use-sample");
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>("#check-target")?.value === "88");
    expect(await page.textContent("#panel-check [data-testid=target-source]")).toContain("đọc ở ô A7");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    expect(await page.textContent("[data-testid=summary-target]")).toBe("88");
    expect(await page.locator('[data-testid=finding][data-code="TOTAL_BELOW_TARGET"]').count()).toBe(0);
    await s.finish();
  });

  test("the sample shows grouped findings and the fix, a suggestion that can be refused, undone and confirmed, and one download of everything", async () => {
    const s = await openEdition({ width: 1280, query: "?lang=vi" });
    const { page } = s;
    await page.click("#use-sample");
    await page.waitForSelector("[data-testid=file-notice]");
    // Item 16: before any check the other tabs show the allocation's year and where it came from.
    await page.click("#tab-templates");
    expect(await page.inputValue("#templates-year")).toBe("2025");
    expect(await page.textContent("#panel-templates [data-testid=year-source]")).toContain("Năm 2025, đọc ở ô A5");
    await page.click("#tab-check");
    await page.click("#check-run");
    await page.waitForSelector("#check-summary [data-testid=summary-total]");
    expect(await page.textContent("[data-testid=summary-target-source]")).toBe("Chỉ tiêu kế hoạch từ 88 trở lên, đọc ở ô A7");
    // Item 18 / issue #11: the eleven text numbers are one line with their cells.
    const group = page.locator('[data-testid=finding][data-code="QUOTA_STORED_AS_TEXT"]');
    expect(await group.count()).toBe(1);
    expect(await group.locator(".finding-message").textContent()).toMatch(/^11 ô chỉ tiêu lưu dạng văn bản: C9–C18, C23 — /);
    await group.locator('[data-testid=finding-cell][data-cell="C23"]').click();
    await page.locator('[data-testid=preview-table] td[data-cell="C23"].selected').waitFor();

    // Item 13: the fix is a download of the corrected allocation; undo restores the text.
    const fixed = await captureDownload(page, () => page.click("#check-fix-text"));
    expect(fixed.name).toBe("du-lieu-mau-2025-da-sua.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fixed.bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.getWorksheet("Phân bổ 2025")!;
    expect([sheet.getCell("C9").value, sheet.getCell("C9").numFmt]).toEqual([3, "00"]);
    expect(sheet.getCell("C19").value).toBe("03 (01 HS)");
    await page.waitForSelector("#check-undo");
    expect(await page.locator('[data-testid=finding][data-code="QUOTA_STORED_AS_TEXT"]').count()).toBe(0);
    await page.click("#check-undo");
    await page.waitForSelector('[data-testid=finding][data-code="QUOTA_STORED_AS_TEXT"]');
    expect(await page.textContent('[data-testid=preview-table] td[data-cell="C9"]')).toBe("03");

    // Items 14 and 18: the misspelt organisation gets a suggestion that says what will be written and where.
    await page.click("#tab-consolidate");
    await page.locator("[data-testid=source-sheet]").first().waitFor();
    await page.click("#consolidate-run");
    await page.waitForSelector("[data-testid=consolidate-written]");
    expect(await page.locator("[data-testid=missing-org]").allTextContents()).toContain("Đảng bộ xã Tu Tra");
    const target = "Đảng bộ thị trấn Thạnh Mỹ";
    const written = "Đảng bộ thị trấn Thạnh Mĩ";
    expect(await page.textContent(`[data-testid=unknown-name][data-name="${written}"] [data-testid=alias-will-write]`)).toContain("“Bí danh”");
    await page.click(`[data-testid=reject-alias][data-target="${target}"]`);
    await page.waitForSelector(`[data-testid=confirm-alias][data-target="${target}"]`, { state: "detached" });
    await page.click("#alias-undo");
    await page.waitForSelector(`[data-testid=confirm-alias][data-target="${target}"]`);
    await page.click(`[data-testid=confirm-alias][data-target="${target}"]`);
    await page.waitForSelector("[data-testid=alias-confirmed]");
    await page.waitForSelector("[data-testid=owned-alias]");
    expect(await page.textContent("[data-testid=owned-alias]")).toContain(`${written} → ${target}`);

    // Item 15: the one download holds everything produced, not only the alias sheet.
    const all = await captureDownload(page, () => page.click("#download-results"));
    expect(all.name).toBe("ptdv-ket-qua.xlsx");
    const results = new ExcelJS.Workbook();
    await results.xlsx.load(all.bytes as unknown as Parameters<typeof results.xlsx.load>[0]);
    const names = results.worksheets.map((w) => w.name);
    expect(names).toContain("Bí danh");
    expect(names.some((n) => n.startsWith("Tổng hợp"))).toBe(true);

    // The alias can be removed from the pane, and that too undone.
    await page.click(`[data-testid=remove-alias][data-written="${written}"]`);
    await page.waitForSelector("[data-testid=owned-alias]", { state: "detached" });
    await page.click("#alias-undo");
    await page.waitForSelector("[data-testid=owned-alias]");
    await s.finish();
  });
});
