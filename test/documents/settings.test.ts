/** The document settings: one JSON shape for --settings and the hosts' storage, every bad field a finding. */
import fc from "fast-check";
import {
  DEFAULT_DOCUMENT_SETTINGS,
  documentSymbol,
  parseDocumentSettings,
  placeAndDateLine,
  reportDateOf,
  reportingCommittee,
  serialiseDocumentSettings,
  signatureLines,
  type DocumentSettings,
} from "../../src/core/documents/settings";
import { assertProperty } from "../properties/seed";
import { SETTINGS } from "./fixture";

describe("parsing document settings", () => {
  it("reads every field of the documented JSON shape and writes it back identically", () => {
    const json = serialiseDocumentSettings(SETTINGS);
    const { settings, problems } = parseDocumentSettings(json);
    expect(problems).toEqual([]);
    expect(settings).toEqual(SETTINGS);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(["superiorBody", "issuingBody", "symbol", "place", "reportDate", "signatory", "recipients", "deadlineDay"]);
  });

  it("keeps the defaults for absent fields and names no committee by default", () => {
    const { settings, problems } = parseDocumentSettings("{}");
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    expect(settings.superiorBody).toBe("");
    expect(settings.issuingBody).toEqual(["BAN TỔ CHỨC"]);
    expect(settings.recipients[settings.recipients.length - 1]).toBe("- Lưu.");
    expect(settings.reportDate).toBeNull();
  });

  it("gives a finding for each bad field and keeps its default", () => {
    const { settings, problems } = parseDocumentSettings(
      JSON.stringify({ reportDate: "2025-02-30", deadlineDay: 40, signatory: { authority: "TM", name: 7, rank: "x" }, issuingBody: [], place: 3, colour: "red" }),
    );
    expect(problems.map((p) => [p.code, p.args.field])).toEqual([
      ["SETTINGS_FIELD_UNKNOWN", "colour"],
      ["SETTINGS_FIELD_INVALID", "place"],
      ["SETTINGS_FIELD_INVALID", "issuingBody"],
      ["SETTINGS_FIELD_INVALID", "reportDate"],
      ["SETTINGS_FIELD_INVALID", "deadlineDay"],
      ["SETTINGS_FIELD_UNKNOWN", "signatory.rank"],
      ["SETTINGS_FIELD_INVALID", "signatory.authority"],
      ["SETTINGS_FIELD_INVALID", "signatory.name"],
    ]);
    expect(settings.reportDate).toBeNull();
    expect(settings.deadlineDay).toBe(5);
    expect(settings.signatory.authority).toBe("T/M");
    for (const p of problems) expect(p.message.vi).not.toBe(p.message.en);
  });

  it("refuses text that is not JSON, or JSON that is not an object, with the defaults", () => {
    expect(parseDocumentSettings("{ place: ").problems.map((p) => p.code)).toEqual(["SETTINGS_NOT_JSON"]);
    expect(parseDocumentSettings("[1,2]").problems.map((p) => p.code)).toEqual(["SETTINGS_NOT_OBJECT"]);
    expect(parseDocumentSettings("null").settings).toEqual(DEFAULT_DOCUMENT_SETTINGS);
  });

  it("accepts the issuer as one string with / between lines, and strips control characters", () => {
    const { settings } = parseDocumentSettings({ issuingBody: "ĐẢNG ỦY XÃ KA ĐÔ/BAN XÂY DỰNG ĐẢNG", place: "Ka\u0007 Đô" });
    expect(settings.issuingBody).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"]);
    expect(settings.place).toBe("Ka  Đô");
    expect(reportingCommittee(settings)).toBe("ĐẢNG ỦY XÃ KA ĐÔ");
  });

  it("never throws and always returns settings of the documented shape, whatever the JSON (property)", () => {
    assertProperty(
      fc.property(fc.jsonValue(), (v) => {
        const { settings } = parseDocumentSettings(JSON.stringify(v));
        const again = parseDocumentSettings(serialiseDocumentSettings(settings));
        expect(again.problems).toEqual([]);
        expect(again.settings).toEqual(settings);
      }),
      { numRuns: 300 },
    );
  });
});

describe("what the settings print", () => {
  const with_ = (over: Partial<DocumentSettings>): DocumentSettings => ({ ...DEFAULT_DOCUMENT_SETTINGS, ...over });

  it("dates a report on the last day of its month unless a date is set", () => {
    expect(reportDateOf(DEFAULT_DOCUMENT_SETTINGS, 2025, 4)).toEqual({ year: 2025, month: 4, day: 30 });
    expect(reportDateOf(DEFAULT_DOCUMENT_SETTINGS, 2024, 2)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(placeAndDateLine("Ka Đô", reportDateOf(with_({ reportDate: "2025-02-05" }), 2025, 1), 2025)).toBe("Ka Đô, ngày 05 tháng 02 năm 2025");
    expect(placeAndDateLine("", null, 2025)).toBe("…………, ngày      tháng      năm 2025");
  });

  it("derives the number symbol from the issuer's own line unless one is set", () => {
    expect(documentSymbol(with_({ issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"] }))).toBe("BC/BTC");
    expect(documentSymbol(with_({ symbol: "BC/BXDĐ" }))).toBe("BC/BXDĐ");
  });

  it("signs T/M for the issuing body, K/T for its head, or in one's own name", () => {
    expect(signatureLines(with_({ issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"] }))).toEqual({ above: ["T/M BAN XÂY DỰNG ĐẢNG", "TRƯỞNG BAN"], name: "" });
    expect(signatureLines(with_({ issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ"], signatory: { authority: "T/M", onBehalfOf: "BAN THƯỜNG VỤ", title: "", name: "" } }))).toEqual({ above: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], name: "" });
    expect(signatureLines(with_({ signatory: { authority: "K/T", onBehalfOf: "TRƯỞNG BAN", title: "Phó Trưởng ban", name: "Lê Văn C" } }))).toEqual({ above: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], name: "Lê Văn C" });
    expect(signatureLines(with_({ signatory: { authority: "", onBehalfOf: "", title: "TRƯỞNG BAN", name: "" } }))).toEqual({ above: ["TRƯỞNG BAN"], name: "" });
  });
});
