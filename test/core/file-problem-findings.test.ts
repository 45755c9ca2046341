import { corruptDetail, isCorruptReason, type CorruptReason } from "../../src/core/file-corrupt-reasons";
import { corruptArgs, fileProblem, formatBytes } from "../../src/core/file-problems";

describe("file problems as findings", () => {
  it("name the file they come from, and nothing else of a location", () => {
    const f = fileProblem("FILE_EMPTY", "bao-cao-thang-5.xlsx");
    expect(f.code).toBe("FILE_EMPTY");
    expect(f.severity).toBe("error");
    expect(f.args).toEqual({});
    expect(f.file).toBe("bao-cao-thang-5.xlsx");
    expect(Object.keys(f).sort()).toEqual(["args", "code", "file", "message", "severity"]);
  });

  it("carry no file at all when none is known", () => {
    const f = fileProblem("FILE_ENCRYPTED", undefined);
    expect("file" in f).toBe(false);
    expect(f.code).toBe("FILE_ENCRYPTED");
  });

  it("keep their arguments as given", () => {
    const f = fileProblem("FILE_NOT_FOUND", "x.xlsx", { path: "/tmp/x.xlsx" });
    expect(f.args).toEqual({ path: "/tmp/x.xlsx" });
  });

  it("name the sheet a per-sheet limit was exceeded on, and only then", () => {
    const perSheet = fileProblem("FILE_LIMIT_EXCEEDED", "a.xlsx", { limit: "rows", actual: 2000000, max: 1048576, where: "Sheet1" });
    expect(perSheet.message.vi).toContain("số dòng của một trang tính (Sheet1): 2.000.000, tối đa 1.048.576");
    expect(perSheet.message.en).toContain("number of rows on one sheet (Sheet1): 2,000,000, at most 1,048,576");
    const whole = fileProblem("FILE_LIMIT_EXCEEDED", "a.xlsx", { limit: "cells", actual: 9, max: 8 });
    expect(whole.message.vi).toContain("số ô có dữ liệu: 9, tối đa 8");
    expect(whole.message.en).toContain("number of cells with data: 9, at most 8");
  });

  it("write counts and sizes as each language does, whether the reader passed them as numbers, digits or sizes; JSON args stay as given", () => {
    const entries = fileProblem("FILE_LIMIT_EXCEEDED", "a.xlsx", { limit: "entries", actual: "12000", max: 10000 });
    expect(entries.message.vi).toContain("số phần trong tệp nén: 12.000, tối đa 10.000.");
    expect(entries.message.en).toContain("number of parts in the archive: 12,000, at most 10,000.");
    expect(entries.args).toEqual({ limit: "entries", actual: "12000", max: 10000 });
    const big = fileProblem("FILE_TOO_LARGE", "a.xlsx", { actual: "> 50.0 MB", limit: "50.0 MB" });
    expect(big.message.vi).toContain("Tệp quá lớn (> 50,0 MB; PTĐV đọc tối đa 50,0 MB).");
    expect(big.message.en).toContain("The file is too large (> 50.0 MB; PTĐV reads at most 50.0 MB).");
    expect(big.args).toEqual({ actual: "> 50.0 MB", limit: "50.0 MB" });
    // "N+": the reader stopped counting there (the workbook reader's fmtCount passes plain digits).
    const cells = fileProblem("FILE_LIMIT_EXCEEDED", "a.xlsx", { limit: "cells", actual: "67136458+", max: "1048576" });
    expect(cells.message.vi).toContain("số ô có dữ liệu: 67.136.458+, tối đa 1.048.576.");
    expect(cells.message.en).toContain("number of cells with data: 67,136,458+, at most 1,048,576.");
    const ratio = fileProblem("FILE_LIMIT_EXCEEDED", "a.xlsx", { limit: "ratio", actual: "1200:1", max: "200:1" });
    expect(ratio.message.vi).toContain(": 1200:1, tối đa 200:1.");
    expect(ratio.message.en).toContain(": 1200:1, at most 200:1.");
  });

  it("name an unknown limit by its key rather than by nothing", () => {
    const f = fileProblem("FILE_LIMIT_EXCEEDED", "a.xlsx", { limit: "widgets", actual: 3, max: 2 });
    expect(f.message.vi).toContain("giới hạn an toàn về widgets: 3, tối đa 2");
    expect(f.message.en).toContain("safety limit on the widgets: 3, at most 2");
  });
});

