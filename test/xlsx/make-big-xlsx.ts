/**
 * Builds large and hostile .xlsx files in a temp folder during the tests, so
 * that nothing big is committed: a minimal zip writer over Node's zlib.
 */
import * as fs from "fs";
import * as zlib from "zlib";

export interface Part {
  readonly name: string;
  /** Raw deflate data and the sizes/CRC to declare (which a hostile file may falsify). */
  readonly deflated: Buffer;
  readonly uncompressedSize: number;
  readonly crc: number;
}

export function textPart(name: string, text: string): Part {
  const raw = Buffer.from(text, "utf8");
  return { name, deflated: zlib.deflateRawSync(raw), uncompressedSize: raw.length, crc: zlib.crc32(raw) };
}

/** Deflates a sheet given as a generator of XML pieces without holding the whole text. */
export function streamedPart(name: string, pieces: Iterable<string>): Part {
  const out: Buffer[] = [];
  let size = 0;
  let crc = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    const raw = Buffer.from(pending.join(""), "utf8");
    size += raw.length;
    crc = zlib.crc32(raw, crc);
    out.push(zlib.deflateRawSync(raw, { level: 1, finishFlush: zlib.constants.Z_FULL_FLUSH }));
    pending = [];
    pendingLength = 0;
  };
  for (const p of pieces) {
    pending.push(p);
    pendingLength += p.length;
    if (pendingLength > 1 << 20) flush();
  }
  flush();
  out.push(zlib.deflateRawSync(Buffer.alloc(0)));
  return { name, deflated: Buffer.concat(out), uncompressedSize: size, crc };
}

/**
 * A part that inflates to `repeat` copies of `block` — a zip bomb. Each copy is
 * deflated independently (full flush resets the dictionary), so the compressed
 * copy can simply be repeated; the CRC is not computed (1 GB of CRC would be
 * the slow part) and readers must refuse the part long before checking it.
 */
export function bombPart(name: string, head: string, block: string, repeat: number, declaredSize?: number): Part {
  const first = zlib.deflateRawSync(Buffer.from(head, "utf8"), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const one = zlib.deflateRawSync(Buffer.from(block, "utf8"), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const chunks: Buffer[] = [first];
  for (let i = 0; i < repeat; i++) chunks.push(one);
  chunks.push(zlib.deflateRawSync(Buffer.alloc(0)));
  const real = Buffer.byteLength(head) + Buffer.byteLength(block) * repeat;
  return { name, deflated: Buffer.concat(chunks), uncompressedSize: declaredSize ?? real, crc: 0 };
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** Sizes at or above 4 GiB would need zip64; these files stay below. */
export function writeZip(file: string, parts: readonly Part[]): void {
  const fd = fs.openSync(file, "w");
  const central: Buffer[] = [];
  let offset = 0;
  try {
    for (const p of parts) {
      const name = Buffer.from(p.name, "utf8");
      const common = Buffer.concat([u16(20), u16(0x800), u16(8), u16(0), u16(0x21), u32(p.crc), u32(p.deflated.length), u32(p.uncompressedSize), u16(name.length), u16(0)]);
      const local = Buffer.concat([u32(0x04034b50), common, name]);
      fs.writeSync(fd, local);
      fs.writeSync(fd, p.deflated);
      central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
      offset += local.length + p.deflated.length;
    }
    const cd = Buffer.concat(central);
    fs.writeSync(fd, cd);
    fs.writeSync(fd, Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(parts.length), u16(parts.length), u32(cd.length), u32(offset), u16(0)]));
  } finally {
    fs.closeSync(fd);
  }
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** The fixed parts of a one-sheet workbook around the given sheet part. */
export function workbookParts(sheet: Part): Part[] {
  return [
    textPart(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    textPart(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    textPart(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    textPart(
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ];
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
export const SHEET_TAIL = "</sheetData></worksheet>";

export function* manyRows(count: number): Generator<string> {
  yield SHEET_HEAD;
  for (let r = 1; r <= count; r++) yield `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Chi bộ ${r}</t></is></c></row>`;
  yield SHEET_TAIL;
}

export function* wideRows(rows: number, columns: number): Generator<string> {
  yield SHEET_HEAD;
  for (let r = 1; r <= rows; r++) {
    yield `<row r="${r}">`;
    for (let c = 1; c <= columns; c++) yield `<c r="${colName(c)}${r}"><v>${c}</v></c>`;
    yield "</row>";
  }
  yield SHEET_TAIL;
}

function colName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
