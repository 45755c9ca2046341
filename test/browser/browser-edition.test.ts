/**
 * @jest-environment jsdom
 */
import { createBrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { mountWorkspace } from "../../src/browser/workspace-view";
import { gridFromValues } from "../../src/core/grid";
import { mountApp } from "../../src/taskpane/app";
import { settle, waitFor } from "../taskpane/fake-host";

function page() {
  document.body.innerHTML = '<header id="top"></header><section id="files"></section><div id="app"></div><main id="preview"></main>';
  const byId = (id: string) => document.getElementById(id)!;
  const host = createBrowserHost({ store: createSettingsStorage(null), save: () => undefined, navigatorLanguage: "vi-VN" });
  mountWorkspace({ header: byId("top"), files: byId("files"), preview: byId("preview") }, host);
  mountApp(byId("app"), host);
  return { host, byId };
}

describe("browser edition page", () => {
  test("the sample data button loads the 2025 table, the check uses it, and a finding's cell is shown in the preview", async () => {
    const { host, byId } = page();
    await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("[data-testid=preview-table]"), "preview");
    await settle();
    expect(document.querySelector("[data-testid=file-notice]")?.textContent).toContain("15 tổ chức");
    expect((document.getElementById("check-target") as HTMLInputElement).value).toBe("88");
    (document.getElementById("check-run") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("#check-summary"), "summary");
    expect(document.querySelector("[data-testid=summary-total]")?.textContent).toBe("91");
    expect(document.querySelector("[data-testid=summary-difference]")?.textContent).toBe("+3");

    await host.selectCell({ name: "Phân bổ 2025", file: "du-lieu-mau-2025.xlsx" }, "C19");
    const td = document.querySelector<HTMLElement>('td[data-cell="C19"]');
    expect(td?.classList.contains("selected")).toBe(true);
    expect(td?.textContent).toBe("03 (01 HS)");
  });

  test("highlighting findings of an opened table marks those cells in the preview, and clearing removes the marks", async () => {
    const { host, byId } = page();
    await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
    host.addWorkbook({
      name: "phan-bo.xlsx",
      grids: [gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], ["01", "<img src=x onerror=alert(1)>", "ba"], ["02", "Chi bộ Trường THPT Lê Lợi", 3]])],
    });
    await settle();
    (document.getElementById("check-run") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("[data-testid=finding]"), "findings");
    (document.getElementById("check-highlight") as HTMLButtonElement).click();
    await settle();
    expect(document.querySelector('td[data-cell="C2"]')?.className).toContain("hl-error");
    expect(document.querySelector("img")).toBeNull();
    (document.querySelector('[data-testid=finding][data-cell="C2"]') as HTMLButtonElement).click();
    await settle();
    expect(document.querySelector('td[data-cell="C2"]')?.getAttribute("aria-current")).toBe("true");
    (document.getElementById("check-clear") as HTMLButtonElement).click();
    await settle();
    expect(document.querySelectorAll("td.hl")).toHaveLength(0);
  });
  test("the sample-data notice and page title switch to English with the pane", async () => {
    const { byId } = page();
    await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("[data-testid=file-notice]"), "notice");
    await settle();
    (document.getElementById("lang-toggle") as HTMLButtonElement).click();
    await settle();
    expect(document.querySelector("[data-testid=file-notice]")?.textContent).toBe("Loaded the 2025 sample (15 organisations, reports for months 1–4).");
    expect(document.getElementById("use-sample")?.textContent).toBe("Use sample data");
    expect(document.title).toBe("PTĐV — browser edition");
  });
});