describe("sizes for people", () => {
  it.each([
    [0, "0 B"],
    [1, "1 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [1536, "1.5 KB"],
    [1024 * 1024 - 1, "1024.0 KB"],
    [1024 * 1024, "1.0 MB"],
    [12.3 * 1024 * 1024, "12.3 MB"],
    [1024 * 1024 * 1024 - 1, "1024.0 MB"],
    [1024 * 1024 * 1024, "1.0 GB"],
    [5.5 * 1024 * 1024 * 1024, "5.5 GB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe("FILE_CORRUPT reasons", () => {
  // Every key, written out (the type makes the list complete): a key left in English fails here.
  const EVERY: Readonly<Record<CorruptReason, 0>> = {
    zipEndMissing: 0,
    zip64LocatorMissing: 0,
    zip64EndMissing: 0,
    tooManyEntries: 0,
    directoryBeyondEnd: 0,
    directoryDamaged: 0,
    duplicatePart: 0,
    notZip: 0,
    emptyZip: 0,
    textNotWorkbook: 0,
    zipUnreadable: 0,
    partHeaderDamaged: 0,
    compressionMethod: 0,
    inflateFailed: 0,
    checksumMismatch: 0,
    partMissing: 0,
    documentMissing: 0,
    doctypeInDocument: 0,
    sheetPartMissing: 0,
    emptyPart: 0,
    notEncoding: 0,
    notRelationships: 0,
    refNotClosed: 0,
    badCharRef: 0,
    charRefNotXml: 0,
    undefinedEntity: 0,
    badChar: 0,
    ltInAttribute: 0,
    unclosedElement: 0,
    noRoot: 0,
    endsInMarkup: 0,
    textOutsideRoot: 0,
    cdataEnd: 0,
    badEndTag: 0,
    endTagNothingOpen: 0,
    endTagMismatch: 0,
    piNoTarget: 0,
    badPi: 0,
    declarationNotAtStart: 0,
    badDeclaration: 0,
    encodingMismatch: 0,
    badComment: 0,
    cdataOutsideRoot: 0,
    doctype: 0,
    badMarkupDeclaration: 0,
    badStartTag: 0,
    badStartTagNamed: 0,
    noSpaceBeforeAttribute: 0,
    tooManyAttributes: 0,
    badAttribute: 0,
    attributeNoValue: 0,
    attributeNotQuoted: 0,
    attributeTwice: 0,
    secondRoot: 0,
    nestedTooDeep: 0,
    unboundPrefix: 0,
    xmlMalformed: 0,
    legacyUnreadable: 0,
  };
  const ALL = Object.keys(EVERY) as CorruptReason[];
  const DATA = { name: "c", value: "row", text: "invalid distance too far back", encoding: "UTF-8", ext: "xlsx", count: 12000, max: 10000 };

  it.each(ALL)("%s is a known reason with a Vietnamese text of its own", (reason) => {
    expect(isCorruptReason(reason)).toBe(true);
    const vi = corruptDetail(reason, DATA, "vi");
    const en = corruptDetail(reason, DATA, "en");
    expect(vi).not.toBe("");
    expect(en).not.toBe("");
    expect(vi).not.toBe(en);
    // A library's English message is for --lang en and JSON only.
    expect(vi).not.toContain(DATA.text);
  });

  it("put the part first, write counts as each language does, and keep the English detail in args", () => {
    const f = fileProblem("FILE_CORRUPT", "a.xlsx", corruptArgs("nestedTooDeep", { part: "xl/worksheets/sheet1.xml", max: 10000 }));
    expect(f.args).toEqual({ reason: "nestedTooDeep", part: "xl/worksheets/sheet1.xml", max: 10000, detail: "xl/worksheets/sheet1.xml: elements nested deeper than 10000 levels" });
    expect(f.message.vi).toContain("(xl/worksheets/sheet1.xml: các phần tử lồng nhau sâu quá 10.000 cấp)");
    expect(f.message.en).toContain("(xl/worksheets/sheet1.xml: elements nested deeper than 10000 levels)");
  });

  it("quote a detail given without a reason (or with one this version does not know) in both languages", () => {
    const plain = fileProblem("FILE_CORRUPT", "a.xlsx", { detail: "host's own reason" });
    expect(plain.message.vi).toContain("(host's own reason)");
    expect(plain.message.en).toContain("(host's own reason)");
    const unknown = fileProblem("FILE_CORRUPT", "a.xlsx", { detail: "later reason", reason: "fromTheFuture" as CorruptReason });
    expect(unknown.message.vi).toContain("(later reason)");
  });

  it("cut a quoted piece of a hostile file short", () => {
    const args = corruptArgs("duplicatePart", { name: "x".repeat(100_000) });
    expect(String(args.name).length).toBeLessThanOrEqual(161);
    expect(args.detail.length).toBeLessThan(200);
  });
});

describe("FILE_UNSUPPORTED_FORMAT details", () => {
  it.each([
    ["binary", "tệp nhị phân"],
    ["zip archive without a workbook", "tệp nén zip không có sổ làm việc bên trong"],
    ["not a Word .docx document", "không phải văn bản Word .docx"],
    ["Office 97–2003 / OLE2", "tệp Office 97–2003 (OLE2)"],
    [".pdf", ".pdf"],
  ])("%s is said in Vietnamese when it is words, as given when it is a format's name", (detail, vi) => {
    const f = fileProblem("FILE_UNSUPPORTED_FORMAT", "a.bin", { detail });
    expect(f.message.vi).toContain(`(${vi})`);
    expect(f.message.en).toContain(`(${detail})`);
  });
});
