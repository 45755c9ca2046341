import { createMatcher } from "../../src/core/names/matcher";
import { classifyKind } from "../../src/core/names/kind";
import { asWindows1252, iconv, utf8 } from "../text/iconv";
import { FORMS, legacyTyped } from "./forms";
import { seedOrganisations } from "./seed-orgs";

const SEED = seedOrganisations();
const matcher = createMatcher(SEED.map((name) => ({ name, kind: classifyKind(name) })));

it("reads the seed's 15 organisations", () => {
  expect(SEED).toHaveLength(15);
  expect(SEED[0]).toBe("Đảng bộ Công an huyện");
  expect(SEED[14]).toBe("Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương");
});

describe.each(FORMS)("each seed organisation written in form: %s", (_form, transform) => {
  it.each(SEED.map((name, i) => [name, i] as const))("%s", (name, i) => {
    const r = matcher.match(transform(name));
    expect(r.status === "matched" ? r.index : r).toBe(i);
  });
});

describe("seed organisations encoded by glibc iconv", () => {
  it.each(SEED.map((name, i) => [name, i] as const))("%s in TCVN3 and VISCII", (name, i) => {
    for (const enc of ["TCVN5712-1", "VISCII"]) {
      const written = asWindows1252(iconv(utf8(legacyTyped(name)), "UTF-8", enc));
      const r = matcher.match(written);
      expect([enc, r.status === "matched" ? r.index : r]).toEqual([enc, i]);
    }
  });
});
