/**
 * @jest-environment jsdom
 */
/**
 * A Word plan in the browser edition (issue #11): the page says where the target and year were read
 * (the plan's sentence, a table's row), places findings by table and row as a person finds them in
 * Word ("Bảng 1 › dòng 8", "Table 1" in English, grouped notes listing rows), still selects the
 * finding's cell in the preview, and writes the findings sheet as the CLI does. Real .docx files,
 * opened through the browser host's own reader.
 */
import * as fs from "fs";
import { TextDecoder as NodeTextDecoder } from "node:util";
import * as path from "path";
import { createBrowserHost, type BrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { specToGrid } from "../../src/browser/spec-grid";
import { mountWorkspace } from "../../src/browser/workspace-view";
import { displayText } from "../../src/core/grid";
import type { Lang } from "../../src/core/findings";
import { mountApp } from "../../src/taskpane/app";
import { settle, waitFor } from "../taskpane/fake-host";

// jsdom has no TextDecoder; the readers need one (browsers have it).
if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const REPO = path.resolve(__dirname, "..", "..");
const MISTAKES = path.join(REPO, "test", "docx", "fixtures", "seed-plan-mistakes.python-docx.docx");
const BLANK_QUOTAS = path.join(__dirname, "fixtures", "plan-blank-quotas.python-docx.docx");
const TARGET_IN_TABLE = path.join(__dirname, "fixtures", "plan-target-in-table.python-docx.docx");
const LOG = path.join(REPO, "test", "fixtures", "reports", "log-2025.xlsx");

const fileOf = (p: string): Blob & { name: string } => Object.assign(new Blob([fs.readFileSync(p)]), { name: path.basename(p) });
const text = (selector: string): string => document.querySelector(selector)?.textContent ?? "";
const texts = (selector: string): string[] => Array.from(document.querySelectorAll(selector), (e) => e.textContent ?? "");

async function openPage(files: readonly string[], lang: Lang, settings: Record<string, string> = {}): Promise<BrowserHost> {
  document.body.innerHTML = '<header id="top"></header><section id="files"></section><div id="app"></div><main id="preview"></main>';
  const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
  const host = createBrowserHost({ store: createSettingsStorage(null), save: () => undefined, lang });
  if (Object.keys(settings).length > 0) await host.setSettings(settings);
  mountWorkspace({ header: byId("top"), files: byId("files"), preview: byId("preview") }, host);
  mountApp(byId("app"), host);
  await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
  expect(await host.openFiles(files.map(fileOf))).toEqual([]);
  await settle();
  return host;
}

async function check(): Promise<void> {
  (document.getElementById("check-run") as HTMLButtonElement).click();
  await waitFor(() => document.querySelector("#check-summary, [data-testid=table-not-found]"), "check result");
  await settle();
}

/** Each finding as shown: where, message, the cells' buttons and the buttons' titles. */
function findingsShown(): Array<{ where: string; message: string; cells: string[]; title: string | null }> {
  return Array.from(document.querySelectorAll("#check-results [data-testid=finding]"), (f) => ({
    where: f.querySelector(".finding-where")?.textContent ?? "",
    message: f.querySelector(".finding-message")?.textContent ?? "",
    cells: Array.from(f.querySelectorAll("[data-testid=finding-cell]"), (c) => c.textContent ?? ""),
    title: f.getAttribute("title"),
  }));
}

describe("a Word plan in the browser edition", () => {
  test("the target read from the plan's sentence is said to be read there, with the sentence, and the year too (vi)", async () => {
    await openPage([MISTAKES], "vi");
    await check();
    expect(text("[data-testid=target-source]")).toBe(
      "Chỉ tiêu kế hoạch: từ 88 trở lên, đọc trong văn bản kế hoạch: “Phấn đấu trong năm 2025 kết nạp từ 88 đảng viên trở lên (có phân bổ chi tiết kèm theo)”. Nhập số khác để thay.",
    );
    expect(text("[data-testid=target-source]")).not.toContain("do bạn nhập");
    expect(texts("[data-testid=year-source]")).toContain("Năm 2025, đọc trong văn bản kế hoạch.");
    expect(texts("[data-testid=year-source]").join("\n")).not.toContain("năm hiện tại");
  });

  test("the same in English", async () => {
    await openPage([MISTAKES], "en");
    await check();
    expect(text("[data-testid=target-source]")).toMatch(/^Plan target: 88 or more, read from the plan's text: “.*88.*”\. Type another number to override\.$/);
    expect(texts("[data-testid=year-source]")).toContain("Year 2025, read from the plan's text.");
  });

  test("findings are placed by table and row, and a finding's button still selects its cell in the preview (vi)", async () => {
    const host = await openPage([MISTAKES], "vi");
    expect(text("[data-testid=open-file] .hint")).toBe("đọc được 1 bảng");
    await check();
    const shown = findingsShown();
    const missing = shown.find((f) => f.message.includes("Ka Đơn"));
    expect(missing).toMatchObject({ where: "seed-plan-mistakes.python-docx.docx › Bảng 1 › dòng 8", title: "Chọn ô seed-plan-mistakes.python-docx.docx › Bảng 1 › dòng 8" });
    expect(missing?.message).toContain("ô tại dòng 8, cột 3");
    expect(shown.map((f) => f.where).join("\n")).not.toMatch(/› [A-Z]+\d+/);
    expect(text("#check-summary-title")).toBe("Tổng quan — Bảng 1");

    (document.querySelector('#check-results button[data-testid=finding][data-cell="C8"]') as HTMLButtonElement).click();
    await settle();
    expect(host.preview().selected).toBe("C8");
    expect(document.querySelector('[data-testid=preview-table] td[data-cell="C8"]')?.getAttribute("aria-current")).toBe("true");
  });

  test("in English the table is Table 1 and the place a row; grouped notes list rows and their buttons select the cells", async () => {
    const host = await openPage([BLANK_QUOTAS], "en");
    await check();
    expect(text("#check-summary-title")).toBe("Summary — Table 1");
    expect(text("[data-testid=open-file] .hint")).toBe("1 table read");
    expect(texts("[data-testid=allocation-chosen]").join("\n")).toContain("“plan-blank-quotas.python-docx.docx › Table 1”");
    expect(texts("[data-testid=allocation-chosen]").join("\n")).not.toContain("Bảng");
    const blank = findingsShown().find((f) => f.message.startsWith("2 quota cells are blank"));
    expect(blank).toMatchObject({ where: "plan-blank-quotas.python-docx.docx › Table 1", cells: ["row 8", "row 10"] });
    expect(blank?.message).toMatch(/^2 quota cells are blank: rows 8, 10 — /);
    const total = findingsShown().find((f) => f.message.startsWith("The table's total row"));
    expect(total?.where).toBe("plan-blank-quotas.python-docx.docx › Table 1 › row 18");
    expect(total?.title).toBe("Select cell plan-blank-quotas.python-docx.docx › Table 1 › row 18");

    const button = Array.from(document.querySelectorAll<HTMLButtonElement>("[data-testid=finding-cell]")).find((b) => b.textContent === "row 10");
    expect(button?.getAttribute("data-cell")).toBe("C10");
    expect(button?.title).toBe("Select cell plan-blank-quotas.python-docx.docx › Table 1 › row 10");
    button?.click();
    await settle();
    expect(host.preview().selected).toBe("C10");
  });

  test("grouped notes list rows in Vietnamese too", async () => {
    await openPage([BLANK_QUOTAS], "vi");
    await check();
    const blank = findingsShown().find((f) => f.message.startsWith("2 ô chỉ tiêu để trống"));
    expect(blank).toMatchObject({ where: "plan-blank-quotas.python-docx.docx › Bảng 1", cells: ["dòng 8", "dòng 10"] });
    expect(blank?.message).toMatch(/^2 ô chỉ tiêu để trống: dòng 8, 10 — /);
  });

  test("a target and year written in the table's title row are said to be read at that row, not at A1", async () => {
    await openPage([TARGET_IN_TABLE], "vi");
    expect(text("[data-testid=target-source]")).toBe("Chỉ tiêu kế hoạch: từ 20 trở lên, đọc ở dòng 1 của bảng phân bổ. Nhập số khác để thay.");
    await check();
    expect(text("[data-testid=target-source]")).toBe("Chỉ tiêu kế hoạch: từ 20 trở lên, đọc ở dòng 1 của bảng phân bổ. Nhập số khác để thay.");
    expect(texts("[data-testid=year-source]")).toContain("Năm 2025, đọc ở dòng 1 của bảng phân bổ.");
    expect(document.body.textContent).not.toContain("ô A1");
  });

  test("a target and year in the table's title row, in English", async () => {
    await openPage([TARGET_IN_TABLE], "en");
    await check();
    expect(text("[data-testid=target-source]")).toBe("Plan target: 20 or more, read from row 1 of the allocation table. Type another number to override.");
    expect(texts("[data-testid=year-source]")).toContain("Year 2025, read from row 1 of the allocation table.");
  });

  test("a plan in a workbook keeps its cells: A1 places and sheet names as they are", async () => {
    await openPage([], "en");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("[data-testid=preview-table]"), "preview");
    await settle();
    await check();
    expect(text("[data-testid=target-source]")).toMatch(/read from cell [A-Z]+\d+ of the allocation\./);
    expect(text("#check-summary-title")).not.toContain("Table");
  });
});

/** The findings sheet the consolidation wrote, as rows of text. */
function findingsSheet(host: BrowserHost): string[][] {
  const spec = host.produced().find((s) => s.name === "Kiểm tra T05-2025");
  if (!spec) throw new Error(`no findings sheet among ${host.produced().map((s) => s.name).join(", ")}`);
  const grid = specToGrid(spec);
  return grid.rows.map((r) => r.map((c) => (c === undefined ? "" : displayText(c))));
}

async function consolidateMay(lang: Lang): Promise<BrowserHost> {
  const host = await openPage([BLANK_QUOTAS, LOG], lang, { "ptdv.month": "5" });
  await check();
  (document.getElementById("tab-consolidate") as HTMLButtonElement).click();
  await waitFor(() => document.querySelector("[data-testid=source-sheet]"), "sources");
  (document.getElementById("consolidate-run") as HTMLButtonElement).click();
  await waitFor(() => document.querySelector("#consolidate-headline"), "headline");
  await settle();
  return host;
}

describe("consolidating against a Word plan in the browser edition", () => {
  test("the findings sheet places the plan's findings at its table's rows, named by its file (vi)", async () => {
    const host = await consolidateMay("vi");
    const rows = findingsSheet(host);
    const sourceOf = (code: string): string[] => rows.filter((r) => r[4] === code).map((r) => r[2] ?? "");
    expect(sourceOf("QUOTA_MISSING")).toEqual(["plan-blank-quotas.python-docx.docx › Bảng 1 › dòng 8, 10"]);
    expect(sourceOf("TOTAL_ROW_MISMATCH")).toEqual(["plan-blank-quotas.python-docx.docx › Bảng 1 › dòng 18"]);
    const missing = sourceOf("SUBMISSION_MISSING");
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) expect(m).toMatch(/^plan-blank-quotas\.python-docx\.docx › Bảng 1 › dòng \d+$/);
    expect(missing).toContain("plan-blank-quotas.python-docx.docx › Bảng 1 › dòng 3");
    // The reports' own cells stay A1 addresses.
    expect(sourceOf("SUBMISSION_INVALID_NUMBER")).toEqual(["log-2025.xlsx › Nhật ký báo cáo › D9"]);
  });

  test("in English the table is Table 1 and the places rows", async () => {
    const host = await consolidateMay("en");
    const rows = findingsSheet(host);
    const sourceOf = (code: string): string[] => rows.filter((r) => r[4] === code).map((r) => r[2] ?? "");
    expect(sourceOf("SUBMISSION_MISSING")).toContain("plan-blank-quotas.python-docx.docx › Table 1 › row 3");
    expect(sourceOf("TOTAL_ROW_MISMATCH")).toEqual(["plan-blank-quotas.python-docx.docx › Table 1 › row 18"]);
    expect(rows.flat().join("\n")).not.toMatch(/Bảng 1 › C\d+/);
    // The pane's own list of findings places them the same way.
    const shown = texts("#consolidate-findings .finding-where");
    expect(shown).toContain("plan-blank-quotas.python-docx.docx › Table 1 › row 18");
  });
});

