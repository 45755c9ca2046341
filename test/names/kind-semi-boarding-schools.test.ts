/**
 * Semi-boarding ethnic schools (Phổ thông Dân tộc Bán trú, common in mountain
 * communes) are named "Phổ thông" before their levels: the head says only
 * "a school", and the levels named further on decide the kind.
 */
import { classifyKind } from "../../src/core/names/kind";

describe("classifyKind of a Phổ thông Dân tộc Bán trú school", () => {
  it.each([
    ["Chi bộ Trường Phổ thông Dân tộc Bán trú Tiểu học và THCS Trà Dơn", "lowerSecondary"],
    ["Chi bộ Trường PT DTBT THCS Trà Leng", "lowerSecondary"],
    ["Chi bộ Trường Phổ thông Dân tộc Bán trú THPT Trà My", "upperSecondary"],
  ] as const)("%s → %s", (name, kind) => {
    expect(classifyKind(name)).toBe(kind);
  });
});
