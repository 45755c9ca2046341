/** Issue #17 item 4: no text from a file reaches the terminal as a control sequence. */
import * as fs from "fs";
import * as path from "path";
import { jsonText, printable, writeJson } from "../../src/cli/printable";
import { ALLOCATION_2025, ptdv, tempDir } from "./helpers";

const CLEAR_SCREEN = "\x1b[2J";
const SET_TITLE = "\x1b]0;title\x07";
const RTL_OVERRIDE = "\u202e";
const HOSTILE_NAME = `Chi bộ ${CLEAR_SCREEN}Lạ${SET_TITLE} xã ${RTL_OVERRIDE}gnaD`;
// Everything a terminal acts on: C0 but tab and newline, DEL, C1, bidirectional controls.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function logWithHostileName(): string {
  const dir = tempDir("escapes");
  fs.writeFileSync(path.join(dir, "log.csv"), `TCCSĐ,Tháng,Kết nạp\nĐảng bộ Công an huyện,5/2025,1\n"${HOSTILE_NAME}",5/2025,2\n`);
  return dir;
}

describe("printable masks what a terminal would act on", () => {
  it("turns ESC, BEL, CR, DEL, C1 and bidi controls into U+FFFD and keeps tabs, newlines and Vietnamese", () => {
    expect(printable(`a${CLEAR_SCREEN}b${SET_TITLE}c\r\x7f\x9b${RTL_OVERRIDE}\u2066\u200f\u061c\tĐảng\n`)).toBe("a\ufffd[2Jb\ufffd]0;title\ufffdc\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\tĐảng\n");
  });

  it("jsonText writes the same characters as \\u escapes: the parsed value is unchanged", () => {
    const value = { name: `x${RTL_OVERRIDE}\x9by${CLEAR_SCREEN}` };
    const written = jsonText(value);
    expect(written).not.toMatch(TERMINAL_CONTROLS);
    expect(written).toContain("\\u202e");
    expect(JSON.parse(written)).toEqual(value);
  });

  it("writeJson writes jsonText's text in two pieces, and the mask lets the JSON through unscanned", () => {
    const value = { name: `x${RTL_OVERRIDE}\x9by${CLEAR_SCREEN}`, rows: [1, 2], message: "Chỉ tiêu của \"Chi bộ thôn 1\"" };
    const pieces: string[] = [];
    writeJson((text) => pieces.push(printable(text)), value);
    expect(pieces).toHaveLength(2);
    expect(pieces.join("")).toBe(jsonText(value));
    expect(pieces[1]).toBe("\n");
  });
});

describe("ptdv consolidate prints names from reports masked", () => {
  it("the table rows and the finding lines of the text output carry no control sequence", async () => {
    const dir = logWithHostileName();
    const r = await ptdv(dir, ["consolidate", "--allocation", ALLOCATION_2025, "--month", "2025-05", "log.csv"]);
    expect(r.code).not.toBe(2);
    expect(r.out).not.toMatch(TERMINAL_CONTROLS);
    // The name is still shown, with the controls visibly replaced, both in the "others" row and in
    // the unknown-organisation finding line.
    const shown = `Chi bộ \ufffd[2JLạ\ufffd]0;title\ufffd xã \ufffdgnaD`;
    const lines = r.out.split("\n").filter((l) => l.includes(shown));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.includes("SUBMISSION_UNKNOWN_ORGANIZATION"))).toBe(true);
  });

  it("--json keeps the name exactly, written with escapes", async () => {
    const dir = logWithHostileName();
    const r = await ptdv(dir, ["consolidate", "--allocation", ALLOCATION_2025, "--month", "2025-05", "--json", "log.csv"]);
    expect(r.out).not.toMatch(TERMINAL_CONTROLS);
    const json = JSON.parse(r.out) as { others: Array<{ name: string }> };
    expect(json.others.map((o) => o.name)).toContain(HOSTILE_NAME);
  });

  it("error lines on stderr are masked too: a hostile input path and a hostile command name", async () => {
    const dir = tempDir("escapes-err");
    const missing = await ptdv(dir, ["consolidate", "--allocation", ALLOCATION_2025, "--month", "2025-05", `x${CLEAR_SCREEN}${RTL_OVERRIDE}.csv`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("không tìm thấy đầu vào: x\ufffd[2J\ufffd.csv");
    expect(missing.err).not.toMatch(TERMINAL_CONTROLS);
    const command = await ptdv(dir, [`chec${SET_TITLE}k`]);
    expect(command.code).toBe(2);
    expect(command.err).toContain('không có lệnh "chec\ufffd]0;title\ufffdk"');
    expect(command.err).not.toMatch(TERMINAL_CONTROLS);
  });
});
