#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript bundled into build/cli/cli.js by `npm run build:cli` (and by
// `npm install`, the "prepare" script): one CommonJS script, run here with V8's code cache when the
// build left one that matches it (see loadCli).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { createRequire } = require("module");

const root = path.resolve(__dirname, "..");
const entry = path.join(root, "build", "cli", "cli.js");

/**
 * The code cache's first line: this tag, the CRC-32 and byte length of the script it was made
 * from, then the CRC-32 of the cache's own data (V8 does not check it: damaged data crashes it).
 */
const CACHE_TAG = "ptdv-code-cache-1";

function cacheHeader(source, data) {
  const crc32 = require("zlib").crc32;
  return `${CACHE_TAG} ${crc32(source).toString(16)} ${source.length} ${crc32(data).toString(16)}\n`;
}

/**
 * Runs build/cli/cli.js as a CommonJS module and returns its exports. The build leaves beside it
 * cli.js.cache: V8's code cache for the script, made by a training run of `ptdv check` at build
 * time, so a run deserialises bytecode instead of parsing and compiling about 800 KB of JavaScript
 * (issue #16: 0.02–0.03 s of CPU). The cache is optional and only ever read here: it is used only
 * if its header names this very script (CRC-32 and length, since V8 itself checks only the length),
 * and V8 rejects it in turn if Node's version or flags differ; either way the script is compiled
 * from source as usual. Nothing is written at run time.
 */
function loadCli(file, options = {}) {
  const bytes = fs.readFileSync(file);
  let cachedData;
  if (!options.noCache && typeof require("zlib").crc32 === "function") {
    try {
      const cache = fs.readFileSync(`${file}.cache`);
      const lineEnd = cache.indexOf(10);
      const data = cache.subarray(lineEnd + 1);
      if (lineEnd > 0 && cache.toString("latin1", 0, lineEnd + 1) === cacheHeader(bytes, data)) cachedData = data;
    } catch {
      // no cache: compile from source
    }
  }
  const source = require("buffer").isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  // Strict, as the ES modules it is bundled from; the source starts on line 1, so stack traces keep its line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
  return { exports: mod.exports, script, cacheFile: (data) => Buffer.concat([Buffer.from(cacheHeader(bytes, data), "latin1"), data]), cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/**
 * Turns off TurboFan's inlining for this process. A `ptdv` run lasts well under a second to a few
 * seconds, and inlining makes each optimised function a larger graph to compile, on threads whose
 * CPU time the run pays for; the faster code it buys is not run long enough to repay it. Measured
 * (issue #16, 7–9 alternating pairs, this 2-core machine): CPU 0.87× for `check --json` of 10,000
 * rows, 0.91× for 200 reports consolidated, 0.88× for 1,000, 0.91× for the seed's check; wall time
 * 0.91–0.97×. Outputs are the same (inlining changes how code is compiled, never what it computes).
 * Set once the CLI's script is compiled: V8 stamps a code cache with the flags in force and rejects
 * it under others, and the cache was made without this one.
 */
function compileForShortRun() {
  require("v8").setFlagsFromString("--no-turbo-inlining");
}

/** Characters encoded at a time into the writer's buffer (three bytes each at most). */
const WRITE_PIECE = 1 << 16;

/**
 * Writes text to a file descriptor as UTF-8, all of it. A long text is encoded piece by piece into
 * one reused buffer with TextEncoder.encodeInto: for the 5.8 MB JSON of a 10,000-row check that is
 * about 6 ms of CPU against 16 ms for Buffer.from, which measures the text, allocates 5.8 MB and
 * encodes it (issue #16). A piece never ends between the two halves of a surrogate pair: encoded
 * apart, each half would become U+FFFD.
 */
function writeUtf8(fd, text) {
  if (text.length <= WRITE_PIECE) {
    const bytes = Buffer.from(text, "utf8");
    writeBytes(fd, bytes, bytes.length);
    return;
  }
  const encoder = new TextEncoder();
  const buffer = Buffer.allocUnsafe(WRITE_PIECE * 3);
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + WRITE_PIECE);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
    const { written } = encoder.encodeInto(text.slice(from, to), buffer);
    writeBytes(fd, buffer, written);
    from = to;
  }
}

function writeBytes(fd, bytes, length) {
  for (let at = 0; at < length; ) {
    const written = fs.writeSync(fd, bytes, at, length - at);
    if (written === 0) throw Object.assign(new Error("stdout accepts no more bytes"), { code: "EIO" });
    at += written;
  }
}

/**
 * Writes to stdout. Into a file or /dev/null, with fs.writeSync (writeUtf8): the 5.8 MB JSON of a
 * 10,000-row check takes a few ms that way against 11 ms through process.stdout (issue #16).
 * process.stdout is synchronous for files too, so anything else written there (commander's help)
 * keeps its order. Pipes and terminals keep process.stdout: on some systems they are non-blocking,
 * where writeSync could stop short.
 */
function stdoutWriter() {
  let toFile = false;
  try {
    const stat = fs.fstatSync(1);
    toFile = stat.isFile() || (stat.isCharacterDevice() && !process.stdout.isTTY);
  } catch {
    // stdout closed or not a descriptor: the stream reports what it can
  }
  if (!toFile) return (text) => process.stdout.write(text);
  return (text) => {
    try {
      writeUtf8(1, text);
    } catch (e) {
      // Named for the message: the error of a write to a descriptor carries no path.
      if (e && typeof e === "object" && !("path" in e)) e.path = "stdout";
      throw e;
    }
  };
}

/**
 * The folder relative paths are read from. When it has been deleted under a shell that still
 * stands in it, process.cwd() throws (uv_cwd ENOENT): the shell's PWD, which names that very
 * folder, keeps absolute paths working and makes a relative one a plain "not found". A PWD that
 * exists is another folder, never used in its place.
 */
function workingDirectory() {
  try {
    return process.cwd();
  } catch {
    const pwd = process.env.PWD;
    return pwd !== undefined && path.isAbsolute(pwd) && !fs.existsSync(pwd) ? pwd : null;
  }
}

function run() {
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

  let main;
  let heap;
  try {
    ({ main, heapTuning: heap } = loadCli(entry).exports);
    if (typeof main !== "function") throw new Error("build/cli/cli.js exports no main");
    compileForShortRun();
  } catch (e) {
    process.stderr.write(`ptdv: could not start (${e && e.message ? e.message : String(e)}). Rebuild with: npm run build:cli\n`);
    process.exitCode = 2;
    return;
  }

  const cwd = workingDirectory();
  if (cwd === null) {
    process.stderr.write(
      "ptdv: thư mục hiện tại không còn tồn tại (đã bị xoá hoặc đổi tên). Hãy chuyển sang một thư mục khác (cd) rồi chạy lại.\n" +
        "ptdv: the current folder no longer exists (deleted or renamed). Change to another folder (cd) and run again.\n",
    );
    process.exitCode = 2;
    return;
  }
  const io = {
    stdout: stdoutWriter(),
    stderr: (text) => process.stderr.write(text),
    cwd,
    // This process is ptdv's own: the commands may tune its V8 heap (src/cli/young-generation.ts).
    ...(heap ? { heap } : {}),
  };
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
}

if (require.main === module) run();
else module.exports = { loadCli, writeUtf8 };
