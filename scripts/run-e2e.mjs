// Runs the browser end-to-end tests in Debian's Chromium. Without Chromium the
// tests cannot run: locally that is a clear skip, in CI (CI=true) a failure,
// because a green CI that skipped them would hide a broken browser edition.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
const chromium = candidates.find((p) => existsSync(p));

if (!chromium) {
  const msg =
    "Browser tests SKIPPED: Chromium not found (looked for " +
    candidates.join(", ") +
    ").\nEnable them with: apt-get install -y chromium   (or set CHROMIUM_PATH)";
  if (process.env.CI === "true") {
    console.error(msg + "\nCI=true: skipping browser tests is a failure.");
    process.exit(1);
  }
  console.warn(msg);
  process.exit(0);
}

if (!existsSync("dist/index.html") || !existsSync("dist/taskpane.html")) {
  console.error("Browser tests need the built pages in dist/: run `npm run build` first.");
  process.exit(1);
}

const r = spawnSync(process.execPath, ["node_modules/jest/bin/jest.js", "--config", "jest.e2e.config.js", "--runInBand", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(r.status ?? 1);
