import { memoiseText } from "../../src/core/text/memo";
import { cleanText, identityKey } from "../../src/core/text/normalize";

function counted(): { fn: (text: string) => string; calls: string[] } {
  const calls: string[] = [];
  return { fn: (text) => (calls.push(text), text.toUpperCase()), calls };
}

test("a memoised key function computes each distinct short string once and returns the same value", () => {
  const { fn, calls } = counted();
  const key = memoiseText(fn);
  expect(["chi bộ", "chi bộ", "đảng bộ", "chi bộ"].map(key)).toEqual(["CHI BỘ", "CHI BỘ", "ĐẢNG BỘ", "CHI BỘ"]);
  expect(calls).toEqual(["chi bộ", "đảng bộ"]);
});

test("long strings are computed every time, never kept (a 5-million-letter cell is not stored)", () => {
  const { fn, calls } = counted();
  const key = memoiseText(fn);
  const long = "đ".repeat(257);
  expect(key(long)).toBe("Đ".repeat(257));
  key(long);
  expect(calls.length).toBe(2);
});

test("a full cache is emptied rather than grown, and answers stay right after", () => {
  const { fn, calls } = counted();
  const key = memoiseText(fn);
  for (let i = 0; i < 50_000; i++) key(`x${i}`);
  expect(calls.length).toBe(50_000);
  key("x0"); // still cached: the cache holds 50,000
  expect(calls.length).toBe(50_000);
  key("new"); // the 50,001st distinct string empties the cache first
  key("x1");
  expect(calls.slice(-2)).toEqual(["new", "x1"]);
  expect(key("x1")).toBe("X1");
});

test("the memoised normalisers give the same keys on a second call as on the first", () => {
  const names = ["Chi bộ Trường THPT Hoà Bình", "chi bo truong thpt hoa binh", "Đảng ủy xã D\u2019Ran", "Thu\u0309y"];
  const first = names.map((n) => [cleanText(n), identityKey(n)]);
  expect(names.map((n) => [cleanText(n), identityKey(n)])).toEqual(first);
  expect(identityKey("Thu\u0309y")).toBe(identityKey("Thủy"));
});
