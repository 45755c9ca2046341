/**
 * parseDocumentSettings branch by branch: what each field accepts, what it turns
 * away (with the exact finding), and which settings win when fields are absent.
 */
import {
  DEFAULT_DOCUMENT_SETTINGS,
  parseDocumentSettings,
  serialiseDocumentSettings,
  type DocumentSettings,
} from "../../src/core/documents/settings";
import { SETTINGS } from "./fixture";

const parse = (v: unknown, base?: DocumentSettings) => (base === undefined ? parseDocumentSettings(v) : parseDocumentSettings(v, base));
/** The findings as [code, field] pairs; most checks need no more. */
const problems = (v: unknown): Array<[string, unknown]> => parse(v).problems.map((p) => [p.code, p.args.field]);
const invalid = (field: string): Array<[string, string]> => [["SETTINGS_FIELD_INVALID", field]];

describe("reading the settings text", () => {
  it("gives SETTINGS_NOT_JSON with the parser's own explanation and returns the base untouched", () => {
    const text = "{ place: ";
    let detail = "";
    try {
      JSON.parse(text);
    } catch (e) {
      detail = (e as Error).message;
    }
    const { settings, problems: found } = parse(text, SETTINGS);
    expect(settings).toBe(SETTINGS);
    expect(found).toEqual([
      {
        code: "SETTINGS_NOT_JSON",
        severity: "error",
        args: { detail },
        message: {
          vi: `Tệp cài đặt không phải JSON hợp lệ (${detail}); dùng cài đặt mặc định.`,
          en: `The settings are not valid JSON (${detail}); the defaults are used.`,
        },
      },
    ]);
    expect(detail).not.toBe("");
  });

  it("gives SETTINGS_NOT_OBJECT for JSON text or a value that is not an object, and returns the base untouched", () => {
    for (const v of ["[1,2]", "null", "42", '"BAN TỔ CHỨC"', "true", 42, "BAN TỔ CHỨC".length, null, [], true]) {
      const { settings, problems: found } = parse(v, SETTINGS);
      expect(settings).toBe(SETTINGS);
      expect(found).toEqual([
        {
          code: "SETTINGS_NOT_OBJECT",
          severity: "error",
          args: {},
          message: {
            vi: "Cài đặt phải là một đối tượng JSON ({ … }); dùng cài đặt mặc định.",
            en: "The settings must be a JSON object ({ … }); the defaults are used.",
          },
        },
      ]);
    }
  });

  it("accepts an object already parsed by the host as well as its JSON text", () => {
    expect(parse({ place: "Ka Đô" })).toEqual(parse('{"place":"Ka Đô"}'));
    expect(parse({ place: "Ka Đô" }).settings.place).toBe("Ka Đô");
  });

  it("warns about each unknown field by its path and still reads the known ones", () => {
    const { settings, problems: found } = parse({ colour: "red", place: "Ka Đô", signatory: { rank: "x", name: "Lê Văn C" } });
    expect(found).toEqual([
      {
        code: "SETTINGS_FIELD_UNKNOWN",
        severity: "warning",
        args: { field: "colour" },
        message: { vi: 'Trường "colour" không có trong cài đặt văn bản, bị bỏ qua.', en: 'Field "colour" is not a document setting; it is ignored.' },
      },
      {
        code: "SETTINGS_FIELD_UNKNOWN",
        severity: "warning",
        args: { field: "signatory.rank" },
        message: { vi: 'Trường "signatory.rank" không có trong cài đặt văn bản, bị bỏ qua.', en: 'Field "signatory.rank" is not a document setting; it is ignored.' },
      },
    ]);
    expect(settings.place).toBe("Ka Đô");
    expect(settings.signatory.name).toBe("Lê Văn C");
  });
});

describe("which settings win", () => {
  it("keeps the base's value of every field the JSON leaves out", () => {
    const { settings, problems: found } = parse({ place: "Tu Tra" }, SETTINGS);
    expect(found).toEqual([]);
    expect(settings).toEqual({ ...SETTINGS, place: "Tu Tra" });
  });

  it("merges the signatory field by field over the base's signatory", () => {
    const { settings } = parse({ signatory: { name: "Trần Thị B" } }, SETTINGS);
    expect(settings.signatory).toEqual({ authority: "K/T", onBehalfOf: "TRƯỞNG BAN", title: "PHÓ TRƯỞNG BAN", name: "Trần Thị B" });
  });

  it("keeps the base's value of a field that is invalid", () => {
    const { settings } = parse({ place: 3, issuingBody: 5, recipients: 5, reportDate: 5, deadlineDay: "x", signatory: "K/T" }, { ...SETTINGS, deadlineDay: 10 });
    expect(settings).toEqual({ ...SETTINGS, deadlineDay: 10 });
  });

  it("uses the neutral defaults when no base is given, and an empty object changes nothing", () => {
    expect(parse({})).toEqual({ settings: DEFAULT_DOCUMENT_SETTINGS, problems: [] });
    expect(parse({}, SETTINGS)).toEqual({ settings: SETTINGS, problems: [] });
  });
});

