/**
 * The register against the monthly figures of the same organisation: the
 * persons admitted in month M (and the women, ethnic-minority, religious,
 * Youth Union and pupils among them) must equal what the monthly report says.
 */
import { makeFinding, type Finding, type FindingLocation } from "../findings";
import { identityKey } from "../text/normalize";
import { REGISTER_MESSAGES } from "./messages";
import type { RegisterPerson } from "./types";

/** What one organisation reported for one month; the fields of the monthly Figures they are compared with. */
export interface MonthlyFiguresInput {
  readonly organization: string;
  readonly year: number;
  readonly month: number;
  readonly admitted: number;
  readonly women: number;
  readonly ethnicMinority: number;
  readonly religious: number;
  readonly youthUnion: number;
  readonly students: number;
  /** Where the monthly row is, for the finding. */
  readonly location?: FindingLocation;
}

export type CrossCheckedFigure = "admitted" | "women" | "ethnicMinority" | "religious" | "youthUnion" | "students";

const FIGURES: ReadonlyArray<{ readonly key: CrossCheckedFigure; readonly vi: string; readonly en: string; readonly count: (p: RegisterPerson) => boolean }> = [
  { key: "admitted", vi: "kết nạp trong tháng", en: "admitted in the month", count: () => true },
  { key: "women", vi: "nữ", en: "women", count: (p) => p.female === true },
  { key: "ethnicMinority", vi: "dân tộc thiểu số", en: "ethnic minority", count: (p) => p.ethnicMinority === true },
  { key: "religious", vi: "tôn giáo", en: "religious", count: (p) => p.religious },
  { key: "youthUnion", vi: "đoàn viên", en: "Youth Union members", count: (p) => p.youthUnion },
  { key: "students", vi: "học sinh", en: "pupils", count: (p) => p.occupation === "pupil" },
];

export interface CrossCheckOptions {
  /**
   * The organisation a name stands for (the consolidation's matcher, which
   * knows aliases); by default names are compared by identity key. Return
   * undefined for a name that matches nothing.
   */
  readonly resolve?: (name: string) => string | undefined;
}

/**
 * Only organisations whose register lists at least one person are compared
 * (an organisation that has not started keeping the register is not flagged
 * month after month); for them every reported month is compared, a month with
 * no one listed counting as zero.
 */
export function crossCheckRegister(persons: readonly RegisterPerson[], monthly: readonly MonthlyFiguresInput[], options: CrossCheckOptions = {}): Finding[] {
  const keyOf = (name: string): string | undefined => (options.resolve ? options.resolve(name) : identityKey(name) || undefined);
  const byOrgMonth = new Map<string, RegisterPerson[]>();
  const covered = new Set<string>();
  for (const p of persons) {
    const org = keyOf(p.organization);
    if (org === undefined) continue;
    covered.add(org);
    const k = `${org}|${p.admitted.year}-${p.admitted.month}`;
    const list = byOrgMonth.get(k);
    if (list) list.push(p);
    else byOrgMonth.set(k, [p]);
  }
  const findings: Finding[] = [];
  for (const m of monthly) {
    const org = keyOf(m.organization);
    if (org === undefined || !covered.has(org)) continue;
    const listed = byOrgMonth.get(`${org}|${m.year}-${m.month}`) ?? [];
    for (const f of FIGURES) {
      const register = listed.filter(f.count).length;
      const reported = m[f.key];
      if (register === reported) continue;
      findings.push(
        makeFinding(REGISTER_MESSAGES, "REGISTER_COUNT_MISMATCH", m.location ?? listed[0]?.location ?? {}, {
          organization: m.organization,
          month: `T${m.month}/${m.year}`,
          figure: f.vi,
          figureEn: f.en,
          register,
          reported,
        }),
      );
    }
  }
  return findings;
}
