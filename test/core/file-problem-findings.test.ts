import { fileProblem, formatBytes } from "../../src/core/file-problems";

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