describe("the text fields superiorBody, symbol and place", () => {
  it("trims them and turns control characters, DEL included, into spaces", () => {
    const { settings, problems: found } = parse({ superiorBody: "  ĐẢNG BỘ TỈNH\tLÂM ĐỒNG ", symbol: " BC/BXDĐ\u007f", place: "\u0000Ka Đô\n" });
    expect(found).toEqual([]);
    expect(settings.superiorBody).toBe("ĐẢNG BỘ TỈNH LÂM ĐỒNG");
    expect(settings.symbol).toBe("BC/BXDĐ");
    expect(settings.place).toBe("Ka Đô");
  });

  it("stores decomposed Vietnamese as composed (NFC)", () => {
    expect(parse({ place: "Ka \u0110o\u0302" }).settings.place).toBe("Ka Đô");
  });

  it("turns away a value that is not a string with the expected shape in both languages", () => {
    for (const key of ["superiorBody", "symbol", "place"]) {
      const found = parse({ [key]: ["x"] }).problems;
      expect(found).toEqual([
        {
          code: "SETTINGS_FIELD_INVALID",
          severity: "error",
          args: { field: key, expected: "một chuỗi văn bản", expectedEn: "a string" },
          message: {
            vi: `Trường "${key}" không hợp lệ: cần một chuỗi văn bản; dùng giá trị mặc định.`,
            en: `Field "${key}" is invalid: expected a string; the default is used.`,
          },
        },
      ]);
    }
  });

  it("accepts an empty string: no superior body, a derived symbol, no place", () => {
    expect(parse({ superiorBody: "", symbol: "", place: "" }, SETTINGS).settings).toEqual({ ...SETTINGS, superiorBody: "", symbol: "", place: "" });
  });
});

describe("the issuing body", () => {
  it("splits one string into lines at new lines or at a slash, trimming and dropping blank lines", () => {
    expect(parse({ issuingBody: " ĐẢNG ỦY XÃ KA ĐÔ / BAN XÂY DỰNG ĐẢNG " }).settings.issuingBody).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"]);
    expect(parse({ issuingBody: "ĐẢNG ỦY XÃ KA ĐÔ\r\nBAN XÂY DỰNG ĐẢNG\n" }).settings.issuingBody).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"]);
    expect(parse({ issuingBody: "ĐẢNG ỦY XÃ KA ĐÔ\nBAN XÂY DỰNG ĐẢNG" }).settings.issuingBody).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"]);
    expect(parse({ issuingBody: "HUYỆN ỦY ĐƠN DƯƠNG//BAN TỔ CHỨC" }).settings.issuingBody).toEqual(["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"]);
  });

  it("takes a list of strings as lines, trimmed, cleaned and without blanks", () => {
    expect(parse({ issuingBody: [" ĐẢNG ỦY XÃ KA ĐÔ ", "", "BAN\tXÂY DỰNG ĐẢNG"] }).settings.issuingBody).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"]);
  });

  it("turns away a list with anything but strings, a number, an object, or nothing but blanks", () => {
    for (const v of [["BAN TỔ CHỨC", 3], 5, { line: "BAN TỔ CHỨC" }, [], "  /  ", null]) {
      const { settings, problems: found } = parse({ issuingBody: v });
      expect(found).toEqual([
        {
          code: "SETTINGS_FIELD_INVALID",
          severity: "error",
          args: { field: "issuingBody", expected: "một chuỗi hoặc danh sách chuỗi", expectedEn: "a string or a list of strings" },
          message: {
            vi: 'Trường "issuingBody" không hợp lệ: cần một chuỗi hoặc danh sách chuỗi; dùng giá trị mặc định.',
            en: 'Field "issuingBody" is invalid: expected a string or a list of strings; the default is used.',
          },
        },
      ]);
      expect(settings.issuingBody).toEqual(["BAN TỔ CHỨC"]);
    }
  });
});

