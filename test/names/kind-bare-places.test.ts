/**
 * A name that is only a place ("Hội An", "Đảng bộ Núi Thành") is a territorial
 * committee listed by its place: `locality`, which may hold THPT schools and
 * matches a commune or a district of that name. Where that reading stops.
 */
import { classifyKind, type OrgKind } from "../../src/core/names/kind";

const CASES: ReadonlyArray<readonly [string, OrgKind]> = [
  // After the Party level, however it is written.
  ["Đảng bộ Hội An", "locality"],
  ["Chi bộ Núi Thành", "locality"],
  ["Chi bộ Cơ sở Hội An", "locality"],
  // One to four capitalised words, apostrophes and a closing full stop allowed.
  ["Huế", "locality"],
  ["Hội An.", "locality"],
  ["D’Ran", "locality"],
  ["Đảng bộ Phan Rang Tháp Chàm", "locality"],
  // Five words, a lower-case word, a number or nothing after the Party level: not a place.
  ["Ia Grai Chư Păh Kon", "other"],
  ["Núi thành", "other"],
  ["Hội An 2", "other"],
  ["Đảng bộ", "other"],
  ["Chi bộ", "other"],
  // Words that say more win over the place.
  ["Đảng bộ TP Hội An", "district"],
  ["Đảng bộ Quận 1", "district"],
  ["Chi bộ Khối 5", "village"],
  ["Đảng bộ Khối Dân chính Đảng", "bloc"],
];

describe("classifyKind of a bare place name", () => {
  it.each(CASES)("%s → %s", (name, kind) => {
    expect(classifyKind(name)).toBe(kind);
  });
});
