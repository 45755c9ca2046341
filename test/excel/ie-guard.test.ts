/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";

const SCRIPT = fs.readFileSync(path.resolve(__dirname, "..", "..", "public", "ie-guard.js"), "utf8");

function runGuard(userAgent: string): void {
  document.body.innerHTML = '<main id="app"></main>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  delete (window as { __PTDV_UNSUPPORTED__?: boolean }).__PTDV_UNSUPPORTED__;
  // The guard is a classic script; evaluating it in the window scope is what the browser does.
  new Function(SCRIPT)();
}

describe("the IE11 guard of the task pane page", () => {
  it("is plain ES5 that IE11 can parse", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require("acorn") as { parse(src: string, o: { ecmaVersion: number }): unknown };
    expect(() => acorn.parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });

  it("replaces the pane with a Vietnamese and English message in Excel's IE11 webview", () => {
    runGuard("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko");
    expect(document.getElementById("app")).toBeNull();
    const box = document.getElementById("ie-unsupported")!;
    expect(box.getAttribute("role")).toBe("alert");
    expect(box.textContent).toMatch(/Internet Explorer 11, không chạy được PTĐV/);
    expect(box.textContent).toMatch(/browser edition/);
    expect(box.querySelector("a")!.getAttribute("href")).toBe("index.html");
    expect((window as { __PTDV_UNSUPPORTED__?: boolean }).__PTDV_UNSUPPORTED__).toBe(true);
  });

  it("leaves the pane alone in Edge WebView2 and modern browsers", () => {
    runGuard("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0");
    expect(document.getElementById("app")).not.toBeNull();
    expect(document.getElementById("ie-unsupported")).toBeNull();
  });
});