describe("reports picked in Tổng hợp beside a Word plan", () => {
  async function consolidateWithPicked(name: string): Promise<string[][]> {
    const host = await openPage([BLANK_QUOTAS], "vi", { "ptdv.month": "5" });
    await check();
    (document.getElementById("tab-consolidate") as HTMLButtonElement).click();
    await settle();
    const input = document.getElementById("consolidate-files") as HTMLInputElement;
    Object.defineProperty(input, "files", { configurable: true, value: [Object.assign(new Blob([fs.readFileSync(LOG)]), { name })] });
    input.dispatchEvent(new Event("change"));
    await waitFor(() => document.querySelector("[data-testid=source-file][data-ok=true]"), "picked file read");
    (document.getElementById("consolidate-run") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("#consolidate-headline"), "headline");
    await settle();
    return findingsSheet(host);
  }
  const sourceOf = (rows: string[][], code: string): string[] => rows.filter((r) => r[4] === code).map((r) => r[2] ?? "");

  test("a picked report file places the plan's findings at its rows like an opened one", async () => {
    const rows = await consolidateWithPicked("log-2025.xlsx");
    expect(sourceOf(rows, "TOTAL_ROW_MISMATCH")).toEqual(["plan-blank-quotas.python-docx.docx › Bảng 1 › dòng 18"]);
    expect(sourceOf(rows, "SUBMISSION_INVALID_NUMBER")).toEqual(["log-2025.xlsx › Nhật ký báo cáo › D9"]);
  });

  test("a picked report file with the plan's name leaves every cell an address, since a finding names its file by name only", async () => {
    const rows = await consolidateWithPicked("plan-blank-quotas.python-docx.docx");
    expect(sourceOf(rows, "TOTAL_ROW_MISMATCH")).toEqual(["plan-blank-quotas.python-docx.docx › Bảng 1 › C18"]);
    expect(sourceOf(rows, "SUBMISSION_INVALID_NUMBER")).toEqual(["plan-blank-quotas.python-docx.docx › Nhật ký báo cáo › D9"]);
  });
});
