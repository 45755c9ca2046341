/**
 * Builds the command line once, before any test file runs (jest `globalSetup`): the tests that run
 * `node bin/ptdv.js` or load build/cli share one build. Each used to rebuild it in its own
 * beforeAll, and with several jest workers one file's build removed the code cache (until training
 * wrote the new one) while another file was reading it.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

module.exports = async function buildCli() {
  const root = path.resolve(__dirname, "..");
  const built = spawnSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { cwd: root, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`npm run build:cli failed before the tests: ${built.stderr || built.error?.message || `exit ${built.status}`}`);
};
