/**
 * Font names of text cells in a BIFF8 .xls, which SheetJS does not expose:
 * TCVN3-era tables are .xls files whose text only makes sense with the
 * `.VnTime` font it was typed in, and the engine's legacy detection needs that
 * name per cell. A record scan of the Workbook stream: FONT and XF records
 * give each cell style's font; BOUNDSHEET/BOF say which sheet a cell record
 * belongs to; the string cell records (LABELSST, LABEL, RSTRING) give
 * row, column and style.
 */

const BOF = 0x0809;
const BOUNDSHEET = 0x0085;
const FONT = 0x0031;
const XF = 0x00e0;
const STRING_CELLS = new Set([0x00fd, 0x0204, 0x00d6]);

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
}

function fontName(b: Uint8Array, o: number, size: number): string {
  // FONT: 14 bytes of metrics, then a ShortXLUnicodeString (cch, flags, chars).
  const cch = b[o + 14] ?? 0;
  const wide = ((b[o + 15] ?? 0) & 1) === 1;
  let s = "";
  for (let k = 0; k < cch; k++) {
    const p = o + 16 + (wide ? k * 2 : k);
    if (p >= o + size) break;
    s += String.fromCharCode(wide ? u16(b, p) : (b[p] ?? 0));
  }
  return s;
}

/** Sheet name → "row,col" (zero-based) → font name, for text cells only. */
export type BiffFonts = Map<string, Map<string, string>>;

export function biffCellFonts(stream: Uint8Array): BiffFonts {
  const fonts: string[] = [];
  const xfFont: number[] = [];
  const sheetAt = new Map<number, string>();
  const out: BiffFonts = new Map();
  let current: Map<string, string> | undefined;
  let p = 0;
  while (p + 4 <= stream.length) {
    const type = u16(stream, p);
    const size = u16(stream, p + 2);
    const o = p + 4;
    if (o + size > stream.length) break;
    if (type === FONT) fonts.push(fontName(stream, o, size));
    else if (type === XF) xfFont.push(u16(stream, o));
    else if (type === BOUNDSHEET) {
      const cch = stream[o + 6] ?? 0;
      const wide = ((stream[o + 7] ?? 0) & 1) === 1;
      let name = "";
      for (let k = 0; k < cch; k++) name += String.fromCharCode(wide ? u16(stream, o + 8 + k * 2) : (stream[o + 8 + k] ?? 0));
      sheetAt.set(u32(stream, o), name);
    } else if (type === BOF) {
      const name = sheetAt.get(p);
      current = undefined;
      if (name !== undefined) {
        current = new Map();
        out.set(name, current);
      }
    } else if (current && STRING_CELLS.has(type) && size >= 6) {
      const ixfe = u16(stream, o + 4);
      const ifnt = xfFont[ixfe];
      // Font index 4 does not exist in BIFF: indices above it are one off.
      const font = ifnt === undefined ? undefined : fonts[ifnt >= 4 ? ifnt - 1 : ifnt];
      if (font) current.set(`${u16(stream, o)},${u16(stream, o + 2)}`, font);
    }
    p = o + size;
  }
  return out;
}
