import fc from "fast-check";
import { createMatcher } from "../../src/core/names/matcher";
import { identityKey } from "../../src/core/text/normalize";
import { FORMS } from "./forms";
import { seedOrganisations } from "./seed-orgs";
import { assertProperty } from "../properties/seed";

const SEED = seedOrganisations();
const seedMatcher = createMatcher(SEED.map((name) => ({ name })));
const orgIndex = fc.integer({ min: 0, max: SEED.length - 1 });
const form = fc.integer({ min: 0, max: FORMS.length - 1 });
const variant = fc.tuple(orgIndex, form).map(([i, f]) => ({ org: i, written: (FORMS[f]?.[1] ?? ((s: string) => s))(SEED[i] ?? "") }));

describe("matching properties over the seed's allocation table", () => {
  it("is symmetric: a matches b exactly when b matches a", () => {
    assertProperty(
      fc.property(variant, variant, (a, b) => {
        const ab = createMatcher([{ name: b.written }]).match(a.written).status;
        const ba = createMatcher([{ name: a.written }]).match(b.written).status;
        expect(ab).toBe(ba);
      }),
      { numRuns: 400 },
    );
  });

  it("never merges two organisations of the same table", () => {
    assertProperty(
      fc.property(variant, orgIndex, (v, other) => {
        fc.pre(other !== v.org);
        const r = seedMatcher.match(v.written);
        expect(r.status === "matched" ? r.index : v.org).toBe(v.org);
        // Full names of two organisations of one table never match each other, whatever the form.
        expect(createMatcher([{ name: SEED[other] ?? "" }]).match(v.written).status).toBe("unmatched");
      }),
      { numRuns: 600 },
    );
  });

  it("never matches a one-letter edit of a proper name; suggests at most three, best first", () => {
    const edit = fc.tuple(orgIndex, fc.nat(), fc.constantFrom("x", "", "q", "ơ")).map(([i, at, ch]) => {
      const name = SEED[i] ?? "";
      const lastWord = name.lastIndexOf(" ") + 1;
      const p = lastWord + (at % (name.length - lastWord));
      return { org: i, written: name.slice(0, p) + ch + name.slice(p + 1) };
    });
    assertProperty(
      fc.property(edit, ({ org, written }) => {
        const r = seedMatcher.match(written);
        if (identityKey(written) === identityKey(SEED[org] ?? "")) {
          expect(r).toEqual({ status: "matched", index: org, via: "identity" });
          return;
        }
        expect(r.status).toBe("unmatched");
        if (r.status !== "unmatched") return;
        expect(r.suggestions.length).toBeLessThanOrEqual(3);
        const scores = r.suggestions.map((x) => x.score);
        expect(scores).toEqual([...scores].sort((x, y) => y - x));
      }),
      { numRuns: 400 },
    );
  });
});