describe("the recipients", () => {
  it("splits one string at new lines only, so that (b/c) stays whole", () => {
    const { settings, problems: found } = parse({ recipients: "- Ban Tổ chức Tỉnh ủy (b/c);\r\n\n  - Lưu. \n" });
    expect(found).toEqual([]);
    expect(settings.recipients).toEqual(["- Ban Tổ chức Tỉnh ủy (b/c);", "- Lưu."]);
    expect(parse({ recipients: "- Các chi bộ;\n- Lưu." }).settings.recipients).toEqual(["- Các chi bộ;", "- Lưu."]);
  });

  it("takes a list as printed lines, trimmed, and accepts an empty list", () => {
    expect(parse({ recipients: [" - Lưu. ", "", "- Các chi bộ;\u0007"] }).settings.recipients).toEqual(["- Lưu.", "- Các chi bộ;"]);
    expect(parse({ recipients: [] }, SETTINGS)).toEqual({ settings: { ...SETTINGS, recipients: [] }, problems: [] });
  });

  it("turns away anything else with the lines' expected shape", () => {
    for (const v of [5, { a: "- Lưu." }, ["- Lưu.", false], null]) {
      const { settings, problems: found } = parse({ recipients: v });
      expect(found.map((p) => [p.code, p.args])).toEqual([
        ["SETTINGS_FIELD_INVALID", { field: "recipients", expected: "một chuỗi hoặc danh sách chuỗi", expectedEn: "a string or a list of strings" }],
      ]);
      expect(settings.recipients).toEqual(DEFAULT_DOCUMENT_SETTINGS.recipients);
    }
  });
});

describe("the report date", () => {
  it("takes a real calendar date as YYYY-MM-DD, trimmed", () => {
    expect(parse({ reportDate: " 2026-04-02 " })).toEqual({ settings: { ...DEFAULT_DOCUMENT_SETTINGS, reportDate: "2026-04-02" }, problems: [] });
    expect(parse({ reportDate: "2024-02-29" }).settings.reportDate).toBe("2024-02-29");
  });

  it("clears a set date with null or an empty string", () => {
    expect(parse({ reportDate: null }, SETTINGS)).toEqual({ settings: { ...SETTINGS, reportDate: null }, problems: [] });
    expect(parse({ reportDate: "" }, SETTINGS)).toEqual({ settings: { ...SETTINGS, reportDate: null }, problems: [] });
  });

  it("turns away impossible dates, other layouts and non-strings", () => {
    for (const v of ["2025-02-29", "2025-02-30", "2026-13-01", "2026-4-2", "02/04/2026", "x2026-04-02", "2026-04-02x", 20260402, true, ["2026-04-02"]]) {
      const { settings, problems: found } = parse({ reportDate: v }, SETTINGS);
      expect(found.map((p) => [p.code, p.args])).toEqual([
        ["SETTINGS_FIELD_INVALID", { field: "reportDate", expected: "ngày dạng YYYY-MM-DD hoặc null", expectedEn: "a date as YYYY-MM-DD or null" }],
      ]);
      expect(settings.reportDate).toBe("2026-04-02");
    }
  });
});

describe("the deadline day", () => {
  it("takes a whole number from 1 to 28, as a number or as digits", () => {
    const day = (v: unknown) => parse({ deadlineDay: v });
    expect(day(1)).toEqual({ settings: { ...DEFAULT_DOCUMENT_SETTINGS, deadlineDay: 1 }, problems: [] });
    expect(day(28).settings.deadlineDay).toBe(28);
    expect(day("12")).toEqual({ settings: { ...DEFAULT_DOCUMENT_SETTINGS, deadlineDay: 12 }, problems: [] });
    expect(day(" 7 ").settings.deadlineDay).toBe(7);
    expect(day("05").settings.deadlineDay).toBe(5);
  });

  it("turns away 0, 29 and above, fractions, other digits and other types", () => {
    for (const v of [0, 29, 40, -3, 2.5, "2.5", "007", "1e1", "+5", "0x10", "5 ngày", "", true, null, [5]]) {
      const { settings, problems: found } = parse({ deadlineDay: v }, { ...DEFAULT_DOCUMENT_SETTINGS, deadlineDay: 10 });
      expect([v, found.map((p) => [p.code, p.args])]).toEqual([v, [["SETTINGS_FIELD_INVALID", { field: "deadlineDay", expected: "số nguyên từ 1 đến 28", expectedEn: "a whole number from 1 to 28" }]]]);
      expect(settings.deadlineDay).toBe(10);
    }
  });
});

