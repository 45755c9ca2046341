/**
 * Why a file is damaged (FILE_CORRUPT), as a stable reason key and its data, rendered here in both
 * languages: readers used to pass an English detail that went into the Vietnamese message as it
 * was ("Tệp bị hỏng … (zip end record missing (truncated file?))"). The English text is what the
 * readers wrote before, word for word, so `args.detail` and --lang en do not change. A message that
 * only a library knows (an inflate or SheetJS error) keeps its English in `detail`; the Vietnamese
 * message names what broke without it.
 */
export type CorruptReason =
  // The zip container.
  | "zipEndMissing"
  | "zip64LocatorMissing"
  | "zip64EndMissing"
  | "tooManyEntries"
  | "directoryBeyondEnd"
  | "directoryDamaged"
  | "duplicatePart"
  | "notZip"
  | "emptyZip"
  | "textNotWorkbook"
  | "zipUnreadable"
  // One part of it.
  | "partHeaderDamaged"
  | "compressionMethod"
  | "inflateFailed"
  | "checksumMismatch"
  | "partMissing"
  | "documentMissing"
  | "doctypeInDocument"
  | "sheetPartMissing"
  | "emptyPart"
  | "notEncoding"
  | "notRelationships"
  // XML inside a part.
  | "refNotClosed"
  | "badCharRef"
  | "charRefNotXml"
  | "undefinedEntity"
  | "badChar"
  | "ltInAttribute"
  | "unclosedElement"
  | "noRoot"
  | "endsInMarkup"
  | "textOutsideRoot"
  | "cdataEnd"
  | "badEndTag"
  | "endTagNothingOpen"
  | "endTagMismatch"
  | "piNoTarget"
  | "badPi"
  | "declarationNotAtStart"
  | "badDeclaration"
  | "encodingMismatch"
  | "badComment"
  | "cdataOutsideRoot"
  | "doctype"
  | "badMarkupDeclaration"
  | "badStartTag"
  | "badStartTagNamed"
  | "noSpaceBeforeAttribute"
  | "tooManyAttributes"
  | "badAttribute"
  | "attributeNoValue"
  | "attributeNotQuoted"
  | "attributeTwice"
  | "secondRoot"
  | "nestedTooDeep"
  | "unboundPrefix"
  | "xmlMalformed"
  // A library's verdict on a whole file.
  | "legacyUnreadable";

/**
 * The data a reason names. `part` is the zip part it happened in (prefixed `part: ` to the text);
 * `name` an element, attribute or sheet name; `value` a quoted piece of the file; `text` a
 * library's own message, shown in English only.
 */
export type CorruptData = {
  readonly part?: string;
  readonly name?: string;
  readonly value?: string;
  readonly text?: string;
  readonly encoding?: string;
  readonly ext?: string;
  readonly count?: number;
  readonly max?: number;
};

import { formatNumber } from "./number-format";

type Render = (d: CorruptData) => string;

const s = (v: string | undefined): string => v ?? "";
/** A count as the English detail always wrote it (`10000`), and as Vietnamese writes it (`10.000`). */
const n = (v: number | undefined): string => String(v ?? "");
const nVi = (v: number | undefined): string => (v === undefined ? "" : formatNumber(v, "vi"));

