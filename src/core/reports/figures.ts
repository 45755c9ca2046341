/** The figures one organisation reports for one month, and how each is labelled and recognised. */
import type { HeaderPattern } from "../allocation/header-match";
import type { Lang } from "../findings";
import { formatNumber } from "../number-format";

export const FIGURE_KEYS = [
  "admitted",
  "students",
  "women",
  "ethnicMinority",
  "religious",
  "youthUnion",
  "awarenessClass",
  "pendingApplications",
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Parts of the admitted count: none may exceed it. */
export const BREAKDOWN_KEYS: readonly FigureKey[] = ["students", "women", "ethnicMinority", "religious", "youthUnion"];

export type Figures = Readonly<Record<FigureKey, number>>;

export const FIGURE_LABELS: Readonly<Record<FigureKey, { vi: string; en: string }>> = {
  admitted: { vi: "Kết nạp trong tháng", en: "Admitted in the month" },
  students: { vi: "Trong đó: học sinh", en: "of whom students" },
  women: { vi: "Nữ", en: "Women" },
  ethnicMinority: { vi: "Dân tộc thiểu số", en: "Ethnic minority" },
  religious: { vi: "Tôn giáo", en: "Religious" },
  youthUnion: { vi: "Đoàn viên", en: "Youth Union members" },
  awarenessClass: { vi: "Quần chúng đã học lớp bồi dưỡng nhận thức về Đảng", en: "Candidates who attended the Party awareness class" },
  pendingApplications: { vi: "Hồ sơ đang đề nghị kết nạp", en: "Applications pending" },
};

export function zeroFigures(): Record<FigureKey, number> {
  return { admitted: 0, students: 0, women: 0, ethnicMinority: 0, religious: 0, youthUnion: 0, awarenessClass: 0, pendingApplications: 0 };
}

export function sameFigures(a: Figures, b: Figures): boolean {
  return FIGURE_KEYS.every((k) => a[k] === b[k]);
}

const SHORT_LABELS: Readonly<Record<Lang, Readonly<Record<FigureKey, string>>>> = {
  vi: {
    admitted: "kết nạp",
    students: "HS",
    women: "nữ",
    ethnicMinority: "DTTS",
    religious: "tôn giáo",
    youthUnion: "đoàn viên",
    awarenessClass: "học NTVĐ",
    pendingApplications: "hồ sơ",
  },
  en: {
    admitted: "admitted",
    students: "students",
    women: "women",
    ethnicMinority: "ethnic minority",
    religious: "religious",
    youthUnion: "Youth Union",
    awarenessClass: "awareness class",
    pendingApplications: "applications",
  },
};

/** Compact figures for messages: `kết nạp 2, HS 1` / `admitted 2, students 1`. Zero parts are left out. */
export function describeFigures(f: Figures, lang: Lang = "vi"): string {
  const short = SHORT_LABELS[lang];
  const parts = [`${short.admitted} ${formatNumber(f.admitted, lang)}`];
  for (const k of FIGURE_KEYS) if (k !== "admitted" && f[k] !== 0) parts.push(`${short[k]} ${formatNumber(f[k], lang)}`);
  return parts.join(", ");
}

/**
 * Column keys of a report table and their header synonyms, most specific
 * first: mapHeaderRow gives each cell to the first spec it matches.
 */
export type ReportColumnKey = FigureKey | "organization" | "month" | "year" | "cumulative" | "note";

export const REPORT_COLUMN_SYNONYMS: ReadonlyArray<{ key: ReportColumnKey; synonyms: readonly HeaderPattern[] }> = [
  { key: "cumulative", synonyms: [/^(so )?luy ke\b/, /^cong don\b/, /^tong (so )?ket nap (tu dau nam|den nay|luy ke)/] },
  { key: "pendingApplications", synonyms: [/^(so )?ho so\b/, /\bde nghi ket nap\b/] },
  { key: "awarenessClass", synonyms: [/\bntvd\b/, /\bnhan thuc ve dang\b/, /^quan chung\b/, /\blop (boi duong )?(cam tinh|nhan thuc)\b/] },
  {
    key: "students",
    synonyms: [/^(trong do )?(co )?(hoc sinh|hs)( thpt)?$/, /^(so )?(dang vien )?(la )?hoc sinh$/],
  },
  { key: "women", synonyms: [/^(trong do )?(co )?(nu|dang vien nu|phu nu)$/] },
  { key: "ethnicMinority", synonyms: [/^(trong do )?(co )?(dan toc thieu so|dtts|dan toc|nguoi dan toc thieu so)$/] },
  { key: "religious", synonyms: [/^(trong do )?(co )?(ton giao|nguoi co dao|co dao|theo ton giao)$/] },
  { key: "youthUnion", synonyms: [/^(trong do )?(co )?(doan vien|dvtn|doan vien thanh nien)$/] },
  {
    key: "admitted",
    synonyms: [/^(so )?(dang vien )?(da )?ket nap( dang vien)?( moi)?( trong (thang|ky))?$/, /^(so )?(dang vien )?moi ket nap$/, /^so luong ket nap$/],
  },
  { key: "year", synonyms: [/^nam( bao cao)?$/] },
  { key: "month", synonyms: [/^(thang|ky|ky bao cao|thang bao cao|thoi gian|thang nam)$/] },
  { key: "note", synonyms: [/^ghi chu$/] },
];
