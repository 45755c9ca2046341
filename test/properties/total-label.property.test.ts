/**
 * isTotalLabel keys plain text only as long as the key may still be a total label (issue #16);
 * it must answer exactly as keying the whole label and testing it against the labels' pattern.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { headerKey } from "../../src/core/allocation/header-match";
import { isTotalLabel } from "../../src/core/allocation/table";
import { plainHeaderKey, plainHeaderKeyWhile } from "../../src/core/text/plain";
import { anyText, messyText } from "./arbitraries";

/** The rule as it was first written: the whole label keyed, then one pattern. */
const TOTAL_LABEL = /^(tong cong|cong|tong|tong so|tong chi tieu|cong chi tieu|total|toan dang bo|toan (tinh|huyen|thi xa|thanh pho|quan|xa|phuong|thi tran|dac khu))$/;
const reference = (text: string): boolean => TOTAL_LABEL.test(headerKey(text.replace(/\(.*\)/g, " ")));

const PIECES = [
  "Tổng", "tổng", "TỔNG", "cộng", "Cộng", "CỘNG", "số", "chi", "tiêu", "Toàn", "toàn", "Đảng", "bộ", "tỉnh", "huyện", "thị", "xã", "thành", "phố",
  "quận", "phường", "trấn", "đặc", "khu", "Total", "total", "Chi bộ", "Trường", "Tổ dân phố", " ", "  ", ":", "-", "(", ")", "(15 TCCSĐ)", "\n", "\u200B", "1", "15",
];
const labelLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(" "));
const glued = fc.array(fc.oneof(fc.constantFrom(...PIECES), messyText), { maxLength: 5 }).map((parts) => parts.join(""));

test("isTotalLabel answers as the whole key tested against the labels' pattern", () => {
  assertProperty(
    fc.property(fc.oneof(labelLike, glued, anyText), (text) => {
      expect(isTotalLabel(text)).toBe(reference(text));
    }),
    { numRuns: 4000 },
  );
});

test("plainHeaderKeyWhile is plainHeaderKey when every prefix is kept, and stops at the first refused one", () => {
  assertProperty(
    fc.property(fc.oneof(labelLike, glued, anyText), fc.integer({ min: 1, max: 20 }), (text, limit) => {
      const full = plainHeaderKey(text);
      expect(plainHeaderKeyWhile(text, () => true)).toBe(full === null ? undefined : full);
      const cut = plainHeaderKeyWhile(text, (prefix) => prefix.length <= limit);
      if (full === null) expect(cut).toBeUndefined();
      else expect(cut).toBe(full.length <= limit ? full : null);
    }),
    { numRuns: 2000 },
  );
});

test("total labels are still found, with and without accents, and names are not", () => {
  const labels = ["Tổng cộng", "TỔNG CỘNG:", "Cộng", "Tong so", "Tổng chỉ tiêu", "Toàn thị xã", "TOÀN ĐẢNG BỘ", "Toàn đặc khu", "Total (15)", "tổng  cộng"];
  expect(labels.filter((l) => !isTotalLabel(l))).toEqual([]);
  const names = ["Chi bộ thôn Số 001", "Tổng hợp", "Toàn", "Cộng đồng", "Tổ dân phố 3", "Tổng cộng 2", "toan thanh phoo", ""];
  expect(names.filter(isTotalLabel)).toEqual([]);
});
