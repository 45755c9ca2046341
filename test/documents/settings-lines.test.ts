/**
 * What the settings print around the figures: the issuer's and the committee's
 * lines, the number symbol, the signature block of each kind, the dated place
 * and the deadline, down to the blank and padded inputs a host may pass.
 */
import {
  DEFAULT_DOCUMENT_SETTINGS,
  deadlinePhrase,
  documentSymbol,
  issuerLine,
  placeAndDateLine,
  reportDateOf,
  reportingCommittee,
  signatureLines,
  type DocumentSettings,
  type Signatory,
} from "../../src/core/documents/settings";
import { parseIsoDate } from "../../src/core/register/dates";

const with_ = (over: Partial<DocumentSettings>): DocumentSettings => ({ ...DEFAULT_DOCUMENT_SETTINGS, ...over });
const signed = (issuingBody: readonly string[], signatory: Partial<Signatory>) =>
  signatureLines(with_({ issuingBody, signatory: { ...DEFAULT_DOCUMENT_SETTINGS.signatory, ...signatory } }));

describe("the issuing body's lines", () => {
  it("takes the issuer as the last line that is not blank, untrimmed as stored", () => {
    expect(issuerLine({ issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG", "  ", ""] })).toBe("BAN XÂY DỰNG ĐẢNG");
    expect(issuerLine({ issuingBody: ["BAN TỔ CHỨC"] })).toBe("BAN TỔ CHỨC");
    expect(issuerLine({ issuingBody: [] })).toBe("");
    expect(issuerLine({ issuingBody: [" ", ""] })).toBe("");
  });

  it("takes the reporting committee as the first line that is not blank, trimmed", () => {
    expect(reportingCommittee({ issuingBody: ["  ", " ĐẢNG ỦY XÃ KA ĐÔ ", "BAN XÂY DỰNG ĐẢNG"] })).toBe("ĐẢNG ỦY XÃ KA ĐÔ");
    expect(reportingCommittee({ issuingBody: [] })).toBe("");
    expect(reportingCommittee({ issuingBody: ["", "   "] })).toBe("");
  });
});

describe("the number symbol", () => {
  it("uses the symbol set, trimmed", () => {
    expect(documentSymbol(with_({ symbol: "  BC/BTCTU " }))).toBe("BC/BTCTU");
  });

  it("derives BC/ and the issuer's initials, in capitals and without tone marks, when the symbol is blank", () => {
    expect(documentSymbol(with_({ symbol: "   ", issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"] }))).toBe("BC/BTC");
    expect(documentSymbol(with_({ issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ", "ban xây dựng đảng", " "] }))).toBe("BC/BXDĐ");
    expect(documentSymbol(with_({ issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ", "ỦY BAN KIỂM TRA"] }))).toBe("BC/UBKT");
    expect(documentSymbol(with_({ issuingBody: ["  ĐẢNG  ỦY   XÃ KA ĐÔ "] }))).toBe("BC/ĐUXKĐ");
    // Decomposed input (as some keyboards type it) derives the same letters.
    expect(documentSymbol(with_({ issuingBody: ["U\u0309Y BAN KIE\u0302\u0309M TRA"] }))).toBe("BC/UBKT");
  });

  it("leaves dots to fill in by hand when there is no issuer to derive from", () => {
    expect(documentSymbol(with_({ issuingBody: [] }))).toBe("BC/……");
    expect(documentSymbol(with_({ issuingBody: ["   "] }))).toBe("BC/……");
  });
});

describe("the signature block", () => {
  it("signs T/M the issuer's own line and guesses TRƯỞNG BAN for a ban", () => {
    expect(signed(["ĐẢNG ỦY XÃ KA ĐÔ", "Ban xây dựng Đảng"], {})).toEqual({ above: ["T/M BAN XÂY DỰNG ĐẢNG", "TRƯỞNG BAN"], name: "" });
  });

  it("guesses BÍ THƯ for a committee (… ỦY) and nothing for a body that is neither", () => {
    expect(signed(["ĐẢNG ỦY XÃ KA ĐÔ"], {})).toEqual({ above: ["T/M ĐẢNG ỦY XÃ KA ĐÔ", "BÍ THƯ"], name: "" });
    // BAN in the middle of a committee's name does not make it a ban.
    expect(signed(["ĐẢNG ỦY CƠ QUAN BAN QUẢN LÝ DỰ ÁN"], {})).toEqual({ above: ["T/M ĐẢNG ỦY CƠ QUAN BAN QUẢN LÝ DỰ ÁN", "BÍ THƯ"], name: "" });
    expect(signed(["CHI BỘ THÔN KA ĐÔ CŨ"], {})).toEqual({ above: ["T/M CHI BỘ THÔN KA ĐÔ CŨ"], name: "" });
  });

  it("signs T/M alone when there is neither an issuer nor a title", () => {
    expect(signed([], {})).toEqual({ above: ["T/M"], name: "" });
  });

  it("takes a blank title or on-behalf-of as unset", () => {
    expect(signed(["BAN TỔ CHỨC"], { title: "   ", onBehalfOf: "  " })).toEqual({ above: ["T/M BAN TỔ CHỨC", "TRƯỞNG BAN"], name: "" });
  });

  it("signs K/T for the head, then the signer's own title", () => {
    expect(signed(["BAN TỔ CHỨC"], { authority: "K/T", onBehalfOf: "trưởng ban", title: " Phó trưởng ban " })).toEqual({ above: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], name: "" });
  });

  it("guesses the head's title for K/T and T/L from the issuer, never from the signer's own title", () => {
    expect(signed(["BAN TỔ CHỨC"], { authority: "K/T", title: "PHÓ TRƯỞNG BAN" })).toEqual({ above: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], name: "" });
    expect(signed(["ĐẢNG ỦY XÃ KA ĐÔ"], { authority: "K/T", title: "Phó Bí thư" })).toEqual({ above: ["K/T BÍ THƯ", "PHÓ BÍ THƯ"], name: "" });
    expect(signed(["BAN TỔ CHỨC"], { authority: "T/L", title: "CHÁNH VĂN PHÒNG" })).toEqual({ above: ["T/L TRƯỞNG BAN", "CHÁNH VĂN PHÒNG"], name: "" });
    // Nothing to guess from: the line is left for the user to complete rather than filled with the signer's own title.
    expect(signed(["CHI BỘ THÔN KA ĐÔ CŨ"], { authority: "K/T", title: "PHÓ BÍ THƯ" })).toEqual({ above: ["K/T", "PHÓ BÍ THƯ"], name: "" });
  });

  it("reads an issuer's line typed with spaces around it", () => {
    expect(signed(["  BAN TỔ CHỨC "], {})).toEqual({ above: ["T/M BAN TỔ CHỨC", "TRƯỞNG BAN"], name: "" });
  });

  it("signs T/L by order of the head named in on-behalf-of", () => {
    expect(signed(["BAN TỔ CHỨC"], { authority: "T/L", onBehalfOf: "TRƯỞNG BAN", title: "CHÁNH VĂN PHÒNG" })).toEqual({ above: ["T/L TRƯỞNG BAN", "CHÁNH VĂN PHÒNG"], name: "" });
  });

  it("signs in one's own name with the title alone, ignoring on-behalf-of", () => {
    expect(signed(["ĐẢNG ỦY XÃ KA ĐÔ"], { authority: "", onBehalfOf: "BAN THƯỜNG VỤ", title: "bí thư" })).toEqual({ above: ["BÍ THƯ"], name: "" });
    expect(signed(["CHI BỘ THÔN KA ĐÔ CŨ"], { authority: "" })).toEqual({ above: [], name: "" });
  });

  it("puts the signer's name under the signature, trimmed, as typed", () => {
    expect(signed(["BAN TỔ CHỨC"], { name: "  Nguyễn Văn An " }).name).toBe("Nguyễn Văn An");
  });
});

describe("calendar dates", () => {
  it("reads a real YYYY-MM-DD date, trimmed", () => {
    expect(parseIsoDate(" 2026-04-02 ")).toEqual({ year: 2026, month: 4, day: 2 });
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2025-12-31")).toEqual({ year: 2025, month: 12, day: 31 });
  });

  it("refuses impossible days and months, other layouts and text around the date", () => {
    for (const t of ["2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-1-05", "05/01/2025", "x2025-01-05", "2025-01-05x", "2025-01-05T00:00", ""]) {
      expect([t, parseIsoDate(t)]).toEqual([t, null]);
    }
  });

  it("refuses years outside 1900–2200, the register's calendar (a year below 100 would shift into the 1900s in JavaScript)", () => {
    expect(parseIsoDate("0050-01-01")).toBeNull();
    expect(parseIsoDate("0099-12-31")).toBeNull();
    expect(parseIsoDate("1899-12-31")).toBeNull();
    expect(parseIsoDate("2201-01-01")).toBeNull();
    expect(parseIsoDate("1900-01-01")).toEqual({ year: 1900, month: 1, day: 1 });
    expect(parseIsoDate("2200-12-31")).toEqual({ year: 2200, month: 12, day: 31 });
  });

  it("dates a report on the day set, or on the last day of the reported month when the set date is absent or unreadable", () => {
    expect(reportDateOf({ reportDate: "2026-04-02" }, 2026, 3)).toEqual({ year: 2026, month: 4, day: 2 });
    expect(reportDateOf({ reportDate: null }, 2026, 12)).toEqual({ year: 2026, month: 12, day: 31 });
    expect(reportDateOf({ reportDate: "2026-02-30" }, 2026, 2)).toEqual({ year: 2026, month: 2, day: 28 });
  });
});

describe("the place and date line", () => {
  it("writes days below 10 and the months January and February with a leading zero, as 36-HD does", () => {
    expect(placeAndDateLine("Ka Đô", { year: 2026, month: 4, day: 2 }, 2026)).toBe("Ka Đô, ngày 02 tháng 4 năm 2026");
    expect(placeAndDateLine("Ka Đô", { year: 2026, month: 1, day: 9 }, 2026)).toBe("Ka Đô, ngày 09 tháng 01 năm 2026");
    expect(placeAndDateLine("Ka Đô", { year: 2026, month: 2, day: 28 }, 2026)).toBe("Ka Đô, ngày 28 tháng 02 năm 2026");
    expect(placeAndDateLine("Ka Đô", { year: 2025, month: 12, day: 10 }, 2025)).toBe("Ka Đô, ngày 10 tháng 12 năm 2025");
    expect(placeAndDateLine("Ka Đô", { year: 2025, month: 10, day: 31 }, 2025)).toBe("Ka Đô, ngày 31 tháng 10 năm 2025");
  });

  it("takes the year from the date, not from the reported year", () => {
    expect(placeAndDateLine("Ka Đô", { year: 2026, month: 1, day: 3 }, 2025)).toBe("Ka Đô, ngày 03 tháng 01 năm 2026");
  });

  it("trims the place and leaves dots for a blank one", () => {
    expect(placeAndDateLine("  Đơn Dương ", { year: 2026, month: 3, day: 31 }, 2026)).toBe("Đơn Dương, ngày 31 tháng 3 năm 2026");
    expect(placeAndDateLine("   ", { year: 2026, month: 3, day: 31 }, 2026)).toBe("…………, ngày 31 tháng 3 năm 2026");
  });

  it("leaves day and month to write by hand when there is no date", () => {
    expect(placeAndDateLine(" Ka Đô ", null, 2026)).toBe("Ka Đô, ngày      tháng      năm 2026");
  });
});

describe("the reporting deadline", () => {
  it("is written with two-digit days, as in trước ngày 05 hằng tháng", () => {
    expect(deadlinePhrase(5)).toBe("trước ngày 05 hằng tháng");
    expect(deadlinePhrase(1)).toBe("trước ngày 01 hằng tháng");
    expect(deadlinePhrase(9)).toBe("trước ngày 09 hằng tháng");
    expect(deadlinePhrase(10)).toBe("trước ngày 10 hằng tháng");
    expect(deadlinePhrase(28)).toBe("trước ngày 28 hằng tháng");
  });
});
