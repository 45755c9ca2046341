/** The settings' finding catalogue as users read it, in Vietnamese first and in English. */
import { makeFinding, type Finding } from "../../src/core/findings";
import { SETTINGS_MESSAGES } from "../../src/core/documents/messages";

/* Findings are made inside the tests, not while the table loads, so that StrykerJS counts them as covered. */
const CASES: ReadonlyArray<readonly [string, () => Finding, string, string, string]> = [
  [
    "SETTINGS_NOT_JSON",
    () => makeFinding(SETTINGS_MESSAGES, "SETTINGS_NOT_JSON", {}, { detail: "Unexpected end of JSON input" }),
    "error",
    "Tệp cài đặt không phải JSON hợp lệ (Unexpected end of JSON input); dùng cài đặt mặc định.",
    "The settings are not valid JSON (Unexpected end of JSON input); the defaults are used.",
  ],
  [
    "SETTINGS_NOT_OBJECT",
    () => makeFinding(SETTINGS_MESSAGES, "SETTINGS_NOT_OBJECT", {}),
    "error",
    "Cài đặt phải là một đối tượng JSON ({ … }); dùng cài đặt mặc định.",
    "The settings must be a JSON object ({ … }); the defaults are used.",
  ],
  [
    "SETTINGS_FIELD_INVALID",
    () => makeFinding(SETTINGS_MESSAGES, "SETTINGS_FIELD_INVALID", {}, { field: "deadlineDay", expected: "số nguyên từ 1 đến 28", expectedEn: "a whole number from 1 to 28" }),
    "error",
    'Trường "deadlineDay" không hợp lệ: cần số nguyên từ 1 đến 28; dùng giá trị mặc định.',
    'Field "deadlineDay" is invalid: expected a whole number from 1 to 28; the default is used.',
  ],
  [
    "SETTINGS_FIELD_UNKNOWN",
    () => makeFinding(SETTINGS_MESSAGES, "SETTINGS_FIELD_UNKNOWN", {}, { field: "signatory.rank" }),
    "warning",
    'Trường "signatory.rank" không có trong cài đặt văn bản, bị bỏ qua.',
    'Field "signatory.rank" is not a document setting; it is ignored.',
  ],
];

describe("the document settings' messages", () => {
  it.each(CASES)("renders %s with its arguments in both languages", (code, make, severity, vi, en) => {
    const finding = make();
    expect(finding.code).toBe(code);
    expect(finding.severity).toBe(severity);
    expect(finding.message).toEqual({ vi, en });
  });

  it("covers every code of the catalogue", () => {
    expect(Object.keys(SETTINGS_MESSAGES).sort()).toEqual(CASES.map(([code]) => code).sort());
  });
});
