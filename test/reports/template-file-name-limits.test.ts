/**
 * Template file names never carry a look-alike letter of another script (issue
 * #17 item 12) and always fit 255 bytes of UTF-8, whatever the organisation's
 * name: the CLI wrote nothing and stopped on ENAMETOOLONG for `Chi bộ ệệệ…`.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { runTemplate } from "../../src/cli/commands/template";
import { checkAllocation, DEFAULT_REPORT_SETTINGS, gridFromValues, templateWorkbookSpecs } from "../../src/core";
import { cutToBytes, singleScriptName, templateFileName, utf8Length } from "../../src/core/reports/template-file-name";
import { scriptProblems } from "../../src/core/text/lookalike";
import { captureIo, tempDir } from "./cli-helpers";

function fileNames(names: readonly string[], year = 2026): string[] {
  const grid = gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], ...names.map((n, i) => [i + 1, n, 2])]);
  return templateWorkbookSpecs(checkAllocation([grid], { target: 2 * names.length }), year, DEFAULT_REPORT_SETTINGS).map((b) => b.fileName ?? "");
}

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

describe("look-alike letters in template file names", () => {
  it("writes the Latin letter a Cyrillic look-alike imitates, and the allocation still warns", () => {
    const grid = gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], [1, "Đảng bộ xã K\u0430 Đô", 2]]);
    const result = checkAllocation([grid], { target: 2 });
    expect(result.findings.map((f) => f.code)).toContain("NAME_LOOKALIKE");
    expect(templateWorkbookSpecs(result, 2026, DEFAULT_REPORT_SETTINGS).map((b) => b.fileName)).toStrictEqual(["01 - Đảng bộ xã Ka Đô - 2026.xlsx"]);
  });

  it("keeps a mark on a look-alike's Latin letter, and drops a foreign letter with no look-alike", () => {
    // Cyrillic о with a combining circumflex and acute; Greek λ looks like no Latin letter.
    expect(singleScriptName("Chi bộ thôn Đ\u043e\u0302\u0301ng")).toBe("Chi bộ thôn Đống");
    expect(singleScriptName("Chi bộ λ Ka")).toBe("Chi bộ  Ka");
    expect(fileNames(["Chi bộ λ Ka"])).toStrictEqual(["01 - Chi bộ Ka - 2026.xlsx"]);
  });

  it("keeps a name written in one other script as it is", () => {
    expect(singleScriptName("Чи бо")).toBe("Чи бо");
  });

  it("leaves no second script in any file name (property)", () => {
    const seed = Date.now() ^ 0x17;
    console.info(`look-alike file name property seed: ${seed}`);
    const letters = fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạệộ ạКаеорсухіЕОРСΑΒΕοραλж");
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 30 }), (chars) => {
        const name = `Chi bộ ${chars.join("")}`;
        const file = templateFileName("01", name, 2026, new Set());
        expect(scriptProblems(file).mixedScripts).toStrictEqual([]);
      }),
      { seed },
    );
  });
});

describe("long names in template file names", () => {
  it("cuts an 87-character name of three-byte letters to 255 bytes, number, year and extension kept", () => {
    const [name] = fileNames([`Chi bộ ${"ệ".repeat(80)}`]);
    expect(bytes(name!)).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^01 - Chi bộ ệ+ - 2026\.xlsx$/u);
    expect(bytes(name!)).toBeGreaterThan(252);
  });

  it("cuts on a character boundary: a four-byte letter is whole or absent", () => {
    expect(cutToBytes("ab😀c", 5)).toBe("ab");
    expect(cutToBytes("ab😀c", 6)).toBe("ab😀");
    expect(cutToBytes("Chi bộ. x", 9)).toBe("Chi bộ");
    expect(utf8Length("aé€😀")).toBe(1 + 2 + 3 + 4);
  });

  it("keeps long names unique when only their tails differ", () => {
    const long = `Đảng bộ ${"Ngọc ".repeat(60)}`;
    const names = fileNames([`${long}A`, `${long}B`]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(2);
    for (const n of names) expect(bytes(n)).toBeLessThanOrEqual(255);
    expect(templateFileName("01", long, 2026, new Set([templateFileName("01", long, 2026, new Set()).toLowerCase()]))).toMatch(/ - 2026 \(2\)\.xlsx$/u);
  });

  it("fits any name in 255 bytes (property)", () => {
    const seed = Date.now() ^ 0x255;
    console.info(`file name bytes property seed: ${seed}`);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 1, max: 9999 }), (name, n) => {
        const file = templateFileName(String(n).padStart(4, "0"), name, 2026, new Set());
        expect(bytes(file.normalize("NFC"))).toBeLessThanOrEqual(255);
        expect(file).toMatch(/ - 2026\.xlsx$/u);
      }),
      { seed },
    );
  });

  it("writes the template of a long-named organisation through the CLI", async () => {
    const dir = tempDir("tpl-long");
    fs.writeFileSync(path.join(dir, "a.csv"), `STT,TCCSĐ,CHỈ TIÊU\n1,Chi bộ ${"ệ".repeat(80)},2\n2,Đảng bộ xã K\u0430 Đô,1\n`);
    const c = captureIo(dir);
    expect(await runTemplate(["--allocation", "a.csv", "--year", "2026", "--out-dir", "out"], c.io)).not.toBe(2);
    const written = fs.readdirSync(path.join(dir, "out")).sort();
    expect(written).toHaveLength(2);
    expect(written[1]).toBe("02 - Đảng bộ xã Ka Đô - 2026.xlsx");
    expect(bytes(written[0]!)).toBeLessThanOrEqual(255);
  });
});
