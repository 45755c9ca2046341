/**
 * The compiled CLI as users run it (`node bin/ptdv.js`), built once here. Permission failures are
 * tested in a child process: as root (CI) the child drops to `nobody` with util-linux's setpriv, for
 * whom a mode 000 folder or file and a read-only folder really are unreadable or unwritable.
 */
import { spawnSync, type SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ptdv.js");
const ALLOCATION = path.join(REPO, "test", "fixtures", "reports", "allocation-2025.xlsx");
const LOG = path.join(REPO, "test", "fixtures", "reports", "log-2025.xlsx");
const AS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;


/** `ptdv ARGS` in `cwd` as a user without privileges: permission bits apply to them. */
function ptdvUnprivileged(cwd: string, args: readonly string[]): SpawnSyncReturns<string> {
  const command = AS_ROOT ? ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", process.execPath] : [process.execPath];
  return spawnSync(command[0]!, [...command.slice(1), BIN, ...args], { cwd, encoding: "utf8" });
}

/** A folder the unprivileged user can enter, read and write. */
function sharedTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ptdv-${prefix}-`));
  fs.chmodSync(dir, 0o777);
  return dir;
}

describe("bin/ptdv.js", () => {
  test("run from a folder deleted under the shell, it reads absolute paths, and says what is wrong when it cannot go on", () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-gone-"));
    // The shell stands in the folder it deletes, as a user's terminal does; PWD still names it.
    const inGone = (args: string, launch = "exec"): SpawnSyncReturns<string> =>
      spawnSync("sh", ["-c", `mkdir gone && cd gone && rmdir ../gone && ${launch} "${process.execPath}" "${BIN}" ${args}`], { cwd: parent, encoding: "utf8" });
    try {
      const absolute = inGone(`check --json "${ALLOCATION}"`);
      expect([absolute.status, JSON.parse(absolute.stdout).totals.quota, absolute.stderr]).toEqual([0, 91, ""]);
      const relative = inGone("check ke-hoach.xlsx");
      expect([relative.status, relative.stderr]).toEqual([2, `ptdv check: ke-hoach.xlsx: Không tìm thấy tệp “${path.join(parent, "gone", "ke-hoach.xlsx")}”. Hãy kiểm tra đường dẫn và tên tệp. [FILE_NOT_FOUND]\n`]);
      const lost = inGone("--help", "exec env -u PWD");
      expect(lost.status).toBe(2);
      expect(lost.stderr).toMatch(/^ptdv: thư mục hiện tại không còn tồn tại .*\nptdv: the current folder no longer exists/);
      expect(lost.stderr).not.toMatch(/at |uv_cwd/);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  test("without a build it says how to build and exits 2", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-bin-"));
    try {
      fs.mkdirSync(path.join(dir, "bin"));
      fs.copyFileSync(BIN, path.join(dir, "bin", "ptdv.js"));
      const r = spawnSync(process.execPath, [path.join(dir, "bin", "ptdv.js"), "--version"], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/npm run build:cli/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("node bin/ptdv.js check runs the compiled CLI: JSON on stdout, FILE_* on stderr, no stack trace", () => {
    expect(fs.existsSync(path.join(REPO, "build", "cli", "cli.js"))).toBe(true);
    const ok = spawnSync(process.execPath, ["bin/ptdv.js", "check", "test/fixtures/allocation/seed-text.xlsx", "--target", "88", "--json"], { cwd: REPO, encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).totals.quota).toBe(91);
    const bad = spawnSync(process.execPath, ["bin/ptdv.js", "check", "test/fixtures/hostile/truncated.xlsx"], { cwd: REPO, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/FILE_CORRUPT/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  test("writes the same bytes into a file as into a pipe, for JSON, text, help and a consolidation; into /dev/null; and says so when the disk is full", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-stdout-"));
    try {
      for (const args of [["check", "--json", ALLOCATION], ["check", ALLOCATION], ["--help"], ["consolidate", "--allocation", ALLOCATION, "--month", "2025-05", LOG]]) {
        const piped = spawnSync(process.execPath, [BIN, ...args], { encoding: "buffer" });
        const file = path.join(dir, "out.txt");
        const fd = fs.openSync(file, "w");
        try {
          const toFile = spawnSync(process.execPath, [BIN, ...args], { stdio: ["ignore", fd, "pipe"] });
          expect([args, toFile.status]).toEqual([args, piped.status]);
        } finally {
          fs.closeSync(fd);
        }
        expect(piped.stdout.length).toBeGreaterThan(100);
        expect(fs.readFileSync(file).equals(piped.stdout)).toBe(true);
      }
      // A full disk is a message naming stdout, exit 2, no stack trace (was: exit 1 and the output lost silently).
      const full = fs.openSync("/dev/full", "w");
      try {
        const r = spawnSync(process.execPath, [BIN, "check", "--json", ALLOCATION], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
        expect([r.status, r.stderr.trim()]).toEqual([2, "ptdv: ổ đĩa đã đầy, không ghi được stdout (ENOSPC)"]);
      } finally {
        fs.closeSync(full);
      }
      const devNull = fs.openSync("/dev/null", "w");
      try {
        expect(spawnSync(process.execPath, [BIN, "check", "--json", ALLOCATION], { stdio: ["ignore", devNull, "pipe"] }).status).toBe(0);
      } finally {
        fs.closeSync(devNull);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("wrong arguments exit 2 with the message on stderr, never commander's exit 1", () => {
    const r = spawnSync(process.execPath, ["bin/ptdv.js", "--lang", "en", "check", "a.xlsx", "--traget", "88"], { cwd: REPO, encoding: "utf8" });
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("ptdv check: unknown option --traget\nUsage: ptdv check <file.xlsx|file.csv|file.docx> [--sheet NAME] [--target N] [--json] [--lang vi|en] [--branch-min-members N]\n");
  });
});

describe("permission problems, as a user without privileges", () => {
  test("template into a folder without write permission says so and writes nothing", () => {
    const dir = sharedTempDir("tpl-eacces");
    fs.mkdirSync(path.join(dir, "locked"), { mode: 0o555 });
    const r = ptdvUnprivileged(dir, ["template", "--allocation", ALLOCATION, "--out-dir", "locked"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("không có quyền truy cập locked (EACCES)");
    expect(r.stderr).not.toMatch(/lỗi không mong đợi|\n\s+at /);
    expect(fs.readdirSync(path.join(dir, "locked"))).toEqual([]);
  });

  test("an unreadable folder among inputs is reported as FILE_UNREADABLE and the other reports are still read", () => {
    const dir = sharedTempDir("dir-eacces");
    fs.mkdirSync(path.join(dir, "in"), { mode: 0o755 });
    fs.copyFileSync(LOG, path.join(dir, "in", "log.xlsx"));
    fs.chmodSync(path.join(dir, "in", "log.xlsx"), 0o644);
    fs.mkdirSync(path.join(dir, "in", "secret"), { mode: 0o000 });
    const r = ptdvUnprivileged(dir, ["consolidate", "--allocation", ALLOCATION, "--month", "2025-05", "--json", "in"]);
    const json = JSON.parse(r.stdout) as { totals: { admittedToDate: number }; findings: Array<{ code: string; message: string }> };
    expect(r.status).toBe(1);
    expect(json.findings.find((f) => f.code === "FILE_UNREADABLE")?.message).toContain("secret");
    expect(json.totals.admittedToDate).toBeGreaterThan(0);
  });

  test("an input file with mode 000 is reported as FILE_UNREADABLE, not a crash", () => {
    const dir = sharedTempDir("file-eacces");
    fs.copyFileSync(LOG, path.join(dir, "log.xlsx"));
    fs.chmodSync(path.join(dir, "log.xlsx"), 0o000);
    const r = ptdvUnprivileged(dir, ["check", "log.xlsx"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\[FILE_UNREADABLE\]/);
    expect(r.stderr).not.toMatch(/lỗi không mong đợi|\n\s+at /);
  });
});
