/**
 * Header matching answers each distinct cell text once per synonym list and per
 * spec list (issue #16). These properties hold the memoised answers to the rule
 * written plainly: fold the text, compare string synonyms without spaces, test
 * the patterns; each cell goes to the first unclaimed spec it matches.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { anyText, messyText } from "./arbitraries";
import { headerKey, mapHeaderRow, matchHeader, ORGANIZATION_HEADERS, QUOTA_HEADERS, STT_HEADERS, type ColumnSpec, type HeaderPattern } from "../../src/core/allocation/header-match";
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { LOG_COLUMN_SPECS } from "../../src/core/reports/report-columns";
import { branchColumnSpecs } from "../../src/core/branches/columns";
import { REGISTER_COLUMN_SPECS } from "../../src/core/register/columns";

function plainMatch(text: string, synonyms: readonly HeaderPattern[]): boolean {
  const key = headerKey(text);
  if (key === "") return false;
  const compact = key.replace(/ /g, "");
  return synonyms.some((s) => (typeof s === "string" ? headerKey(s).replace(/ /g, "") === compact : s.test(key)));
}

function plainRow(texts: readonly string[], specs: readonly ColumnSpec<string>[]): Record<string, number> {
  const out: Record<string, number> = {};
  texts.forEach((text, col) => {
    if (text.trim() === "") return;
    const spec = specs.find((s) => out[s.key] === undefined && plainMatch(text, s.synonyms));
    if (spec) out[spec.key] = col;
  });
  return out;
}

const SPEC_LISTS: ReadonlyArray<readonly ColumnSpec<string>[]> = [LOG_COLUMN_SPECS, branchColumnSpecs(true), branchColumnSpecs(false), REGISTER_COLUMN_SPECS];
/** Real synonyms (so that matches happen), their variants, and anything at all. */
const SYNONYM_TEXTS = SPEC_LISTS.flatMap((specs) => specs.flatMap((s) => s.synonyms.filter((p): p is string => typeof p === "string")));
const headerText = fc.oneof(
  fc.constantFrom(...SYNONYM_TEXTS, "Chỉ tiêu năm 2025", "Số đảng viên", "Kết nạp trong năm", "", "  "),
  fc.constantFrom(...SYNONYM_TEXTS).map((s) => `${s.toUpperCase()}:`),
  messyText,
  anyText,
);

test("matchHeader answers a text as the plain rule does, however often it is asked", () => {
  const lists = [STT_HEADERS, ORGANIZATION_HEADERS, QUOTA_HEADERS, ...SPEC_LISTS.flatMap((specs) => specs.map((s) => s.synonyms))];
  assertProperty(
    fc.property(fc.array(headerText, { maxLength: 12 }), fc.nat(), (texts, pick) => {
      const synonyms = lists[pick % lists.length]!;
      for (const text of [...texts, ...texts]) expect(matchHeader(text, synonyms)).toBe(plainMatch(text, synonyms));
    }),
    { numRuns: 500 },
  );
});

test("mapHeaderRow gives each cell to the first unclaimed spec it matches, as the plain rule does", () => {
  assertProperty(
    fc.property(fc.array(fc.oneof(headerText, fc.integer({ min: 0, max: 20 })), { maxLength: 14 }), fc.nat(), (cells, pick) => {
      const specs = SPEC_LISTS[pick % SPEC_LISTS.length]!;
      const grid = gridFromValues("S", [cells as CellValue[]]);
      const texts = cells.map(String);
      expect(mapHeaderRow(grid, 0, specs)).toEqual(plainRow(texts, specs));
      expect(mapHeaderRow(grid, 0, specs)).toEqual(plainRow(texts, specs));
    }),
    { numRuns: 500 },
  );
});

test("a list with a stateful pattern is matched afresh each time", () => {
  const sticky: readonly HeaderPattern[] = [/stt/g];
  // A global RegExp resumes from lastIndex: the second test of the same key fails, as RegExp.test does.
  expect([matchHeader("STT", sticky), matchHeader("STT", sticky), matchHeader("STT", sticky)]).toEqual([true, false, true]);
});
