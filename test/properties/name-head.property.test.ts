/**
 * statedKind reads only a name's head (issue #16: every row's kind is asked, and the
 * proper name is not needed for it); it must give exactly the kind of readOrgName's
 * first reading, whatever words the name is made of.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { anyText, messyText } from "./arbitraries";
import { readOrgName, statedKind, statedKindUncached } from "../../src/core/names/identity";
import { isPlainText, plainIdentityKey } from "../../src/core/text/plain";

/** Words the head reader reacts to (Party levels, units, school levels, `TT`, connectors) and some that it does not. */
const WORDS = [
  "Đảng bộ", "Chi bộ", "Đảng ủy", "Đảng uỷ", "cơ sở", "bộ phận", "ĐB", "CB", "ĐU", "đu", "Trường", "Liên cấp",
  "TT", "tt", "Tt", "xã", "Xa", "phường", "thị trấn", "thi tran", "Công an", "CA", "ca", "quân sự", "BCHQS", "qs",
  "thôn", "thon", "tổ dân phố", "TDP", "khu phố", "bản", "ban", "buôn", "ấp", "ap",
  "THPT", "thpt", "PTTH", "THCS", "TH", "MN", "MG", "PT", "phổ thông", "DTNT", "PTDTBT", "dân tộc nội trú", "tiểu học", "mầm non",
  "&", "và", "va", "Trung tâm", "Ủy ban nhân dân", "cơ quan", "Số", "01", "1", "Ka Đô", "Pró", "D'Ran", "Hội An", "",
];
const word = fc.constantFrom(...WORDS);
const name = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { maxLength: 7 }).map((ws) => ws.join(" ")) },
  { weight: 1, arbitrary: fc.tuple(fc.array(word, { maxLength: 4 }), messyText).map(([ws, t]) => `${ws.join(" ")} ${t}`) },
  { weight: 1, arbitrary: anyText },
);

test("statedKind is the kind of the name's first reading", () => {
  assertProperty(
    fc.property(name, (n) => {
      expect(statedKind(n)).toBe(readOrgName(n)[0]?.kind ?? null);
    }),
    { numRuns: 3000 },
  );
});

test("statedKind agrees with the first reading on the names that need the town reading", () => {
  for (const n of ["ĐB TT D'Ran", "TT Thạnh Mỹ", "Đảng bộ TT", "Chi bộ tt Đạ Ròn", "TT", "Đảng bộ TT Y tế", "ĐB Trường TT 1"]) {
    expect(statedKind(n)).toBe(readOrgName(n)[0]?.kind ?? null);
  }
  expect(statedKind("ĐB TT D'Ran")).toBe("commune");
  expect(statedKind("TT Thạnh Mỹ")).toBeNull();
});

/**
 * statedKind answers a name from the kind of an earlier name that began with the tokens the
 * earlier reading looked at: names sharing heads, asked one after another in any order, must each
 * get what reading them alone gives.
 */
const tail = fc.array(word, { maxLength: 3 }).map((ws) => ws.join(" "));
test("statedKind's cached kinds equal a fresh reading of each name, for names sharing their heads", () => {
  assertProperty(
    fc.property(fc.array(word, { maxLength: 5 }), fc.array(fc.tuple(fc.nat({ max: 5 }), tail), { minLength: 1, maxLength: 12 }), (head, tails) => {
      for (const [cut, rest] of tails) {
        const n = `${head.slice(0, cut).join(" ")} ${rest}`;
        expect(statedKind(n)).toBe(statedKindUncached(n));
      }
    }),
    { numRuns: 3000 },
  );
});

test("statedKind tells apart heads that end the name from heads that continue it", () => {
  // "Đảng bộ TT" has no word after TT (no town); "Đảng bộ TT Ka Đô" does: the first must not answer the second.
  const pairs: Array<[string, string]> = [
    ["Đảng bộ TT", "Đảng bộ TT Ka Đô"],
    ["Chi bộ", "Chi bộ thôn 1"],
    ["Chi bộ Trường THCS", "Chi bộ Trường THCS & THPT Pró"],
    ["Trường PT", "Trường PT DTNT"],
    ["Chi bộ thôn 1", "Chi bộ thôn 2"],
    ["Xã Ka Đô", "Xa Pró"],
    // The school reading looks at "tâm" (against "trung học"), the unit reading after it only at "trung":
    // the kind must be kept under the furthest look, not the last.
    ["Chi bộ Trung tâm Y tế", "Chi bộ Trung học phổ thông Ka Đô"],
  ];
  for (const [first, second] of pairs) {
    for (const n of [first, second, first]) expect(statedKind(n)).toBe(statedKindUncached(n));
  }
  expect(statedKind("Đảng bộ TT")).toBeNull();
  expect(statedKind("Đảng bộ TT Ka Đô")).toBe("commune");
  expect(statedKind("Chi bộ Trường THCS & THPT Pró")).toBe("upperSecondary");
  expect(statedKind("Chi bộ Trường THCS")).toBe("lowerSecondary");
  expect(statedKind("Chi bộ Trung học phổ thông Ka Đô")).toBe("upperSecondary");
});

/**
 * What statedKind's cache of plain names rests on: the key of a plain name's beginning up to a
 * space is a whole number of tokens at the beginning of the name's key.
 */
const PLAIN_PIECES = ["Chi", "bộ", "thôn", "Số", "00001", "D'Ran", "D'", "'", "TH&THCS", "&", "-", ".", "Xã", "Ka", "Đô", "hoà", "A1", "1A", "", "(1)", "Đắk", "ng"];
const plainName = fc.array(fc.constantFrom(...PLAIN_PIECES), { maxLength: 8 }).map((ws) => ws.join(" "));
test("the key of a plain name's beginning up to a space begins the name's key, token for token", () => {
  assertProperty(
    fc.property(fc.oneof(plainName, anyText), (n) => {
      if (!isPlainText(n)) return;
      const key = plainIdentityKey(n) ?? "";
      for (let space = n.indexOf(" "); space >= 0; space = n.indexOf(" ", space + 1)) {
        const head = plainIdentityKey(n.slice(0, space)) ?? "";
        expect(head === "" || key === head || key.startsWith(`${head} `)).toBe(true);
      }
    }),
    { numRuns: 3000 },
  );
});

test("plain names answered from the written beginning of an earlier name get their own kind", () => {
  const names = ["Chi bộ thôn Số 00001", "Chi bộ thôn", "Chi bộ", "Chi bộ Trường THPT Số 2", "Chi bộ Trường THCS & THPT Số 3", "Chi bộ Trường THCS", "Đảng bộ TT", "Đảng bộ TT Ka Đô", "Xã Ka Đô", "Xã"];
  for (const n of [...names, ...names.reverse()]) expect(statedKind(n)).toBe(statedKindUncached(n));
});
