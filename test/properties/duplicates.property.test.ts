/**
 * checkDuplicates keys only the names that share their key's digits with another (issue #16); it
 * must report exactly what keying every name reports, in the same order.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { anyText, messyText } from "./arbitraries";
import { createSink } from "../../src/core/allocation/context";
import { checkDuplicates, keyDigits } from "../../src/core/allocation/duplicates";
import type { AllocationRow } from "../../src/core/allocation/types";
import { identityKey } from "../../src/core/text/normalize";

/** Names that are duplicates of each other under identityKey, and near misses: digits written otherwise, spaces, case, tones. */
const NAMES = [
  "Chi bộ thôn 1", "chi bộ thôn 1", "Chi bộ  thôn 1", "Chi bộ thôn 01", "Chi bộ thôn １", "Chi bộ thôn ١", "Chi bộ thôn 1\u00a0",
  "Chi bộ thôn 2", "Thôn 12", "Thôn 1 2", "Thôn 1-2", "Đảng ủy xã Hoà", "Đảng uỷ xã Hòa", "Đảng ủy xã Hoa", "Chi bộ Trường THPT Số 00001",
  "Chi bộ Trường THPT số 00001", "Xã Ka Đô", "xã ka đô", "D'Ran", "Dran", "", "Tổ 3 & 4", "Tổ 3&4",
];
const name = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: messyText }, { weight: 1, arbitrary: anyText });

function rowsOf(names: readonly string[]): AllocationRow[] {
  return names.map((n, i) => ({ row: i + 4, stt: null, name: n, kind: "other", quota: 1, quotaMax: 1, studentQuota: 0, subQuotas: {}, nameCell: `B${i + 4}`, quotaCell: `C${i + 4}` }));
}

/** checkDuplicates as it was: every name keyed. */
function keyingEveryName(rows: readonly AllocationRow[]): Array<{ row: number; firstRow: number }> {
  const first = new Map<string, number>();
  const out: Array<{ row: number; firstRow: number }> = [];
  for (const r of rows) {
    if (r.name === "") continue;
    const key = identityKey(r.name);
    const f = first.get(key);
    if (f === undefined) first.set(key, r.row);
    else out.push({ row: r.row, firstRow: f });
  }
  return out;
}

function reported(rows: readonly AllocationRow[]): Array<{ row: number; firstRow: number }> {
  const sink = createSink({ file: "t.xlsx", sheet: "S" });
  checkDuplicates(rows, sink);
  return sink.findings.map((f) => ({ row: Number(f.args["row"]), firstRow: Number(f.args["firstRow"]) }));
}

test("keyDigits is the digits of the name's identity key, whatever the text", () => {
  assertProperty(
    fc.property(name, (n) => {
      expect(keyDigits(n)).toBe(identityKey(n).replace(/[^0-9]/g, ""));
    }),
    { numRuns: 3000 },
  );
});

test("checkDuplicates reports what keying every name reports", () => {
  assertProperty(
    fc.property(fc.array(name, { maxLength: 30 }), (names) => {
      const rows = rowsOf(names);
      expect(reported(rows)).toEqual(keyingEveryName(rows));
    }),
    { numRuns: 2000 },
  );
});

test("numbered names are duplicates when their keys are, whichever way the number is written", () => {
  // Keys: "chi bộ thôn 1" twice; "１" (fullwidth) and "01" are other keys; "xã ka đô" twice.
  const rows = rowsOf(["Chi bộ thôn 1", "Chi bộ thôn 2", "chi bộ  thôn 1", "Chi bộ thôn １", "Chi bộ thôn 01", "Xã Ka Đô", "xã ka đô"]);
  expect(reported(rows)).toEqual([
    { row: 6, firstRow: 4 },
    { row: 10, firstRow: 9 },
  ]);
});
