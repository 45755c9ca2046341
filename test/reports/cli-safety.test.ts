import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { runTemplate } from "../../src/cli/commands/template";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { captureIo, tempDir } from "./cli-helpers";
import { FIXTURES } from "./helpers";

const fx = (name: string): string => path.join(FIXTURES, name);
const ALLOCATION = fx("allocation-2025.xlsx");

function folderWithLog(): { dir: string; input: string; before: Buffer } {
  const dir = tempDir("out-clash");
  fs.mkdirSync(path.join(dir, "in"));
  const input = path.join(dir, "in", "log.xlsx");
  fs.copyFileSync(fx("log-2025.xlsx"), input);
  return { dir, input, before: fs.readFileSync(input) };
}

describe("ptdv consolidate --out never overwrites an input", () => {
  it("refuses a --out that names a report found inside an input folder", async () => {
    const { dir, input, before } = folderWithLog();
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--out", "in/log.xlsx", "in"], c.io)).toBe(2);
    expect(c.err()).toContain("không ghi đè");
    expect(c.err()).toContain(path.join("in", "log.xlsx"));
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses a --out that reaches an input through a symlink", async () => {
    const { dir, input, before } = folderWithLog();
    fs.symlinkSync(input, path.join(dir, "tong-hop.xlsx"));
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--lang", "en", "--out", "tong-hop.xlsx", "in"], c.io)).toBe(2);
    expect(c.err()).toContain("refusing to overwrite");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("reads a report whose name matches --out in another folder, and writes the output", async () => {
    const { dir } = folderWithLog();
    fs.mkdirSync(path.join(dir, "out"));
    const c = captureIo(dir);
    const code = await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--json", "--out", "out/log.xlsx", "in"], c.io);
    const json = JSON.parse(c.out()) as ConsolidationJson;
    expect(code).not.toBe(2);
    expect(json.totals.admittedToDate).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dir, "out", "log.xlsx"))).toBe(true);
  });
});

describe("command-line messages follow --lang", () => {
  const bad: ReadonlyArray<readonly string[]> = [
    ["--month", "2025-05", "--target", "many", "x.csv"],
    ["--month", "2025-05", "missing.csv"],
    ["--month", "2025-05", "--bogus", "x.csv"],
  ];

  it("speaks Vietnamese by default, usage included", async () => {
    const dir = tempDir("lang-vi");
    const messages: string[] = [];
    for (const args of bad) {
      const c = captureIo(dir);
      expect(await runConsolidate(["--allocation", ALLOCATION, ...args], c.io)).toBe(2);
      messages.push(c.err());
    }
    expect(messages[0]).toContain("--target phải là số nguyên ≥ 0");
    expect(messages[1]).toContain("không tìm thấy đầu vào: missing.csv");
    expect(messages[2]).toContain("không có tùy chọn --bogus");
    for (const m of messages) {
      expect(m).toContain("Cách dùng:");
      expect(m).not.toMatch(/Usage:|must be|not found|unknown option/);
    }
    const folder = captureIo(dir);
    expect(await runConsolidate(["--allocation", dir, "--month", "2025-05", "x.csv"], folder.io)).toBe(2);
    expect(folder.err()).toContain("là một thư mục");
    expect(folder.err()).not.toContain("is a folder");
  });

  it("speaks English with --lang en, even before the options are parsed", async () => {
    const dir = tempDir("lang-en");
    for (const args of bad) {
      const c = captureIo(dir);
      expect(await runConsolidate(["--lang", "en", "--allocation", ALLOCATION, ...args], c.io)).toBe(2);
      expect(c.err()).toContain("Usage:");
      expect(c.err()).not.toContain("Cách dùng");
    }
    const t = captureIo(dir);
    expect(await runTemplate(["--lang", "en", "--allocation", ALLOCATION, "--year", "25", "--out-dir", "x"], t.io)).toBe(2);
    expect(t.err()).toContain("--year must be a year");
  });

  it("shows the template command's errors in Vietnamese by default", async () => {
    const c = captureIo(tempDir("tpl-vi"));
    expect(await runTemplate(["--allocation", ALLOCATION], c.io)).toBe(2);
    expect(c.err()).toContain("thiếu --out-dir");
    expect(c.err()).toContain("Cách dùng:");
  });
});

