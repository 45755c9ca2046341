/**
 * `ptdv template --force` replaces templates, never a file the run reads: the
 * allocation table named like the first template, reached by its own name, by
 * a hard link or by a symlink, stays byte for byte what it was.
 */
import * as fs from "fs";
import * as path from "path";
import { runTemplate } from "../../src/cli/commands/template";
import { captureIo, tempDir } from "../reports/cli-helpers";
import { FIXTURES } from "../reports/helpers";

const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");
const FIRST = "01 - Đảng bộ Công an huyện - 2025.xlsx";

function folder(): { dir: string; before: Buffer } {
  const dir = tempDir("tpl-input");
  fs.copyFileSync(ALLOCATION, path.join(dir, "alloc.xlsx"));
  return { dir, before: fs.readFileSync(ALLOCATION) };
}

describe("template --force and its own inputs", () => {
  it("refuses when the allocation itself carries the first template's name, and writes nothing", async () => {
    const { dir, before } = folder();
    fs.renameSync(path.join(dir, "alloc.xlsx"), path.join(dir, FIRST));
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", FIRST, "--out-dir", ".", "--force"], c.io)).toBe(2);
    expect(c.err()).toContain(`mẫu ${FIRST} chính là tệp đầu vào ${FIRST}; không ghi đè, kể cả với --force.`);
    expect(c.err()).not.toContain(`--out-dir ${FIRST}`);
    expect(fs.readFileSync(path.join(dir, FIRST)).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toStrictEqual([FIRST]);
  });

  it("refuses a template name that is a hard link to the allocation", async () => {
    const { dir, before } = folder();
    fs.linkSync(path.join(dir, "alloc.xlsx"), path.join(dir, FIRST));
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", "alloc.xlsx", "--out-dir", ".", "--force", "--lang", "en"], c.io)).toBe(2);
    expect(c.err()).toContain("is the input alloc.xlsx; refusing to overwrite it, even with --force");
    expect(fs.readFileSync(path.join(dir, "alloc.xlsx")).equals(before)).toBe(true);
  });

  it("refuses a template name that is a symlink to the allocation in another folder", async () => {
    const { dir, before } = folder();
    fs.mkdirSync(path.join(dir, "out"));
    fs.symlinkSync(path.join(dir, "alloc.xlsx"), path.join(dir, "out", FIRST));
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", "alloc.xlsx", "--out-dir", "out", "--force"], c.io)).toBe(2);
    expect(c.err()).toContain("không ghi đè");
    expect(fs.readFileSync(path.join(dir, "alloc.xlsx")).equals(before)).toBe(true);
  });

  it("still replaces a template that is only a copy of the allocation, with --force", async () => {
    const { dir, before } = folder();
    fs.copyFileSync(path.join(dir, "alloc.xlsx"), path.join(dir, FIRST));
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", "alloc.xlsx", "--out-dir", ".", "--force"], c.io)).toBe(0);
    expect(fs.readFileSync(path.join(dir, FIRST)).equals(before)).toBe(false);
    expect(fs.readFileSync(path.join(dir, "alloc.xlsx")).equals(before)).toBe(true);
  });
});