describe("the signatory", () => {
  it("turns away a signatory that is not an object, whole", () => {
    for (const v of ["K/T", ["K/T"], null, 3]) {
      const { settings, problems: found } = parse({ signatory: v }, SETTINGS);
      expect(found.map((p) => [p.code, p.args])).toEqual([
        ["SETTINGS_FIELD_INVALID", { field: "signatory", expected: "một đối tượng { authority, onBehalfOf, title, name }", expectedEn: "an object { authority, onBehalfOf, title, name }" }],
      ]);
      expect(settings.signatory).toEqual(SETTINGS.signatory);
    }
  });

  it("reads the authority in any case and with spaces, and '' for signing in one's own name", () => {
    const authority = (a: unknown) => parse({ signatory: { authority: a } }).settings.signatory.authority;
    expect(authority(" k/t ")).toBe("K/T");
    expect(authority("t/l")).toBe("T/L");
    expect(authority("T/M")).toBe("T/M");
    expect(authority("")).toBe("");
    expect(parse({ signatory: { authority: "k/t" } }).problems).toEqual([]);
  });

  it("turns away an unknown authority or a non-string one and keeps the base's", () => {
    for (const a of ["TM", "KT", "Thay mặt", 5, null]) {
      const { settings, problems: found } = parse({ signatory: { authority: a } }, SETTINGS);
      expect(found.map((p) => [p.code, p.args])).toEqual([
        ["SETTINGS_FIELD_INVALID", { field: "signatory.authority", expected: '"T/M", "K/T", "T/L" hoặc ""', expectedEn: '"T/M", "K/T", "T/L" or ""' }],
      ]);
      expect(settings.signatory.authority).toBe("K/T");
    }
  });

  it("trims and cleans onBehalfOf, title and name, and turns away non-strings by their path", () => {
    const { settings } = parse({ signatory: { onBehalfOf: " BAN THƯỜNG VỤ ", title: "\tBÍ THƯ ", name: " Lê Văn C\u007f" } });
    expect(settings.signatory).toEqual({ authority: "T/M", onBehalfOf: "BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Lê Văn C" });
    const bad = parse({ signatory: { onBehalfOf: 1, title: ["x"], name: false } }, SETTINGS);
    expect(bad.problems.map((p) => [p.code, p.args])).toEqual(
      ["onBehalfOf", "title", "name"].map((k) => ["SETTINGS_FIELD_INVALID", { field: `signatory.${k}`, expected: "một chuỗi văn bản", expectedEn: "a string" }]),
    );
    expect(bad.settings.signatory).toEqual(SETTINGS.signatory);
  });

  it("accepts a signatory with only some fields without a finding", () => {
    expect(parse({ signatory: { name: "Lê Văn C" } })).toEqual({ settings: { ...DEFAULT_DOCUMENT_SETTINGS, signatory: { ...DEFAULT_DOCUMENT_SETTINGS.signatory, name: "Lê Văn C" } }, problems: [] });
  });
});

describe("reporting several problems at once", () => {
  it("lists unknown fields first, then invalid ones in the order of the documented shape", () => {
    expect(problems({ signatory: { title: 1, extra: 0 }, deadlineDay: 0, reportDate: "x", recipients: 1, issuingBody: 1, place: 1, symbol: 1, superiorBody: 1, zzz: 1 })).toEqual([
      ["SETTINGS_FIELD_UNKNOWN", "zzz"],
      ...invalid("superiorBody"),
      ...invalid("symbol"),
      ...invalid("place"),
      ...invalid("issuingBody"),
      ...invalid("recipients"),
      ...invalid("reportDate"),
      ...invalid("deadlineDay"),
      ["SETTINGS_FIELD_UNKNOWN", "signatory.extra"],
      ...invalid("signatory.title"),
    ]);
  });
});

describe("the stored form", () => {
  it("is every field in the documented order, two-space indented, ending with a new line", () => {
    expect(serialiseDocumentSettings(DEFAULT_DOCUMENT_SETTINGS)).toBe(
      [
        "{",
        '  "superiorBody": "",',
        '  "issuingBody": [',
        '    "BAN TỔ CHỨC"',
        "  ],",
        '  "symbol": "",',
        '  "place": "",',
        '  "reportDate": null,',
        '  "signatory": {',
        '    "authority": "T/M",',
        '    "onBehalfOf": "",',
        '    "title": "",',
        '    "name": ""',
        "  },",
        '  "recipients": [',
        '    "- Ban Tổ chức Tỉnh ủy (b/c);",',
        '    "- Các tổ chức cơ sở đảng;",',
        '    "- Lưu."',
        "  ],",
        '  "deadlineDay": 5',
        "}",
        "",
      ].join("\n"),
    );
  });
});
