/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";
import { createBrowserHost, langOfLocale } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { mountWorkspace } from "../../src/browser/workspace-view";
import { gridFromValues } from "../../src/core/grid";
import { mountApp } from "../../src/taskpane/app";
import { settle, waitFor } from "../taskpane/fake-host";

function page(storage: Storage | null) {
  document.body.innerHTML = '<header id="top"></header><section id="files"></section><div id="app"></div><main id="preview"></main>';
  const byId = (id: string) => document.getElementById(id)!;
  const host = createBrowserHost({ store: createSettingsStorage(storage), save: () => undefined, navigatorLanguage: "vi-VN" });
  mountWorkspace({ header: byId("top"), files: byId("files"), preview: byId("preview") }, host);
  mountApp(byId("app"), host);
  return { host, byId };
}

describe("the sample data", () => {
  test("is used for the session but never replaces the user's saved settings", async () => {
    localStorage.clear();
    localStorage.setItem("ptdv.target", "120");
    localStorage.setItem("ptdv.year", "2026");
    localStorage.setItem("ptdv.place", "Lâm Hà");
    const { byId } = page(localStorage);
    await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("[data-testid=file-notice]"), "sample");
    await settle();
    expect((document.getElementById("check-target") as HTMLInputElement).value).toBe("88");
    (document.getElementById("check-run") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("#check-summary"), "summary");
    await settle();
    expect(localStorage.getItem("ptdv.target")).toBe("120");
    expect(localStorage.getItem("ptdv.year")).toBe("2026");
    expect(localStorage.getItem("ptdv.place")).toBe("Lâm Hà");
    expect(localStorage.getItem("ptdv.issuingBody")).toBeNull();
    // A fresh page (a new host on the same storage) is back to the user's own plan.
    expect(await createBrowserHost({ store: createSettingsStorage(localStorage) }).getSetting("ptdv.target")).toBe("120");
  });

  test("a setting the user saves after loading the sample is stored", async () => {
    localStorage.clear();
    const host = createBrowserHost({ store: createSettingsStorage(localStorage) });
    host.setSessionSettings({ "ptdv.target": "88" });
    expect(await host.getSetting("ptdv.target")).toBe("88");
    expect(localStorage.getItem("ptdv.target")).toBeNull();
    await host.setSetting("ptdv.target", "95");
    expect(await host.getSetting("ptdv.target")).toBe("95");
    expect(localStorage.getItem("ptdv.target")).toBe("95");
  });
});

describe("the browser edition's language", () => {
  test("follows the browser's language unless the page asks for one", () => {
    expect(langOfLocale("vi-VN")).toBe("vi");
    expect(langOfLocale("vi")).toBe("vi");
    expect(langOfLocale("en-GB")).toBe("en");
    expect(langOfLocale("fr-FR")).toBe("en");
    expect(createBrowserHost({ navigatorLanguage: "vi-VN" }).preferredLang()).toBe("vi");
    expect(createBrowserHost({ navigatorLanguage: "de-DE" }).preferredLang()).toBe("en");
    expect(createBrowserHost({ navigatorLanguage: "de-DE", lang: "vi" }).preferredLang()).toBe("vi");
  });

  test("a language the user chose wins over the browser's", async () => {
    localStorage.clear();
    localStorage.setItem("ptdv.lang", "vi");
    document.body.innerHTML = '<div id="app"></div>';
    const host = createBrowserHost({ store: createSettingsStorage(localStorage), navigatorLanguage: "en-US" });
    mountApp(document.getElementById("app")!, host);
    await waitFor(() => document.getElementById("app")?.getAttribute("data-ready") === "true", "ready");
    expect(document.getElementById("tab-check")?.textContent).toBe("Kiểm tra phân bổ");
  });
});

describe("keyboard", () => {
  test("activating a finding shows its cell in the preview but keeps focus on the finding", async () => {
    const { host, byId } = page(null);
    await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
    host.addWorkbook({ name: "p.xlsx", grids: [gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], ["01", "Đảng bộ xã Ka Đô", "ba"]])] });
    await settle();
    (document.getElementById("check-run") as HTMLButtonElement).click();
    const finding = await waitFor(() => document.querySelector<HTMLButtonElement>('[data-testid=finding][data-cell="C2"]'), "finding");
    finding.focus();
    finding.click();
    await settle();
    expect(document.querySelector('td[data-cell="C2"]')?.getAttribute("aria-current")).toBe("true");
    const active = document.activeElement as HTMLElement | null;
    expect(active?.tagName).not.toBe("TD");
    expect(active?.getAttribute("data-testid")).toBe("finding");
  });

  test("a focused text field shows a 2px outline instead of removing it", () => {
    const css = fs.readFileSync(path.resolve(__dirname, "..", "..", "src", "taskpane", "taskpane.css"), "utf8");
    const rule = /input:focus[^{]*\{([^}]*)\}/.exec(css)?.[1] ?? "";
    expect(rule).toMatch(/outline:\s*2px solid/);
    expect(rule).not.toMatch(/outline:\s*none/);
  });
});
