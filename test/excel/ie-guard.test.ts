/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";

const PUBLIC = path.resolve(__dirname, "..", "..", "public");
const SCRIPT = fs.readFileSync(path.join(PUBLIC, "ie-guard.js"), "utf8");
const PROBE = fs.readFileSync(path.join(PUBLIC, "syntax-probe.js"), "utf8");

type GuardWindow = { __PTDV_UNSUPPORTED__?: boolean; __PTDV_SYNTAX_OK__?: boolean; Office?: { initialize?: unknown } };

/**
 * Runs the page's two classic scripts in order, as the browser does. An engine that
 * cannot parse the probe never runs it: `parsesProbe: false` stands for that.
 */
function runGuard(userAgent: string, parsesProbe = true): void {
  document.body.innerHTML = '<main id="app"></main>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  delete (window as GuardWindow).__PTDV_UNSUPPORTED__;
  delete (window as GuardWindow).__PTDV_SYNTAX_OK__;
  // office.js loads in the page's head, before the guard.
  (window as GuardWindow).Office = {};
  if (parsesProbe) new Function(PROBE)();
  new Function(SCRIPT)();
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require("acorn") as { parse(src: string, o: { ecmaVersion: number }): unknown };


describe("the IE11 guard of the task pane page", () => {
  it("is plain ES5 that IE11 can parse", () => {
    expect(() => acorn.parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });

  it("has a syntax probe that engines before ES2018 (the bundles' level) cannot parse, so its flag stays unset there", () => {
    expect(() => acorn.parse(PROBE, { ecmaVersion: 2017 })).toThrow();
    expect(() => acorn.parse(PROBE, { ecmaVersion: 2018 })).not.toThrow();
  });

  it("replaces the pane with a Vietnamese and English message in Excel's IE11 webview", () => {
    runGuard("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko", false);
    expect(document.getElementById("app")).toBeNull();
    const box = document.getElementById("ie-unsupported")!;
    expect(box.getAttribute("role")).toBe("alert");
    expect(box.textContent).toMatch(/Internet Explorer 11, không chạy được PTĐV/);
    expect(box.textContent).toMatch(/browser edition/);
    expect(box.querySelector("a")!.getAttribute("href")).toBe("index.html");
    expect((window as GuardWindow).__PTDV_UNSUPPORTED__).toBe(true);
  });

  it("sets Office.initialize when it shows its message, since some hosts show the pane only after it", () => {
    runGuard("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko", false);
    expect(typeof (window as GuardWindow).Office?.initialize).toBe("function");
    runGuard("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0");
    // A supported webview leaves Office's start-up to the pane itself.
    expect((window as GuardWindow).Office?.initialize).toBeUndefined();
  });

  it("shows the message in an old engine that could not parse the probe (EdgeHTML 18, Safari before 12.1)", () => {
    const edge18 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763";
    runGuard(edge18, false);
    expect(document.getElementById("app")).toBeNull();
    expect(document.getElementById("ie-unsupported")!.textContent).toMatch(/trình duyệt cũ.*old web engine/s);
    expect((window as GuardWindow).__PTDV_UNSUPPORTED__).toBe(true);
  });

  it("needs no eval, which the page's Content-Security-Policy forbids", () => {
    expect(SCRIPT).not.toMatch(/new Function|\beval\(/);
    expect(PROBE).not.toMatch(/new Function|\beval\(/);
  });

  it("leaves the pane alone in Edge WebView2 and modern browsers", () => {
    runGuard("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0");
    expect((window as GuardWindow).__PTDV_SYNTAX_OK__).toBe(true);
    expect(document.getElementById("app")).not.toBeNull();
    expect(document.getElementById("ie-unsupported")).toBeNull();
  });
});
