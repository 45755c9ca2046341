/**
 * The kind of a grassroots organisation, from its name: the allocation check
 * expects a student quota only where upper-secondary pupils are taught, and the
 * matcher never merges organisations of different kinds. The kinds follow the
 * units committees list after the 2025 reform (communes, wards and special
 * zones; chi bộ of villages and residential groups; schools, centres,
 * hospitals, agencies, blocs, enterprises) and before it (districts).
 */
import { cleanText, foldKey, identityKey } from "../text/normalize";
import { statedKind } from "./identity";

/** The values are a public contract (`check --json`): add new ones, never rename. */
export type OrgKind =
  | "commune"
  | "police"
  | "military"
  | "upperSecondary"
  | "lowerSecondary"
  | "village"
  | "continuingEducation"
  | "higherEducation"
  | "health"
  | "agency"
  | "bloc"
  | "enterprise"
  | "district"
  | "locality"
  | "other";

export const ORG_KINDS: readonly OrgKind[] = [
  "commune",
  "police",
  "military",
  "upperSecondary",
  "lowerSecondary",
  "village",
  "continuingEducation",
  "higherEducation",
  "health",
  "agency",
  "bloc",
  "enterprise",
  "district",
  "locality",
  "other",
];

/**
 * Where a student (HS) quota belongs: `required` where every unit teaches grade
 * 12 (THPT and multi-level schools with THPT), `allowed` where some may
 * (GDTX centres; districts and bare place names, which hold THPT schools), and
 * `forbidden` on every other known kind. An unknown kind (`other`) is never
 * told it cannot have one.
 */
export type StudentQuotaRule = "required" | "allowed" | "forbidden";

export function studentQuotaRule(kind: OrgKind): StudentQuotaRule {
  switch (kind) {
    case "upperSecondary":
      return "required";
    case "continuingEducation":
    case "district":
    case "locality":
    case "other":
      return "allowed";
    default:
      return "forbidden";
  }
}

/**
 * Words anywhere in the name, most specific first: `Đảng bộ Cơ quan Quân sự
 * huyện` is military and `Chi bộ Trường Cao đẳng Y tế` a college, whatever
 * the words before.
 */
const ANYWHERE: readonly { kind: OrgKind; pattern: RegExp }[] = [
  { kind: "continuingEducation", pattern: / (gdtx|gdnn|gdnn gdtx|giao duc thuong xuyen|giao duc nghe nghiep)\b/ },
  { kind: "higherEducation", pattern: / (dai hoc|cao dang|hoc vien|trung cap|truong chinh tri)\b/ },
  { kind: "upperSecondary", pattern: / (thpt|ptth|trung hoc pho thong|pho thong trung hoc)\b/ },
  { kind: "lowerSecondary", pattern: / (thcs|trung hoc co so|tieu hoc|mam non|mau giao|dtnt|dan toc noi tru)\b/ },
  { kind: "police", pattern: / cong an\b/ },
  { kind: "military", pattern: / (quan su|bchqs|bien phong|bdbp|quan doi|su doan|trung doan|lu doan|quan khu)\b/ },
  { kind: "health", pattern: / (benh vien|bvdk|y te|ttyt|phong kham|trung tam kiem soat benh tat|cdc)\b/ },
  { kind: "enterprise", pattern: / (cong ty|tong cong ty|ngan hang|doanh nghiep|hop tac xa|htx|tnhh|ctcp|nha may|xi nghiep)\b/ },
];

/** What the name says right after its party level (`Đảng bộ`, `Chi bộ`…). */
const AT_HEAD: readonly { kind: OrgKind; pattern: RegExp }[] = [
  { kind: "village", pattern: /^(khoi pho|khoi \d|khu pho|to dan pho|tdp|khu dan cu|tieu khu|plei|ple|soc|lang|xom|khom|bon|thon|buon)\b/ },
  { kind: "commune", pattern: /^(dac khu|xa|phuong|thi tran)\b/ },
  // `Quản lý` folds to `quan ly` too: a quận is recognised by its number here, by its accent below.
  { kind: "district", pattern: /^(huyen|thi xa|thanh pho|quan \d+|tp|tx)\b/ },
];

/** `Đảng bộ Khối Doanh nghiệp tỉnh` is a bloc, though it names enterprises; `Khối phố 3` and `Khối 5` are residential groups. */
const BLOC = /^khoi (?!pho\b|\d)/;

const AGENCY =
  / (co quan|ubnd|hdnd|uy ban|mttq|mat tran|doan the|van phong|ban to chuc|ban tuyen giao|ban dan van|ban noi chinh|ban kiem tra|huyen uy|tinh uy|thanh uy|thi uy|dang uy|chinh quyen|vien kiem sat|toa an|kho bac|chi cuc|hoi nong dan|hoi phu nu|hoi lien hiep phu nu|hoi cuu chien binh|doan thanh nien|lien doan lao dong|cac ban dang)\b/;

const PARTY_HEAD = /^((dang bo|chi bo|dang uy|to chuc co so dang)( co so| bo phan)?|dbcs|cbcs|tccsd|db|cb)\b ?/;

/**
 * `quận` and the party levels as identity keys: identityKey moves each tone mark
 * to the end of its word ("quâṇ"), so a pattern typed with the marks in place
 * would never match a key (it did not, and every urban district was "other").
 */
const QUAN_HEAD = new RegExp(`^${identityKey("quận")} `);
const PARTY_LEVEL_HEAD = new RegExp(`^(${["đảng bộ", "đảng ủy", "chi bộ"].map(identityKey).join("|")}) `);

/** A name that is only a place (`Hội An`, `Núi Thành`): a territorial committee listed by its place alone. */
function isBarePlace(name: string): boolean {
  const words = cleanText(name).replace(/[.,]/g, " ").split(/\s+/).filter((w) => w !== "");
  let i = 0;
  const party = ["đảng", "chi", "bộ", "ủy", "uỷ", "cơ", "sở"];
  while (i < words.length && party.includes((words[i] ?? "").toLowerCase())) i++;
  const rest = words.slice(i);
  return rest.length >= 1 && rest.length <= 4 && rest.every((w) => /^\p{Lu}[\p{L}\p{M}'’]*$/u.test(w));
}

/** The kind of a grassroots organisation, from its name as written. */
export function classifyKind(name: string): OrgKind {
  const stated = statedKind(name);
  if (stated !== null && stated !== "other") return stated;
  const folded = foldKey(identityKey(name));
  const padded = ` ${folded} `;
  const head = folded.replace(PARTY_HEAD, "");
  if (BLOC.test(head)) return "bloc";
  const anywhere = ANYWHERE.find((k) => k.pattern.test(padded));
  if (anywhere) return anywhere.kind;
  const atHead = AT_HEAD.find((k) => k.pattern.test(head));
  if (atHead) return atHead.kind;
  if (QUAN_HEAD.test(identityKey(name).replace(PARTY_LEVEL_HEAD, ""))) return "district";
  if (AGENCY.test(padded)) return "agency";
  if (folded !== "" && isBarePlace(name)) return "locality";
  return "other";
}
