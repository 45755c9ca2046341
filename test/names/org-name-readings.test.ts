/**
 * How one written name is read: Party level and "Trường" dropped, the unit
 * (xã, school levels, Công an…) and its kind, and the proper name with long
 * forms and leading zeros canonicalised. Exact readings, every field.
 */
import { readOrgName, readingKey, statedKind, type OrgReading } from "../../src/core/names/identity";
import type { OrgKind } from "../../src/core/names/kind";
import { identityKey } from "../../src/core/text/normalize";

const reading = (unit: string | null, kind: OrgKind | null, proper: string): OrgReading => ({ unit, kind, proper: identityKey(proper) });

const READINGS: ReadonlyArray<readonly [string, readonly OrgReading[]]> = [
  // Every Party level, long or abbreviated, is dropped from the head.
  ["Đảng bộ cơ sở xã Ka Đô", [reading("xã", "commune", "ka đô")]],
  ["Chi bộ cơ sở thôn 01", [reading("thôn", "village", "1")]],
  ["Đảng bộ bộ phận Trường THPT Pró", [reading("school:thpt", "upperSecondary", "pró")]],
  ["TCCSĐ xã Tu Tra", [reading("xã", "commune", "tu tra")]],
  ["ĐBCS phường 1", [reading("phường", "commune", "1")]],
  ["CBCS thôn 2", [reading("thôn", "village", "2")]],
  ["ĐU xã Ka Đô", [reading("xã", "commune", "ka đô")]],
  ["Dang uy xa Ka Do", [reading("xã", "commune", "ka do")]],
  ["Đảng bộ Trường Liên cấp Hoa Sen", [reading(null, null, "hoa sen")]],
  // "Đảng bộ" alone names nothing in particular.
  ["Đảng bộ", [reading(null, null, "")]],
  // School levels, in words or letters, joined by "và" or "&", each level once.
  ["Chi bộ Trường Tiểu học và Mầm non Hoa Sen", [reading("school:th mn", "lowerSecondary", "hoa sen")]],
  ["Chi bộ Trường TH&THCS Ka Đơn", [reading("school:th thcs", "lowerSecondary", "ka đơn")]],
  ["Chi bộ Trường THCS và THPT Nguyễn Khuyến", [reading("school:thcs thpt", "upperSecondary", "nguyễn khuyến")]],
  ["Chi bộ Trường THCS & THCS Ka Đơn", [reading("school:thcs", "lowerSecondary", "ka đơn")]],
  ["Chi bộ Trường Phổ thông DTNT THCS Đơn Dương", [reading("school:dtnt thcs", "lowerSecondary", "đơn dương")]],
  ["Chi bộ PTDTNT Đơn Dương", [reading("school:dtnt", "lowerSecondary", "đơn dương")]],
  ["Chi bộ Trường Mẫu giáo Sơn Ca", [reading("school:mg", "lowerSecondary", "sơn ca")]],
  ["Chi bộ Trường MN Sơn Ca", [reading("school:mn", "lowerSecondary", "sơn ca")]],
  ["Chi bộ trường PTTH Pró", [reading("school:thpt", "upperSecondary", "pró")]],
  // "Phổ thông" alone does not say which level: a school, kind unknown.
  ["Chi bộ Trường Phổ thông Hermann Gmeiner", [reading("school:pt", "other", "hermann gmeiner")]],
  ["Trường PT Thôn 3", [reading("school:pt", "other", "thôn 3")]],
  // "và" not followed by a level belongs to the proper name.
  ["Chi bộ Trường THCS và Trung tâm Tân Hà", [reading("school:thcs", "lowerSecondary", "và tt tân hà")]],
  ["Chi bộ Trường THCS và", [reading("school:thcs", "lowerSecondary", "và")]],
  ["& THPT Pró", [reading(null, null, "& thpt pró")]],
  // Units, accented or not where that cannot mean something else.
  ["Chi bộ Ban chỉ huy quân sự xã Ka Đô", [reading("quân sự", "military", "xã ka đô")]],
  ["Đảng bộ BCHQS huyện", [reading("quân sự", "military", "huyện")]],
  ["Chi bộ Cơ quan Quân sự xã", [reading("quân sự", "military", "xã")]],
  ["Chi bộ Tổ dân phố 05", [reading("tổ dân phố", "village", "5")]],
  ["Chi bộ TDP 5", [reading("tổ dân phố", "village", "5")]],
  ["Chi bộ Khu phố 3", [reading("khu phố", "village", "3")]],
  ["Chi bộ Buon Don", [reading("buôn", "village", "don")]],
  ["Đảng bộ Thi tran Thanh My", [reading("thị trấn", "commune", "thanh my")]],
  ["Đảng bộ Cong an huyen", [reading("công an", "police", "huyen")]],
  ["Đảng bộ Công an", [reading("công an", "police", "")]],
  ["CA Cà Ná", [reading("công an", "police", "cà ná")]],
  // Unaccented spellings that are other words: "ca" (Cà Ná), "ban" (board), "ap".
  ["Cà Ná", [reading(null, null, "cà ná")]],
  ["Chi bộ bản Pả Vi", [reading("bản", "village", "pả vi")]],
  ["Chi bộ ban Pả Vi", [reading(null, null, "ban pả vi")]],
  ["Chi bộ ấp Tân Hòa", [reading("ấp", "village", "tân hòa")]],
  ["Chi bộ ap Tân Hòa", [reading(null, null, "ap tân hòa")]],
  ["DU xa Ka Do", [reading(null, null, "du xa ka do")]],
  // Long forms inside the proper name become the abbreviation people also write.
  ["Chi bộ Cơ quan Ủy ban nhân dân huyện", [reading(null, null, "cq ubnd huyện")]],
  ["Chi bộ UBND xã", [reading(null, null, "ubnd xã")]],
  ["Chi bộ Hội đồng nhân dân", [reading(null, null, "hđnd")]],
  ["Chi bộ Mặt trận Tổ quốc xã", [reading(null, null, "mttq xã")]],
  ["Chi bộ Trung tâm Y tế huyện", [reading(null, null, "tt y tế huyện")]],
  // "TT": a town after a Party level (that reading first), else a centre first.
  ["TT Thạnh Mỹ", [reading(null, null, "tt thạnh mỹ"), reading("thị trấn", "commune", "thạnh mỹ")]],
  ["ĐB TT D'Ran", [reading("thị trấn", "commune", "dran"), reading(null, null, "tt dran")]],
  ["Chi bộ TT Chính trị", [reading("thị trấn", "commune", "chính trị"), reading(null, null, "tt chính trị")]],
  ["Đảng bộ TT", [reading(null, null, "tt")]],
  ["TT", [reading(null, null, "tt")]],
  // Digits: leading zeros go, "0" stays, 9 is a digit like 1.
  ["Thôn 09", [reading("thôn", "village", "9")]],
  ["Thôn 0", [reading("thôn", "village", "0")]],
];

describe("readOrgName", () => {
  it.each(READINGS)("%s", (name, expected) => {
    expect(readOrgName(name)).toEqual(expected);
  });

  it("reads nothing from an empty or blank name", () => {
    expect(readOrgName("")).toEqual([]);
    expect(readOrgName(" \u00A0 ")).toEqual([]);
  });
});

describe("readingKey", () => {
  it("joins unit and proper name, '-' standing for no unit", () => {
    expect(readingKey(reading(null, null, "ka đô"))).toBe(`-|${identityKey("ka đô")}`);
    expect(readingKey(reading("xã", "commune", "ka đô"))).toBe(`xã|${identityKey("ka đô")}`);
    expect(readingKey(reading("công an", "police", ""))).toBe("công an|");
  });
});

describe("statedKind", () => {
  it("is the kind of the first reading, null when the name states none", () => {
    expect(statedKind("ĐB TT D'Ran")).toBe("commune");
    expect(statedKind("TT Thạnh Mỹ")).toBeNull();
    expect(statedKind("Trường PT Thôn 3")).toBe("other");
    expect(statedKind("Cà Ná")).toBeNull();
    expect(statedKind("")).toBeNull();
  });
});
