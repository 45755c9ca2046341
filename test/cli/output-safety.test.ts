/**
 * Issue #17 items 5 and 6: outputs are created exclusively at the end, and --force replaces
 * regular files only.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ALLOCATION_2025, REPORT_FIXTURES, ptdv, tempDir } from "./helpers";

function workFolder(prefix: string): string {
  const dir = tempDir(prefix);
  fs.mkdirSync(path.join(dir, "in"));
  fs.copyFileSync(path.join(REPORT_FIXTURES, "log-2025.xlsx"), path.join(dir, "in", "log.xlsx"));
  return dir;
}

const consolidateArgs = (out: string, ...extra: string[]): string[] => ["consolidate", "--allocation", ALLOCATION_2025, "--month", "2025-05", "--out", out, ...extra, "in"];

describe("--out is created exclusively once the inputs are read", () => {
  it("a file that appears at --out while the inputs are read is kept, and the run exits 2 saying so", async () => {
    const dir = workFolder("late-clash");
    let calledWith = "";
    const r = await ptdv(dir, consolidateArgs("tong-hop.xlsx"), {
      beforeOutput: (target) => {
        calledWith = target;
        fs.writeFileSync(target, "saved by the user a moment ago");
      },
    });
    expect(calledWith).toBe(path.join(dir, "tong-hop.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out tong-hop.xlsx vừa được tạo trong khi đang xử lý");
    expect(r.err).toContain("--force");
    expect(fs.readFileSync(path.join(dir, "tong-hop.xlsx"), "utf8")).toBe("saved by the user a moment ago");
    expect(fs.readdirSync(dir).sort()).toEqual(["in", "tong-hop.xlsx"]);
  });

  it("with --force the file that appeared meanwhile is replaced by the workbook", async () => {
    const dir = workFolder("late-force");
    const r = await ptdv(dir, consolidateArgs("tong-hop.xlsx", "--force"), { beforeOutput: (t) => fs.writeFileSync(t, "old") });
    expect(r.code).not.toBe(2);
    expect(fs.readFileSync(path.join(dir, "tong-hop.xlsx")).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(fs.readdirSync(dir).sort()).toEqual(["in", "tong-hop.xlsx"]);
  });

  it("of two runs to the same --out at once, one writes and the other refuses", async () => {
    const dir = workFolder("two-runs");
    // Both runs pass the early check and wait for each other just before creating the file, so the
    // exclusive creation itself decides.
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothThere = new Promise<void>((resolve) => (release = resolve));
    const meet = async (): Promise<void> => {
      if (++arrived === 2) release();
      await bothThere;
    };
    const runs = await Promise.all([ptdv(dir, consolidateArgs("tong-hop.xlsx", "--json"), { beforeOutput: meet }), ptdv(dir, consolidateArgs("tong-hop.xlsx", "--json"), { beforeOutput: meet })]);
    expect(arrived).toBe(2);
    const codes = runs.map((r) => r.code).sort();
    expect(codes[1]).toBe(2);
    expect(codes[0]).not.toBe(2);
    const loser = runs.find((r) => r.code === 2);
    expect(loser?.err).toContain("--out tong-hop.xlsx vừa được tạo trong khi đang xử lý");
    expect(fs.readFileSync(path.join(dir, "tong-hop.xlsx")).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(fs.readdirSync(dir).sort()).toEqual(["in", "tong-hop.xlsx"]);
  });

  it("template refuses the whole set when one of its files appears meanwhile, and removes the ones it placed", async () => {
    const dir = tempDir("tpl-late");
    const probe = await ptdv(dir, ["template", "--allocation", ALLOCATION_2025, "--out-dir", "probe"]);
    expect(probe.code).not.toBe(2);
    const names = fs.readdirSync(path.join(dir, "probe")).sort();
    const taken = names[Math.floor(names.length / 2)]!;
    const r = await ptdv(dir, ["template", "--allocation", ALLOCATION_2025, "--out-dir", "out"], {
      beforeOutput: (outDir) => fs.writeFileSync(path.join(outDir, taken), "filled in by the organisation"),
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain(path.join("out", taken));
    expect(fs.readdirSync(path.join(dir, "out"))).toEqual([taken]);
    expect(fs.readFileSync(path.join(dir, "out", taken), "utf8")).toBe("filled in by the organisation");
  });
});

describe("--force overwrites regular files only", () => {
  it("a FIFO at --out is refused with FILE_NOT_REGULAR, with or without --force, and stays a FIFO", async () => {
    const dir = workFolder("fifo-out");
    execFileSync("mkfifo", [path.join(dir, "pipe.xlsx")]);
    for (const extra of [[], ["--force"]]) {
      const r = await ptdv(dir, consolidateArgs("pipe.xlsx", ...extra));
      expect(r.code).toBe(2);
      expect(r.err).toContain("--out pipe.xlsx không phải tệp thông thường (FIFO/đường ống)");
      expect(r.err).toContain("[FILE_NOT_REGULAR]");
      expect(fs.lstatSync(path.join(dir, "pipe.xlsx")).isFIFO()).toBe(true);
    }
  });

  it("--out /dev/null --force is refused and /dev/null stays a device", async () => {
    const dir = workFolder("dev-null");
    const r = await ptdv(dir, [...consolidateArgs("/dev/null", "--force"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out /dev/null is not a regular file (character device); --force overwrites regular files only");
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("a FIFO that takes --out's name meanwhile is refused at the end even with --force", async () => {
    const dir = workFolder("fifo-late");
    const r = await ptdv(dir, consolidateArgs("tong-hop.xlsx", "--force"), { beforeOutput: (t) => void execFileSync("mkfifo", [t]) });
    expect(r.code).toBe(2);
    expect(r.err).toContain("[FILE_NOT_REGULAR]");
    expect(fs.lstatSync(path.join(dir, "tong-hop.xlsx")).isFIFO()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["in", "tong-hop.xlsx"]);
  });

  it("template --force refuses when a template's name is a FIFO, writing nothing", async () => {
    const dir = tempDir("tpl-fifo");
    await ptdv(dir, ["template", "--allocation", ALLOCATION_2025, "--out-dir", "probe"]);
    const name = fs.readdirSync(path.join(dir, "probe")).sort()[0]!;
    fs.mkdirSync(path.join(dir, "out"));
    execFileSync("mkfifo", [path.join(dir, "out", name)]);
    const r = await ptdv(dir, ["template", "--allocation", ALLOCATION_2025, "--out-dir", "out", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("[FILE_NOT_REGULAR]");
    expect(fs.readdirSync(path.join(dir, "out"))).toEqual([name]);
  });
});