describe("ptdv template never overwrites files silently", () => {
  it("refuses when a template file already exists, lists the clash and writes nothing", async () => {
    const dir = tempDir("tpl-clash");
    const first = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "mau"], first.io)).toBe(0);
    const files = fs.readdirSync(path.join(dir, "mau"));
    const filled = path.join(dir, "mau", files[0]!);
    fs.writeFileSync(filled, "đã điền số liệu");
    const other = path.join(dir, "mau", files[1]!);
    fs.rmSync(other);

    const again = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "mau"], again.io)).toBe(2);
    expect(again.err()).toContain(files[0]!);
    expect(again.err()).toContain("--force");
    expect(fs.readFileSync(filled, "utf8")).toBe("đã điền số liệu");
    expect(fs.existsSync(other)).toBe(false);

    const forced = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "mau", "--force"], forced.io)).toBe(0);
    expect(fs.readFileSync(filled).subarray(0, 2).toString()).toBe("PK");
  });

  it("documents --force in its usage text", async () => {
    for (const lang of ["vi", "en"]) {
      const c = captureIo(tempDir("tpl-help"));
      expect(await runTemplate(["--help", "--lang", lang], c.io)).toBe(0);
      expect(c.out()).toMatch(/--force\s+\S/);
    }
  });
});

describe("ptdv consolidate with a faulty allocation table", () => {
  it("reports the table's errors, exits 1 and never calls an organisation without a quota done", async () => {
    const dir = tempDir("alloc-blank");
    const rows = ["STT;TCCSĐ;CHỈ TIÊU", "01;Đảng bộ Công an huyện;03", "02;Đảng bộ xã Ka Đô;", "03;Đảng bộ xã Tu Tra;09"];
    fs.writeFileSync(path.join(dir, "phan-bo.csv"), `\uFEFF${rows.join("\n")}\n`);
    fs.writeFileSync(path.join(dir, "log.csv"), "TCCSĐ,Tháng,Kết nạp\nĐảng bộ Công an huyện,5/2025,1\nĐảng bộ xã Tu Tra,5/2025,1\nĐảng bộ xã Ka Đô,5/2025,0\n");
    const c = captureIo(dir);
    const code = await runConsolidate(["--allocation", "phan-bo.csv", "--month", "2025-05", "--json", "log.csv"], c.io);
    const json = JSON.parse(c.out()) as ConsolidationJson;
    const allocationErrors = json.findings.filter((f) => f.severity === "error" && f.source.startsWith("phan-bo.csv"));
    expect(allocationErrors.length).toBeGreaterThan(0);
    expect(code).toBe(1);
    expect(json.organizations.find((o) => o.name === "Đảng bộ xã Ka Đô")).toMatchObject({ quota: null, remaining: null, percent: null, status: "behind", submitted: true });
  });
});

