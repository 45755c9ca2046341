/**
 * Numbers at the ends of the double range, and minus zero, in an allocation table written by
 * openpyxl (fixtures/numbers/make.sh). 1.7976931348623157e308 is stored as `1.797693134862316e+308`,
 * which parses past the largest double: it is a quota far too large (QUOTA_INVALID tooLarge), not
 * an empty cell (QUOTA_MISSING); `-0` typed as text, or stored as a number, is the quota 0.
 */
import * as path from "path";
import { checkAllocation } from "../../src/core/allocation/check";
import { parseQuotaCell, parseQuotaText } from "../../src/core/allocation/quota";
import { readWorkbookFile } from "../../src/xlsx/read-file";

const FILE = path.join(__dirname, "fixtures", "numbers", "overflow-quotas.xlsx");

async function findings(): Promise<Array<[string | undefined, string, unknown]>> {
  const r = await readWorkbookFile(FILE);
  if (!r.ok) throw new Error(r.problem.code);
  const result = checkAllocation(r.grids, { file: "overflow-quotas.xlsx" });
  return result.findings.filter((f) => f.code.startsWith("QUOTA_")).map((f) => [f.cell, f.code, f.args["reason"]]);
}

test("the reader keeps an overflowing number as the largest double of its sign", async () => {
  const r = await readWorkbookFile(FILE);
  const rows = r.ok ? r.grids[0]?.rows : undefined;
  expect([rows?.[3]?.[2]?.value, rows?.[4]?.[2]?.value]).toEqual([Number.MAX_VALUE, -Number.MAX_VALUE]);
});

test("a quota past the largest double is too large, and its negative is negative", async () => {
  const got = await findings();
  expect(got).toContainEqual(["C4", "QUOTA_INVALID", "tooLarge"]);
  expect(got).toContainEqual(["C5", "QUOTA_INVALID", "negative"]);
  expect(got.filter(([, code]) => code === "QUOTA_MISSING")).toEqual([]);
});

test("minus zero, as text with any dash or as a number, is the quota 0", async () => {
  const got = await findings();
  const zero = got.filter(([, code]) => code === "QUOTA_ZERO").flatMap(([c]) => (c ?? "").split(", "));
  expect(zero).toEqual(expect.arrayContaining(["C6", "C7", "C8"]));
  expect(got.filter(([c, code]) => code === "QUOTA_INVALID" && ["C6", "C7", "C8"].includes(c ?? ""))).toEqual([]);
  expect(parseQuotaText("-0")).toMatchObject({ status: "ok", quota: 0, displayed: "-0" });
  expect(parseQuotaText("– 00")).toMatchObject({ status: "ok", quota: 0 });
  expect(parseQuotaText("-0,0")).toMatchObject({ status: "ok", quota: 0 });
  expect(parseQuotaText("-01")).toMatchObject({ status: "invalid", reason: "negative" });
});

test("a host that hands over Infinity gets tooLarge (and -Infinity negative), NaN still not a number", () => {
  expect(parseQuotaCell({ value: Number.POSITIVE_INFINITY })).toMatchObject({ status: "invalid", reason: "tooLarge" });
  expect(parseQuotaCell({ value: Number.NEGATIVE_INFINITY })).toMatchObject({ status: "invalid", reason: "negative" });
  expect(parseQuotaCell({ value: Number.NaN })).toMatchObject({ status: "invalid", reason: "notANumber" });
});
