/** The plan target as a person types it in the pane (Kiểm tra, Cài đặt). */
import { parseTargetInput } from "../../src/taskpane/settings";

describe("parseTargetInput", () => {
  test.each([
    ["1.950", 1950],
    ["1 950", 1950],
    ["1\u00a0950", 1950],
    [" 88 ", 88],
    ["1950", 1950],
    ["0", 0],
    ["0088", 88],
    ["12.345", 12345],
    ["1000000", 1_000_000],
  ])("accepts %j as %d, digits grouped the Vietnamese way or not", (text, n) => {
    expect(parseTargetInput(text)).toBe(n);
  });

  test.each(["1,5", "1.95", "12.34", "1,950", "01.950", "-3", "-1.950", "1.950,5", "95 (05 HS)", "88-90", "từ 88", "88 đảng viên", "1.9.50", "1000001", "1e3"])(
    "refuses %j: a decimal, a negative, a range or text is not a whole target",
    (text) => {
      expect(parseTargetInput(text)).toBeUndefined();
    },
  );

  test("an empty field means no target", () => {
    expect(parseTargetInput("  ")).toBeNull();
  });
});
