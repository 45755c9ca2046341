/**
 * @jest-environment jsdom
 */
/**
 * Small things the pane said or offered wrongly: a raw group code in English, a verdict that
 * counted errors differently from the list under it, a stale result under an invalid target, a
 * remark about an allocation when no file is open, a button that did not name what it opens, a
 * hidden file input that was a tab stop, and a date field with no name.
 */
import { createBrowserHost, type BrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { mountWorkspace } from "../../src/browser/workspace-view";
import type { Lang } from "../../src/core/findings";
import { gridFromValues } from "../../src/core/grid";
import { mountApp } from "../../src/taskpane/app";
import { settle, waitFor } from "../taskpane/fake-host";

async function page(lang: Lang): Promise<BrowserHost> {
  document.body.innerHTML = '<header id="top"></header><section id="files"></section><div id="app"></div><main id="preview"></main>';
  const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
  const host = createBrowserHost({ store: createSettingsStorage(null), save: () => undefined, lang });
  mountWorkspace({ header: byId("top"), files: byId("files"), preview: byId("preview") }, host);
  mountApp(byId("app"), host);
  await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
  return host;
}

async function check(): Promise<void> {
  (document.getElementById("check-run") as HTMLButtonElement).click();
  await waitFor(() => document.querySelector("#check-summary, [data-testid=table-not-found], [role=alert]"), "check result");
  await settle();
}

const text = (selector: string): string => document.querySelector(selector)?.textContent ?? "";

describe("the check's summary", () => {
  test("in English the sample's sub-quota says students, as the student quota does, never the code HS", async () => {
    await page("en");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await settle();
    await check();
    expect(text("[data-testid=summary-subquotas]")).toMatch(/^\d+ students?$/);
    expect(text("[data-testid=summary-subquotas]")).not.toContain("HS");
  });

  test("in Vietnamese the sub-quota reads as the plan writes it: the count, then HS", async () => {
    await page("vi");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await settle();
    await check();
    expect(text("[data-testid=summary-subquotas]")).toMatch(/^\d+ HS$/);
  });

  test.each<[Lang, RegExp]>([
    ["vi", /bảng còn (\d+) lỗi \(ngoài lỗi tổng thấp hơn chỉ tiêu\)/],
    ["en", /the table has (\d+) errors? besides the total below the target/],
  ])("the verdict's error count and the list's agree: the total below the target is named apart (%s)", async (lang, verdict) => {
    const host = await page(lang);
    host.addWorkbook({
      name: "phan-bo.xlsx",
      grids: [gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], ["01", "Đảng bộ xã An Phú", "ba"], ["02", "Chi bộ Trường THPT Lê Lợi", 3]])],
    });
    await settle();
    (document.getElementById("check-target") as HTMLInputElement).value = "88";
    await check();
    const said = verdict.exec(text("[data-testid=summary-verdict]"));
    expect(said).not.toBeNull();
    const listed = /\((\d+)\)$/.exec(text('[data-severity="error"] > h3'));
    expect(listed).not.toBeNull();
    expect(Number(said?.[1]) + 1).toBe(Number(listed?.[1]));
    expect(document.querySelector('[data-testid=finding][data-code="TOTAL_BELOW_TARGET"]')).not.toBeNull();
  });

  test("an invalid target hides the last result instead of leaving it under the error as if it were for that target", async () => {
    await page("vi");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await settle();
    await check();
    expect(text("[data-testid=summary-target]")).toBe("88");
    const target = document.getElementById("check-target") as HTMLInputElement;
    target.value = "tám mươi";
    (document.getElementById("check-run") as HTMLButtonElement).click();
    await settle();
    expect(text("#check-status [role=alert]")).toContain("số nguyên");
    expect((document.getElementById("check-results") as HTMLElement).hidden).toBe(true);
    target.value = "90";
    await check();
    expect((document.getElementById("check-results") as HTMLElement).hidden).toBe(false);
    expect(text("[data-testid=summary-target]")).toBe("90");
  });

  test("with no file open the pane says nothing about an allocation's target", async () => {
    await page("vi");
    await settle();
    const source = document.querySelector<HTMLElement>("[data-testid=target-source]");
    expect(source?.textContent).toBe("");
    expect(source?.hidden).toBe(true);
    expect(document.getElementById("app")?.textContent).not.toContain("Bảng phân bổ không ghi chỉ tiêu");
  });
});

describe("controls", () => {
  test.each<[Lang, string]>([
    ["vi", "Mở tệp Excel, CSV hoặc Word"],
    ["en", "Open Excel, CSV or Word files"],
  ])("the open button names what it opens, and the hint lists every type the picker takes (%s)", async (lang, label) => {
    await page(lang);
    expect(text("#open-files")).toBe(label);
    const accepted = (document.getElementById("open-files-input") as HTMLInputElement).accept.split(",");
    const hint = text("#drop-zone .hint");
    for (const ext of accepted.filter((e) => e !== ".doc")) expect(hint).toContain(ext);
  });

  test("no hidden file input is a tab stop, and the report date field has a name", async () => {
    await page("vi");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await settle();
    (document.getElementById("tab-consolidate") as HTMLButtonElement).click();
    await waitFor(() => document.getElementById("consolidate-previous-files"), "previous-year files input");
    const files = Array.from(document.querySelectorAll<HTMLInputElement>("input[type=file]"));
    expect(files.map((f) => f.id)).toEqual(expect.arrayContaining(["consolidate-files", "consolidate-previous-files", "open-files-input"]));
    for (const f of files) expect([f.id, f.getAttribute("tabindex")]).toEqual([f.id, "-1"]);

    const date = await waitFor(() => document.getElementById("doc-date"), "report date field");
    const name = (date.getAttribute("aria-labelledby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
      .join(" ");
    expect(name).toBe("Ngày báo cáo Ngày cụ thể:");
  });
});
