import { createMatcher } from "../../src/core/names/matcher";

describe("semi-boarding ethnic schools (PTDTBT)", () => {
  const LONG = "Chi bộ Trường Phổ thông Dân tộc Bán trú Tiểu học và THCS Trà Dơn";

  it("matches the short form a report uses to the long form of the table", () => {
    expect(createMatcher([{ name: LONG }]).match("Chi bộ Trường PTDTBT TH&THCS Trà Dơn")).toMatchObject({ status: "matched", index: 0 });
    expect(createMatcher([{ name: LONG }]).match("Chi bộ Trường DTBT Tiểu học và THCS Trà Dơn")).toMatchObject({ status: "matched", index: 0 });
  });

  it("keeps a semi-boarding school apart from the boarding school (DTNT) of the same place", () => {
    const m = createMatcher([{ name: "Chi bộ Trường PTDTNT THCS Trà Dơn" }, { name: LONG }]);
    expect(m.match("Chi bộ Trường PTDTBT TH&THCS Trà Dơn")).toMatchObject({ status: "matched", index: 1 });
  });
});
