/**
 * The small judgements on one register cell, on the spellings staff type:
 * yes/no flags (also Excel booleans shown in a Vietnamese Excel), sex,
 * ethnicity, religion, and the general-education grade.
 */
import type { Cell } from "../../src/core";
import { EDUCATION_LEVELS, matchCategory, matchEducation, OCCUPATIONS } from "../../src/core/register/categories";
import { isEthnicMinority, isReligious, parseFemale, parseFlag } from "../../src/core/register/values";

const t = (value: string): Cell => ({ value });

describe("yes/no flags", () => {
  it.each([
    [t("Có"), { status: "ok", value: true }],
    [t(" Có "), { status: "ok", value: true }],
    [t("Có."), { status: "ok", value: true }],
    [t("Có:;"), { status: "ok", value: true }],
    [t("Có :"), { status: "ok", value: true }],
    [t("Không"), { status: "ok", value: false }],
    [t("--"), { status: "ok", value: false }],
    [{ value: true }, { status: "ok", value: true }],
    [{ value: false }, { status: "ok", value: false }],
    // A Vietnamese Excel shows FALSE as "SAI": the value decides, not the text.
    [{ value: false, text: "SAI" }, { status: "ok", value: false }],
    [t("   "), { status: "blank" }],
    [t(".Có"), { status: "unknown", text: ".Có" }],
    [t("  Có lẽ  "), { status: "unknown", text: "Có lẽ" }],
  ])("reads %j as %j", (cell, expected) => {
    expect(parseFlag(cell)).toStrictEqual(expected);
  });
});

describe("sex", () => {
  it.each([
    [t("Nữ"), { status: "ok", value: true }],
    [t("nu."), { status: "ok", value: true }],
    [t("F"), { status: "ok", value: true }],
    [t("Nam"), { status: "ok", value: false }],
    [t("male"), { status: "ok", value: false }],
    [t(""), { status: "blank" }],
    [t(" ; "), { status: "blank" }],
    [t("Nam nữ"), { status: "unknown", text: "Nam nữ" }],
    [t("Nữ sinh"), { status: "unknown", text: "Nữ sinh" }],
    [t("Anh nam"), { status: "unknown", text: "Anh nam" }],
    [t(" Khác "), { status: "unknown", text: "Khác" }],
  ])("reads %j as %j", (cell, expected) => {
    expect(parseFemale(cell)).toStrictEqual(expected);
  });
});

describe("ethnicity and religion", () => {
  it.each([
    ["Kinh", false],
    ["KINH", false],
    ["Việt", false],
    ["Người Việt", false],
    ["Việt (Kinh)", false],
    ["Việt(Kinh)", false],
    ["Tày", true],
    ["Ê Đê", true],
    ["Không rõ", null],
    ["Không rõ ràng", true],
    ["Dân tộc không rõ", true],
    [" - ", null],
    ["", null],
  ])("ethnicity %j is a minority: %j", (text, expected) => {
    expect(isEthnicMinority(text)).toBe(expected);
  });

  it.each([
    ["Phật giáo", true],
    ["Công giáo", true],
    ["Khổng giáo", true],
    ["Không", false],
    ["Không theo tôn giáo", false],
    ["Không  theo   tôn giáo", false],
    ["Vô-thần", false],
    ["Lương", false],
    ["", false],
  ])("religion %j makes a religious person: %j", (text, expected) => {
    expect(isReligious(text)).toBe(expected);
  });
});

describe("general education and list categories", () => {
  it.each([
    ["12/12", "upperSecondary"],
    ["12 / 12", "upperSecondary"],
    [" 9/12 ", "lowerSecondary"],
    ["10/10", "upperSecondary"],
    ["7/10", "lowerSecondary"],
    ["5/12", "primary"],
    ["4/10", "primary"],
    ["1/12", "literate"],
    ["Trung học phổ thông", "upperSecondary"],
  ])("reads the grade %j as %j", (text, key) => {
    expect(matchEducation(text)).toStrictEqual({ status: "ok", key });
  });

  it.each([["0/12"], ["13/12"], ["11/10"], ["lớp 9/12"], ["9/12 cũ"]])("does not read %j as a grade", (text) => {
    expect(matchEducation(text).status).not.toBe("ok");
  });

  it("matches a label with a leading bullet, any case, and refuses others", () => {
    expect(matchCategory(OCCUPATIONS, "+ Sinh viên")).toStrictEqual({ status: "ok", key: "universityStudent" });
    expect(matchCategory(OCCUPATIONS, "  •  sinh viên")).toStrictEqual({ status: "ok", key: "universityStudent" });
    expect(matchCategory(OCCUPATIONS, "-Học sinh")).toStrictEqual({ status: "ok", key: "pupil" });
    // Only a leading bullet goes: a dash between words stays a separator.
    expect(matchCategory(OCCUPATIONS, "Nông - lâm nghiệp")).toStrictEqual({ status: "ok", key: "farmer" });
    expect(matchCategory(EDUCATION_LEVELS, "Trung học cơ sở")).toStrictEqual({ status: "ok", key: "lowerSecondary" });
    expect(matchCategory(OCCUPATIONS, "Phi hành gia")).toStrictEqual({ status: "unknown" });
    expect(matchCategory(OCCUPATIONS, "Không")).toStrictEqual({ status: "blank" });
  });
});
