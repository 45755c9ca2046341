/**
 * Why a file is damaged, in the user's language: each reader failure carries a reason key and its
 * data (args.reason, args.part…), the Vietnamese message says it in Vietnamese, and the English
 * message and args.detail say what they said before the keys existed. Damaged files are built here
 * (a workbook with one part broken), or are the committed hostile fixtures.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import type { Finding } from "../../src/core/findings";
import { SHEET_HEAD, SHEET_TAIL, streamedPart, textPart, workbookParts, writeZip, type Part } from "./make-big-xlsx";

const HOSTILE = path.join(__dirname, "..", "fixtures", "hostile");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-corrupt-reasons-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const SHEET = "xl/worksheets/sheet1.xml";

async function problemOf(name: string, parts: Part[]): Promise<Finding> {
  const file = path.join(dir, name);
  writeZip(file, parts);
  const r = await readWorkbookFile(file);
  if (r.ok) throw new Error(`${name} read`);
  return r.problem;
}

function withSheet(xml: string): Part[] {
  return workbookParts(streamedPart(SHEET, [xml]));
}

/** The Vietnamese detail in brackets, the English one, and the keyed arguments. */
function said(f: Finding): { vi: string; en: string; args: Readonly<Record<string, unknown>> } {
  const inner = (m: string): string => m.slice(m.indexOf("(") + 1, m.lastIndexOf(")"));
  return { vi: inner(f.message.vi.split(". ")[0] ?? ""), en: String(f.args["detail"]), args: f.args };
}

test.each<[string, () => Promise<Finding>, string, string, Record<string, unknown>]>([
  [
    "a truncated file (the committed fixture)",
    async () => {
      const r = await readWorkbookFile(path.join(HOSTILE, "truncated.xlsx"));
      if (r.ok) throw new Error("read");
      return r.problem;
    },
    "thiếu phần kết thúc của tệp nén (tệp bị cắt cụt?)",
    "zip end record missing (truncated file?)",
    { reason: "zipEndMissing" },
  ],
  [
    "text after the root element",
    () => problemOf("after-root.xlsx", withSheet(`${SHEET_HEAD}${SHEET_TAIL}stray`)),
    `${SHEET}: có văn bản nằm ngoài phần tử gốc`,
    `${SHEET}: text outside the root element`,
    { reason: "textOutsideRoot", part: SHEET },
  ],
  [
    "a control character in a cell",
    () => problemOf("control.xlsx", withSheet(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>${SHEET_TAIL}`)),
    `${SHEET}: có ký tự không được phép trong XML`,
    `${SHEET}: a character not allowed in XML`,
    { reason: "badChar", part: SHEET },
  ],
  [
    "a part whose bytes do not match its CRC",
    () => problemOf("crc.xlsx", workbookParts({ ...textPart(SHEET, `${SHEET_HEAD}${SHEET_TAIL}`), crc: 1 })),
    `${SHEET}: sai mã kiểm tra (CRC-32): dữ liệu đã bị thay đổi hoặc hỏng`,
    `${SHEET}: checksum mismatch (CRC-32)`,
    { reason: "checksumMismatch", part: SHEET },
  ],
  [
    "two parts of one name",
    () => problemOf("dup.xlsx", [...withSheet(`${SHEET_HEAD}${SHEET_TAIL}`), textPart(SHEET, `${SHEET_HEAD}${SHEET_TAIL}`)]),
    `trùng tên phần trong tệp nén: ${SHEET}`,
    `duplicate part name: ${SHEET}`,
    { reason: "duplicatePart", name: SHEET },
  ],
  [
    "a part cut inside a tag",
    () => problemOf("cut.xlsx", withSheet(`${SHEET_HEAD}<row r="1"><c r="A1"`)),
    `${SHEET}: tài liệu XML kết thúc giữa chừng một thẻ`,
    `${SHEET}: the document ends inside markup`,
    { reason: "endsInMarkup", part: SHEET },
  ],
  [
    "an end tag closing the wrong element",
    () => problemOf("mismatch.xlsx", withSheet(`${SHEET_HEAD}<row r="1"></c>${SHEET_TAIL}`)),
    `${SHEET}: thẻ đóng </c> lại đóng thẻ <row>`,
    `${SHEET}: end tag </c> closes <row>`,
    { reason: "endTagMismatch", part: SHEET, name: "c", value: "row" },
  ],
])("%s: Vietnamese in Vietnamese, English as before", async (_what, make, vi, en, keyed) => {
  const f = await make();
  expect(f.code).toBe("FILE_CORRUPT");
  expect(said(f)).toEqual({ vi, en, args: expect.objectContaining({ ...keyed, detail: en }) });
  expect(f.message.en).toContain(`(${en})`);
});

test("a text file named .xlsx says so in Vietnamese", async () => {
  const r = await readWorkbook(new TextEncoder().encode("STT,Tên\n1,A\n"), "plan.xlsx");
  expect(r.ok).toBe(false);
  const f = r.ok ? undefined : r.problem;
  expect(f?.args).toEqual(expect.objectContaining({ reason: "textNotWorkbook", ext: "xlsx" }));
  expect(f?.message.vi).toContain("tệp văn bản, không phải sổ làm việc .xlsx; nếu là tệp CSV xuất ra, hãy đổi đuôi tên tệp thành .csv");
  expect(f?.message.en).toContain("text, not an .xlsx workbook; if it is a CSV export, name it .csv");
});

describe("the CSV encoding note", () => {
  test("Windows-1258 chosen from the bytes: the counts in Vietnamese, the English reason as before", async () => {
    const r = await readWorkbook(new Uint8Array([0xd0, 0x61, 0xd2, 0x6e, 0x67, 0x2c, 0x31, 0x0a]), "cp1258.csv");
    const note = r.ok ? r.notes?.[0] : undefined;
    expect(note?.args).toEqual({ encoding: "WINDOWS-1258", reason: "2 of 2 non-ASCII byte sequences are not UTF-8", why: "notUtf8", invalid: 2, total: 2 });
    expect(note?.message.vi).toBe("Tệp CSV được đọc theo bảng mã WINDOWS-1258 (2 trên 2 chuỗi byte ngoài ASCII không hợp lệ theo UTF-8).");
    expect(note?.message.en).toBe("The CSV file was read as WINDOWS-1258 (2 of 2 non-ASCII byte sequences are not UTF-8).");
  });

  test("UTF-16 without a byte order mark", async () => {
    const text = "STT,Tên đơn vị\n1,Đảng bộ xã A\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const r = await readWorkbook(bytes, "u16.csv");
    const note = r.ok ? r.notes?.find((n) => n.code === "FILE_ENCODING_USED") : undefined;
    expect(note?.args["why"]).toBe("utf16WithoutBom");
    expect(note?.message.vi).toContain("tệp không có BOM, nhưng ở đầu tệp cứ cách một byte lại có một byte 0: dấu hiệu của UTF-16");
    expect(note?.message.en).toContain("UTF-16 without BOM: every other byte of the start is 0");
  });
});
