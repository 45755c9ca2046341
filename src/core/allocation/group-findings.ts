/**
 * Findings as a person would write them: the same note about eleven cells is
 * said once, with the cells ("11 ô chỉ tiêu lưu dạng văn bản: C5–C14, C19 —
 * …"), not eleven times. For the CLI text, the pane and the findings sheet;
 * `--json` keeps one finding per cell.
 */
import { parseA1, toA1 } from "../address";
import type { Finding, Lang, Severity } from "../findings";
import { formatNumber } from "../number-format";

export interface FindingGroup {
  readonly code: string;
  readonly severity: Severity;
  readonly file?: string;
  readonly sheet?: string;
  /** Every cell of the group, in sheet order. */
  readonly cells: readonly string[];
  /** The cells as a person lists them: `C5–C14, C19` (or as the host's CellLister lists them). */
  readonly cellList: string;
  /** The one message shown for the group (the finding's own message when it is alone). */
  readonly message: string;
  readonly findings: readonly Finding[];
}

/**
 * Codes whose fix is the same for every cell, so one sentence covers them all.
 * Findings of other codes each say something different (a name, a number) and stay apart.
 */
const GROUPED: Readonly<Record<string, { readonly vi: (count: string, cells: string) => string; readonly en: (count: string, cells: string, plural: boolean) => string }>> = {
  QUOTA_STORED_AS_TEXT: {
    vi: (count, cells) =>
      `${count} ô chỉ tiêu lưu dạng văn bản: ${cells} — PTĐV vẫn đọc đúng, nhưng hàm SUM của Excel bỏ qua các ô này nên tổng tính bằng SUM sẽ bị thiếu. Để SUM cộng đúng, hãy chuyển các ô đó sang dạng số với định dạng 00 (vẫn hiển thị như cũ).`,
    en: (count, cells, plural) =>
      `${count} quota cell${plural ? "s are" : " is"} stored as text: ${cells} — PTĐV reads ${plural ? "them" : "it"}, but Excel's SUM skips ${plural ? "them" : "it"}, so a SUM total comes out short. For SUM to count ${plural ? "them" : "it"}, make ${plural ? "them numbers" : "it a number"} with format 00 (${plural ? "they still show" : "it still shows"} the same).`,
  },
  QUOTA_ZERO: {
    vi: (count, cells) =>
      `${count} tổ chức có chỉ tiêu bằng 0: ${cells} — nếu tổ chức có nguồn kết nạp, hãy giao chỉ tiêu; nếu đúng là 0 thì có thể bỏ qua cảnh báo này.`,
    en: (count, cells, plural) =>
      `${count} organisation${plural ? "s have" : " has"} a quota of 0: ${cells} — assign a quota where there are candidates; if 0 is intended, ignore this warning.`,
  },
  QUOTA_MISSING: {
    vi: (count, cells) => `${count} ô chỉ tiêu để trống: ${cells} — hãy nhập số đảng viên cần kết nạp, ví dụ 03, hoặc nhập 0 nếu không giao chỉ tiêu.`,
    en: (count, cells, plural) =>
      `${count} quota cell${plural ? "s are" : " is"} blank: ${cells} — enter the number of members to admit, e.g. 03, or 0 if none is assigned.`,
  },
  HS_QUOTA_MISSING: {
    vi: (count, cells) =>
      `${count} trường có cấp THPT chưa được giao chỉ tiêu kết nạp học sinh: ${cells} — hãy ghi theo dạng 03 (01 HS): tổng chỉ tiêu, số học sinh ghi trong ngoặc.`,
    en: (count, cells, plural) =>
      `${count} school${plural ? "s" : ""} teaching upper-secondary classes ${plural ? "have" : "has"} no student quota: ${cells} — write the quota as 03 (01 HS): the total, with the number of students in brackets.`,
  },
};

function sortKey(cell: string): [number, number] {
  const at = parseA1(cell);
  return at === undefined ? [Number.MAX_SAFE_INTEGER, 0] : [at.col, at.row];
}

/**
 * `C5, C6, C7, C19` → `C5–C14, C19`: runs of consecutive rows in one column
 * become a range. Cells that are no A1 address are listed as given.
 */
export function formatCellList(cells: readonly string[]): string {
  const parsed = cells.map((c) => ({ c, at: parseA1(c) }));
  const good = parsed.filter((p) => p.at !== undefined).sort((a, b) => {
    const [ac, ar] = sortKey(a.c);
    const [bc, br] = sortKey(b.c);
    return ac - bc || ar - br;
  });
  const parts: string[] = [];
  let i = 0;
  while (i < good.length) {
    const start = good[i];
    if (start?.at === undefined) break;
    let j = i;
    for (;;) {
      const cur = good[j]?.at;
      const next = good[j + 1]?.at;
      if (cur === undefined || next === undefined || next.col !== cur.col || next.row > cur.row + 1) break;
      j++;
    }
    const end = good[j]?.at ?? start.at;
    parts.push(end.row === start.at.row ? toA1(start.at.row, start.at.col) : `${toA1(start.at.row, start.at.col)}–${toA1(end.row, end.col)}`);
    i = j + 1;
  }
  for (const p of parsed) if (p.at === undefined) parts.push(p.c);
  return parts.join(", ");
}

/** How a host lists a group's cells in its message: `C5–C14, C19` on a sheet; a Word table lists its rows. */
export type CellLister = (cells: readonly string[], lang: Lang) => string;

/**
 * Groups findings of one code (and file and sheet) whose fix is the same, in
 * the order their first finding appears. Findings without a cell, and codes
 * that say something different for each cell, stay one group each.
 */
export function groupFindings(findings: readonly Finding[], lang: Lang, listCells: CellLister = formatCellList): FindingGroup[] {
  const groups: { key: string | null; items: Finding[] }[] = [];
  const byKey = new Map<string, { key: string | null; items: Finding[] }>();
  for (const f of findings) {
    const key = GROUPED[f.code] !== undefined && f.cell !== undefined ? `${f.code}\u0000${f.file ?? ""}\u0000${f.sheet ?? ""}` : null;
    const existing = key === null ? undefined : byKey.get(key);
    if (existing) {
      existing.items.push(f);
      continue;
    }
    const g = { key, items: [f] };
    groups.push(g);
    if (key !== null) byKey.set(key, g);
  }
  return groups.map(({ items }) => {
    const first = items[0] as Finding;
    const cells = items.map((f) => f.cell).filter((c): c is string => c !== undefined);
    const cellList = listCells(cells, lang);
    const template = GROUPED[first.code];
    const message =
      items.length === 1 || template === undefined
        ? first.message[lang]
        : lang === "vi"
          ? template.vi(formatNumber(items.length, "vi"), cellList)
          : template.en(formatNumber(items.length, "en"), cellList, items.length !== 1);
    const out: { -readonly [K in keyof FindingGroup]: FindingGroup[K] } = { code: first.code, severity: first.severity, cells, cellList, message, findings: items };
    if (first.file !== undefined) out.file = first.file;
    if (first.sheet !== undefined) out.sheet = first.sheet;
    return out;
  });
}
