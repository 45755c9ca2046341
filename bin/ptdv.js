#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript bundled into build/cli/ by `npm run build:cli` (and by
// `npm install`, the "prepare" script): ES modules, one chunk per command, loaded with import().
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");

const root = path.resolve(__dirname, "..");
const entry = path.join(root, "build", "cli", "cli.js");

if (!fs.existsSync(entry)) {
  process.stderr.write(
    "ptdv: the command line tool has not been built yet (build/cli/cli.js is missing).\n" +
      `Build it with:  cd ${root} && npm run build:cli   (npm install also builds it)\n` +
      "ptdv: công cụ dòng lệnh chưa được biên dịch. Hãy chạy: npm run build:cli\n",
  );
  process.exit(2);
}

// A closed pipe (`ptdv check x.xlsx | head`) is not an error worth a stack trace.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
});

function cannotStart(e) {
  process.stderr.write(`ptdv: could not start (${e && e.message ? e.message : String(e)}). Rebuild with: npm run build:cli\n`);
  process.exitCode = 2;
}

const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

import(pathToFileURL(entry).href).then(({ main }) => {
  main(process.argv.slice(2), io).then(
    (code) => {
      // exitCode, not exit(): let stdout drain when piped.
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`ptdv: unexpected error (${e && e.message ? e.message : String(e)})\n`);
      process.exitCode = 2;
    },
  );
}, cannotStart);
