/**
 * The organisations of one allocation table, indexed by identity so that a
 * written name is looked up, not compared with every organisation.
 */
import { decodeLegacy, detectByContent } from "../text/legacy";
import { unaccentedKey } from "../text/normalize";
import { hasNonAscii, isUnicodeVietnamese } from "../text/syllable";
import { boundedEditDistance } from "./edit-distance";
import { readOrgName, readingKey, type OrgReading } from "./identity";
import type { OrgKind } from "./kind";

export interface OrgRef {
  readonly name: string;
  /** The kind the allocation check gave it; used when the name itself does not say. */
  readonly kind?: OrgKind;
}

export interface Suggestion {
  readonly index: number;
  readonly name: string;
  /** 0…1, higher is closer. */
  readonly score: number;
}

interface Entry {
  readonly index: number;
  readonly reading: OrgReading;
  readonly kind: OrgKind | null;
  readonly looseProper: string;
  readonly looseFull: string;
}

/** Lowest score worth showing the user. */
const MIN_SCORE = 0.5;

/**
 * Every reading of a name, including its decoding when it is legacy-encoded
 * text nobody decoded (a single cell copied from an old .VnTime file).
 */
export function nameReadings(name: string): OrgReading[] {
  const readings = readOrgName(name);
  if (hasNonAscii(name) && !isUnicodeVietnamese(name)) {
    const encoding = detectByContent([name]);
    if (encoding !== null) readings.push(...readOrgName(decodeLegacy(name, encoding)));
  }
  return readings;
}

function loose(r: OrgReading): { proper: string; full: string } {
  const proper = unaccentedKey(r.proper);
  return { proper, full: r.unit === null ? proper : `${unaccentedKey(r.unit)} ${proper}` };
}

function compatible(stated: OrgKind | null, other: OrgKind | null): boolean {
  return stated === null || other === null || other === "other" || stated === "other" || stated === other;
}

export class OrgIndex {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, Set<number>>();
  private readonly byProper = new Map<string, Entry[]>();

  constructor(readonly orgs: readonly OrgRef[]) {
    orgs.forEach((org, index) => {
      for (const reading of nameReadings(org.name)) {
        const l = loose(reading);
        const entry: Entry = { index, reading, kind: reading.kind ?? org.kind ?? null, looseProper: l.proper, looseFull: l.full };
        this.entries.push(entry);
        const key = readingKey(reading);
        let set = this.byKey.get(key);
        if (!set) this.byKey.set(key, (set = new Set()));
        set.add(index);
        const list = this.byProper.get(reading.proper);
        if (list) list.push(entry);
        else this.byProper.set(reading.proper, [entry]);
      }
    });
  }

  /** Organisations whose kind and proper name both agree with one of the readings. */
  identical(readings: readonly OrgReading[]): Set<number> {
    const out = new Set<number>();
    for (const r of readings) for (const i of this.byKey.get(readingKey(r)) ?? []) out.add(i);
    return out;
  }

  /**
   * Organisations with the same proper name where one side does not state its
   * kind (`Ka Đô` for `Đảng bộ xã Ka Đô`). The caller accepts only a single one.
   */
  kindless(readings: readonly OrgReading[]): Set<number> {
    const out = new Set<number>();
    for (const r of readings) {
      if (r.proper === "") continue;
      for (const e of this.byProper.get(r.proper) ?? []) {
        if (r.unit === null && e.reading.unit === null) continue; // that is identity, not a kindless match
        if (r.unit === null || (e.reading.unit === null && compatible(r.kind, e.kind))) out.add(e.index);
      }
    }
    return out;
  }

  /** Up to `limit` organisations whose names are close, best first; never a decision. */
  suggest(readings: readonly OrgReading[], limit = 3, only?: ReadonlySet<number>): Suggestion[] {
    const best = new Map<number, number>();
    for (const r of readings) {
      const l = loose(r);
      for (const e of this.entries) {
        if (only && !only.has(e.index)) continue;
        const score = this.score(r, l, e);
        if (score >= MIN_SCORE && score > (best.get(e.index) ?? 0)) best.set(e.index, score);
      }
    }
    return [...best]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index, score]) => ({ index, name: this.orgs[index]?.name ?? "", score: Math.round(score * 1000) / 1000 }));
  }

  private score(r: OrgReading, l: { proper: string; full: string }, e: Entry): number {
    // An empty proper name (`Công an huyện` read as unit + "huyện" vs `Công an`) compares whole names instead.
    const useFull = l.proper === "" || e.looseProper === "";
    const a = useFull ? l.full : l.proper;
    const b = useFull ? e.looseFull : e.looseProper;
    const longest = Math.max(a.length, b.length, 1);
    const max = Math.floor(longest * (1 - MIN_SCORE));
    const d = boundedEditDistance(a, b, max);
    if (d > max) return 0;
    let score = 1 - d / longest;
    if (r.proper !== e.reading.proper) score -= 0.02; // accents differ as well
    if (r.unit !== null && e.reading.unit !== null && r.unit !== e.reading.unit) score *= r.kind === e.kind ? 0.8 : 0.6;
    else if (r.unit === null || e.reading.unit === null) score *= 0.9;
    return score;
  }
}