const TEXTS: Readonly<Record<CorruptReason, { readonly en: Render; readonly vi: Render }>> = {
  zipEndMissing: { en: () => "zip end record missing (truncated file?)", vi: () => "thiếu phần kết thúc của tệp nén (tệp bị cắt cụt?)" },
  zip64LocatorMissing: { en: () => "zip64 locator missing", vi: () => "thiếu bản ghi định vị zip64 của tệp nén" },
  zip64EndMissing: { en: () => "zip64 end record missing", vi: () => "thiếu bản ghi kết thúc zip64 của tệp nén" },
  tooManyEntries: { en: (d) => `too many entries: ${n(d.count)}`, vi: (d) => `tệp nén có quá nhiều phần: ${nVi(d.count)}` },
  directoryBeyondEnd: { en: () => "central directory beyond end of file (truncated file?)", vi: () => "mục lục của tệp nén nằm ngoài cuối tệp (tệp bị cắt cụt?)" },
  directoryDamaged: { en: () => "central directory damaged", vi: () => "mục lục của tệp nén bị hỏng" },
  duplicatePart: { en: (d) => `duplicate part name: ${s(d.name)}`, vi: (d) => `trùng tên phần trong tệp nén: ${s(d.name)}` },
  notZip: { en: () => "not a zip archive", vi: () => "không phải tệp nén zip như tệp .xlsx phải là" },
  emptyZip: { en: () => "empty zip archive", vi: () => "tệp nén zip rỗng" },
  textNotWorkbook: {
    en: (d) => `text, not an .${s(d.ext)} workbook; if it is a CSV export, name it .csv`,
    vi: (d) => `tệp văn bản, không phải sổ làm việc .${s(d.ext)}; nếu là tệp CSV xuất ra, hãy đổi đuôi tên tệp thành .csv`,
  },
  zipUnreadable: { en: (d) => `zip: ${s(d.text)}`, vi: () => "không mở được tệp nén zip" },
  partHeaderDamaged: { en: () => "part header damaged or beyond the end of the file", vi: () => "phần đầu bị hỏng hoặc nằm ngoài cuối tệp" },
  compressionMethod: { en: (d) => `compression method ${n(d.count)} is not used by Excel`, vi: (d) => `kiểu nén ${nVi(d.count)} không phải kiểu Excel dùng` },
  inflateFailed: { en: (d) => s(d.text), vi: () => "dữ liệu nén bị hỏng, không giải nén được" },
  checksumMismatch: { en: () => "checksum mismatch (CRC-32)", vi: () => "sai mã kiểm tra (CRC-32): dữ liệu đã bị thay đổi hoặc hỏng" },
  partMissing: { en: (d) => `${s(d.name)} missing`, vi: (d) => `thiếu ${s(d.name)}` },
  documentMissing: { en: (d) => `no ${s(d.name)}`, vi: (d) => `thiếu ${s(d.name)}` },
  doctypeInDocument: { en: (d) => `DOCTYPE in ${s(d.name)}`, vi: (d) => `${s(d.name)} có DOCTYPE, không được phép trong văn bản Word` },
  sheetPartMissing: { en: (d) => `part of sheet “${s(d.name)}” missing`, vi: (d) => `thiếu phần dữ liệu của trang tính “${s(d.name)}”` },
  emptyPart: { en: (d) => `${s(d.name)} is empty (0 bytes)`, vi: (d) => `${s(d.name)} rỗng (0 byte)` },
  notEncoding: { en: (d) => `bytes that are not ${s(d.encoding)}`, vi: (d) => `có byte không đúng bảng mã ${s(d.encoding)}` },
  notRelationships: { en: () => "not a relationships part", vi: () => "không phải phần quan hệ (relationships)" },
  refNotClosed: { en: (d) => `a reference ${s(d.value)} is not closed by ';'`, vi: (d) => `tham chiếu ${s(d.value)} thiếu dấu ';' kết thúc` },
  badCharRef: { en: (d) => `malformed character reference ${s(d.value)}`, vi: (d) => `tham chiếu ký tự ${s(d.value)} sai cú pháp` },
  charRefNotXml: { en: (d) => `character reference ${s(d.value)} is not an XML character`, vi: (d) => `tham chiếu ký tự ${s(d.value)} không phải ký tự XML hợp lệ` },
  undefinedEntity: { en: (d) => `undefined entity &${s(d.name)};`, vi: (d) => `thực thể &${s(d.name)}; chưa được định nghĩa` },
  badChar: { en: () => "a character not allowed in XML", vi: () => "có ký tự không được phép trong XML" },
  ltInAttribute: { en: () => "'<' in an attribute value", vi: () => "có dấu '<' trong giá trị thuộc tính" },
  unclosedElement: { en: (d) => `unclosed element <${s(d.name)}>`, vi: (d) => `thẻ <${s(d.name)}> chưa được đóng` },
  noRoot: { en: () => "the document has no root element", vi: () => "tài liệu XML không có phần tử gốc" },
  endsInMarkup: { en: () => "the document ends inside markup", vi: () => "tài liệu XML kết thúc giữa chừng một thẻ" },
  textOutsideRoot: { en: () => "text outside the root element", vi: () => "có văn bản nằm ngoài phần tử gốc" },
  cdataEnd: { en: () => "']]>' in character data", vi: () => "có ']]>' trong nội dung văn bản" },
  badEndTag: { en: () => "a malformed end tag", vi: () => "thẻ đóng sai cú pháp" },
  endTagNothingOpen: { en: (d) => `end tag </${s(d.name)}> with no element open`, vi: (d) => `thẻ đóng </${s(d.name)}> không có thẻ mở tương ứng` },
  endTagMismatch: { en: (d) => `end tag </${s(d.name)}> closes <${s(d.value)}>`, vi: (d) => `thẻ đóng </${s(d.name)}> lại đóng thẻ <${s(d.value)}>` },
  piNoTarget: { en: () => "a processing instruction without a target", vi: () => "chỉ thị xử lý (<?…?>) không có tên" },
  badPi: { en: () => "a malformed processing instruction", vi: () => "chỉ thị xử lý (<?…?>) sai cú pháp" },
  declarationNotAtStart: { en: () => "an XML declaration that is not at the start of the document", vi: () => "khai báo XML không nằm ở đầu tài liệu" },
  badDeclaration: { en: () => "a malformed XML declaration", vi: () => "khai báo XML sai cú pháp" },
  encodingMismatch: {
    en: (d) => `encoding ${s(d.name)} declared in a part that is ${s(d.encoding)}`,
    vi: (d) => `khai báo bảng mã ${s(d.name)} nhưng nội dung là ${s(d.encoding)}`,
  },
  badComment: { en: () => "a malformed comment", vi: () => "chú thích (<!--…-->) sai cú pháp" },
  cdataOutsideRoot: { en: () => "CDATA outside the root element", vi: () => "CDATA nằm ngoài phần tử gốc" },
  doctype: { en: () => "DOCTYPE is not allowed in a workbook part", vi: () => "có DOCTYPE, không được phép trong sổ làm việc" },
  badMarkupDeclaration: { en: () => "a malformed declaration (<!…)", vi: () => "khai báo (<!…) sai cú pháp" },
  badStartTag: { en: () => "a malformed start tag", vi: () => "thẻ mở sai cú pháp" },
  badStartTagNamed: { en: (d) => `a malformed start tag <${s(d.name)}>`, vi: (d) => `thẻ mở <${s(d.name)}> sai cú pháp` },
  noSpaceBeforeAttribute: { en: (d) => `no white space before an attribute in <${s(d.name)}>`, vi: (d) => `thiếu khoảng trắng trước một thuộc tính trong <${s(d.name)}>` },
  tooManyAttributes: { en: (d) => `more than ${n(d.max)} attributes in <${s(d.name)}>`, vi: (d) => `hơn ${nVi(d.max)} thuộc tính trong <${s(d.name)}>` },
  badAttribute: { en: (d) => `a malformed attribute in <${s(d.name)}>`, vi: (d) => `thuộc tính sai cú pháp trong <${s(d.name)}>` },
  attributeNoValue: { en: (d) => `attribute ${s(d.value)} of <${s(d.name)}> has no value`, vi: (d) => `thuộc tính ${s(d.value)} của <${s(d.name)}> không có giá trị` },
  attributeNotQuoted: { en: (d) => `attribute ${s(d.value)} of <${s(d.name)}> is not quoted`, vi: (d) => `giá trị thuộc tính ${s(d.value)} của <${s(d.name)}> không nằm trong dấu nháy` },
  attributeTwice: { en: (d) => `attribute ${s(d.value)} twice in <${s(d.name)}>`, vi: (d) => `thuộc tính ${s(d.value)} xuất hiện hai lần trong <${s(d.name)}>` },
  secondRoot: { en: () => "a second root element", vi: () => "có phần tử gốc thứ hai" },
  nestedTooDeep: { en: (d) => `elements nested deeper than ${n(d.max)} levels`, vi: (d) => `các phần tử lồng nhau sâu quá ${nVi(d.max)} cấp` },
  unboundPrefix: { en: (d) => `unbound namespace prefix: "${s(d.name)}"`, vi: (d) => `tiền tố không gian tên “${s(d.name)}” chưa được khai báo` },
  xmlMalformed: { en: (d) => s(d.text), vi: () => "nội dung XML sai cú pháp" },
  legacyUnreadable: { en: (d) => s(d.text), vi: () => "nội dung bảng tính không đọc được" },
};

/** The detail of a damaged file in `lang`: `part: ` first when the reason happened in one. */
export function corruptDetail(reason: CorruptReason, data: CorruptData, lang: "vi" | "en"): string {
  const text = TEXTS[reason][lang](data);
  return data.part === undefined ? text : `${data.part}: ${text}`;
}

export function isCorruptReason(key: unknown): key is CorruptReason {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(TEXTS, key);
}