describe("ptdv consolidate --out never overwrites an existing file without --force", () => {
  const consolidateInto = (dir: string, out: string, ...extra: string[]): Promise<{ code: number; c: ReturnType<typeof captureIo> }> => {
    const c = captureIo(dir);
    return runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--json", "--out", out, ...extra, "in"], c.io).then((code) => ({ code, c }));
  };

  it("consolidate refuses to overwrite an existing --out without --force", async () => {
    const { dir } = folderWithLog();
    fs.writeFileSync(path.join(dir, "tong-hop.xlsx"), "last month's work");
    const { code, c } = await consolidateInto(dir, "tong-hop.xlsx");
    expect(code).toBe(2);
    expect(c.err()).toContain("tệp --out tong-hop.xlsx đã có; không ghi đè");
    expect(c.err()).toContain("--force");
    expect(c.out()).toBe("");
    expect(fs.readFileSync(path.join(dir, "tong-hop.xlsx"), "utf8")).toBe("last month's work");
    const en = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--lang", "en", "--out", "tong-hop.xlsx", "in"], en.io)).toBe(2);
    expect(en.err()).toContain("--out tong-hop.xlsx already exists; refusing to overwrite it");
    expect(en.err()).toContain("add --force to overwrite it");
    expect(en.err()).toContain("Usage: ptdv consolidate ");
  });

  it("consolidate --force replaces an existing --out with a workbook and leaves no temporary file", async () => {
    const { dir } = folderWithLog();
    fs.writeFileSync(path.join(dir, "tong-hop.xlsx"), "last month's work");
    const { code } = await consolidateInto(dir, "tong-hop.xlsx", "--force");
    expect(code).not.toBe(2);
    const written = fs.readFileSync(path.join(dir, "tong-hop.xlsx"));
    expect(written.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(fs.readdirSync(dir).sort()).toEqual(["in", "tong-hop.xlsx"]);
  });

  it("consolidate --force still refuses to overwrite an input", async () => {
    const { dir, input, before } = folderWithLog();
    const { code, c } = await consolidateInto(dir, "in/log.xlsx", "--force");
    expect(code).toBe(2);
    expect(c.err()).toContain("không ghi đè");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("consolidate --out inside a path that is a file says so in Vietnamese and exits 2 before reading reports", async () => {
    const { dir } = folderWithLog();
    fs.writeFileSync(path.join(dir, "afile"), "x");
    const { code, c } = await consolidateInto(dir, "afile/tong-hop.xlsx");
    expect(code).toBe(2);
    expect(c.err()).toContain("afile/tong-hop.xlsx: một phần của đường dẫn này là tệp, không phải thư mục");
    expect(c.err()).not.toContain("lỗi không mong đợi");
    expect(c.out()).toBe("");
  });
});

describe("ptdv template output folder problems are the user's, said plainly", () => {
  it("template into a path that is a file says so in Vietnamese and exits 2", async () => {
    const dir = tempDir("tpl-file");
    fs.writeFileSync(path.join(dir, "afile"), "keep me");
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "afile"], c.io)).toBe(2);
    expect(c.err()).toContain("afile: một phần của đường dẫn này là tệp, không phải thư mục");
    expect(c.err()).not.toContain("lỗi không mong đợi");
    expect(fs.readFileSync(path.join(dir, "afile"), "utf8")).toBe("keep me");
    const en = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "afile/sub", "--lang", "en"], en.io)).toBe(2);
    expect(en.err()).toContain("afile/sub: part of this path is a file, not a folder");
  });

  it("template --force refuses, writing nothing, when a template's file name is taken by a folder", async () => {
    const dir = tempDir("tpl-folder-clash");
    const first = captureIo(dir);
    await runTemplate(["--allocation", ALLOCATION, "--out-dir", "probe"], first.io);
    const names = fs.readdirSync(path.join(dir, "probe")).sort();
    expect(names.length).toBeGreaterThan(1);
    fs.mkdirSync(path.join(dir, "out"));
    fs.mkdirSync(path.join(dir, "out", names[names.length - 1]!));
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "out", "--force"], c.io)).toBe(2);
    expect(c.err()).toContain("là một thư mục; không thể ghi mẫu vào đó");
    expect(fs.readdirSync(path.join(dir, "out"))).toEqual([names[names.length - 1]]);
  });

  it("template writes the whole set and leaves no staging folder behind", async () => {
    const dir = tempDir("tpl-staging");
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", ALLOCATION, "--out-dir", "out"], c.io)).not.toBe(2);
    const written = fs.readdirSync(path.join(dir, "out"));
    expect(written.filter((n) => n.startsWith("."))).toEqual([]);
    expect(written.length).toBe(c.out().trim().split("\n").length - 1);
  });
});

describe("inputs that cannot be read as files", () => {
  const mkfifo = (p: string): void => {
    execFileSync("mkfifo", [p]);
  };

  it("a FIFO named as an input is refused with a clear message instead of blocking", async () => {
    const { dir } = folderWithLog();
    mkfifo(path.join(dir, "pipe.csv"));
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "pipe.csv"], c.io)).toBe(2);
    expect(c.err()).toContain("đầu vào pipe.csv không phải tệp thông thường");
  });

  it("a FIFO inside an input folder is skipped and the reports beside it are read", async () => {
    const { dir } = folderWithLog();
    mkfifo(path.join(dir, "in", "pipe.csv"));
    const c = captureIo(dir);
    const code = await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--json", "in"], c.io);
    expect(code).not.toBe(2);
    expect((JSON.parse(c.out()) as ConsolidationJson).totals.admittedToDate).toBeGreaterThan(0);
  });

  it("an input path through a file is 'not found' in Vietnamese, not an internal error", async () => {
    const { dir } = folderWithLog();
    fs.writeFileSync(path.join(dir, "afile"), "x");
    const c = captureIo(dir);
    expect(await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "afile/x.csv"], c.io)).toBe(2);
    expect(c.err()).toContain("không tìm thấy đầu vào: afile/x.csv");
  });
});
