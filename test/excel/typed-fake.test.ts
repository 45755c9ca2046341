/**
 * Issue #15 item 8: the adapter takes the narrow Office.js types of
 * src/excel/office-types.ts, and the fake implements them, so nothing in the
 * adapter or the fake needs an escape hatch from the type checker. This keeps
 * it that way; the type checking itself is `npm run typecheck`.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..");
const HATCHES = ["as unknown as", "as any", "@ts-expect-error", "@ts-ignore", "@ts-nocheck"];

/** The hatch as a whole phrase: "as any" but not "has anything". */
function hatchPattern(hatch: string): RegExp {
  return new RegExp(`(^|\\W)${hatch.replace(/[-@]/g, "\\$&")}(\\W|$)`);
}

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(REPO, dir))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
}

describe("the Excel adapter and its fake are typed without escape hatches", () => {
  it("finds no double cast, `any` cast or suppressed type error in src/excel or test/excel", () => {
    // This file names the hatches it looks for.
    const files = [...sources("src/excel"), ...sources("test/excel")].filter((f) => path.resolve(REPO, f) !== __filename);
    expect(files).toContain(path.join("test", "excel", "fake-excel.ts"));
    const found = files.flatMap((file) =>
      fs
        .readFileSync(path.join(REPO, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (HATCHES.some((h) => hatchPattern(h).test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("recognises each hatch as written, and not inside other words", () => {
    const lines = ["const c = context as unknown as Excel.RequestContext;", "x as any)", "// @ts-expect-error wrong", "// @ts-ignore", "// @ts-nocheck"];
    lines.forEach((line, i) => expect({ line, found: hatchPattern(HATCHES[i] ?? "").test(line) }).toEqual({ line, found: true }));
    expect(HATCHES.some((h) => hatchPattern(h).test("a sheet that has anything in it"))).toBe(false);
  });
});
