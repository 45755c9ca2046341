import { readOrgName, readingKey } from "../../src/core/names/identity";

describe("numbers in organisation names", () => {
  it("reads Thôn 01 and Thôn 1 as the same village, and Thôn 0 as Thôn 0", () => {
    expect(readOrgName("Thôn 01")[0]?.proper).toBe("1");
    expect(readOrgName("Thôn 0010")[0]?.proper).toBe("10");
    expect(readOrgName("Thôn 000")[0]?.proper).toBe("0");
  });

  it("keeps numbers too long for a double apart (they used to meet in one rounded value)", () => {
    const a = readOrgName("Thôn 12345678901234567890")[0];
    const b = readOrgName("Thôn 12345678901234567891")[0];
    expect(a?.proper).toBe("12345678901234567890");
    expect(b?.proper).toBe("12345678901234567891");
    expect(readingKey(a!)).not.toBe(readingKey(b!));
  });

  it("leaves words that mix digits and letters as written", () => {
    expect(readOrgName("Thôn 01a")[0]?.proper).toBe("01a");
  });
});
