import { memoiseText } from "../../src/core/text/memo";

test("a key of exactly 256 characters, the longest kept, is computed once; one more character is computed every time", () => {
  const calls: string[] = [];
  const key = memoiseText((text) => (calls.push(text), text.toUpperCase()));
  const longest = "đ".repeat(256);
  expect([key(longest), key(longest)]).toEqual(["Đ".repeat(256), "Đ".repeat(256)]);
  expect(calls).toEqual([longest]);
  const tooLong = `${longest}a`;
  key(tooLong);
  key(tooLong);
  expect(calls).toEqual([longest, tooLong, tooLong]);
});
