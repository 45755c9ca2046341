/**
 * The launcher's writer of stdout into files (bin/ptdv.js writeUtf8): a long text is encoded piece
 * by piece, and the bytes must be exactly those of the whole text encoded at once, whatever falls on
 * the edge of a piece (issue #16).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// The launcher is plain CommonJS outside src/: required as the test of its code cache does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeUtf8 } = require(path.join(__dirname, "..", "..", "bin", "ptdv.js")) as { writeUtf8: (fd: number, text: string) => void };

/** Characters the writer encodes at a time (bin/ptdv.js WRITE_PIECE). */
const PIECE = 1 << 16;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-write-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function written(text: string): Buffer {
  const file = path.join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const fd = fs.openSync(file, "w");
  try {
    writeUtf8(fd, text);
  } finally {
    fs.closeSync(fd);
  }
  return fs.readFileSync(file);
}

describe("writeUtf8", () => {
  test.each([
    ["a short Vietnamese text", "Chi bộ thôn Số 1: chỉ tiêu 08\n"],
    ["an empty text", ""],
    ["a text exactly one piece long", "ệ".repeat(PIECE)],
    ["Vietnamese text over several pieces", "Đảng bộ xã Ea H'Leo — chỉ tiêu 1.905; ".repeat(5_000)],
    ["a surrogate pair across the first piece's edge", `${"a".repeat(PIECE - 1)}😀${"b".repeat(10)}`],
    ["a surrogate pair across every piece's edge", Array.from({ length: 4 }, () => `${"ư".repeat(PIECE - 1)}𝔸`).join("")],
    ["astral characters throughout", "𝔸😀".repeat(PIECE)],
  ])("writes %s as the same bytes as Buffer.from", (_label, text) => {
    expect(written(text).equals(Buffer.from(text, "utf8"))).toBe(true);
  });

  test("a lone surrogate becomes U+FFFD, as Buffer.from writes it", () => {
    const text = `${"a".repeat(PIECE + 5)}\ud800x`;
    const bytes = written(text);
    expect(bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(bytes.subarray(-4).toString("utf8")).toBe("\ufffdx");
  });

  test("a write refused by the descriptor is thrown with its code", () => {
    const fd = fs.openSync(path.join(dir, "read-only"), "w+");
    fs.closeSync(fd);
    const readOnly = fs.openSync(path.join(dir, "read-only"), "r");
    try {
      expect(() => writeUtf8(readOnly, "x".repeat(PIECE * 2))).toThrow(expect.objectContaining({ code: "EBADF" }));
    } finally {
      fs.closeSync(readOnly);
    }
  });
});
