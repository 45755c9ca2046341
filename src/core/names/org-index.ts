/**
 * The organisations of one allocation table, indexed by identity so that a
 * written name is looked up, not compared with every organisation.
 */
import { decodeLegacy, detectByContent } from "../text/legacy";
import { unaccentedKey } from "../text/normalize";
import { hasNonAscii, isUnicodeVietnamese } from "../text/syllable";
import { editDistanceFrom } from "./edit-distance";
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

/** `locality` (a bare place name such as "Hội An") says no more than `other`: it may be a commune or a district. */
function compatible(stated: OrgKind | null, other: OrgKind | null): boolean {
  const open = (k: OrgKind | null): boolean => k === null || k === "other" || k === "locality";
  return open(stated) || open(other) || stated === other;
}

/** Schools of one level written as another ("THPT" for a THCS) are a slip the user can confirm; police for the military is not. */
const SCHOOL_KINDS: ReadonlySet<OrgKind> = new Set<OrgKind>(["upperSecondary", "lowerSecondary", "continuingEducation", "higherEducation"]);

/** Whether a suggestion may cross from one kind to the other: never between kinds that cannot be the same organisation. */
function couldBeSame(stated: OrgKind | null, other: OrgKind | null): boolean {
  return compatible(stated, other) || (stated !== null && other !== null && SCHOOL_KINDS.has(stated) && SCHOOL_KINDS.has(other));
}

/** Distinct character pairs of a padded string: a cheap first filter before edit distances. */
function bigrams(s: string): Set<string> {
  const padded = ` ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) out.add(padded.slice(i, i + 2));
  return out;
}

/** Entries sharing fewer pairs than this (Dice coefficient) are too far apart to be worth an edit distance. */
const MIN_BIGRAM_OVERLAP = 0.4;

export class OrgIndex {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, Set<number>>();
  private readonly byProper = new Map<string, Entry[]>();
  private readonly gramCount: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly overlap: Int32Array;
  private readonly emptyProper: number[] = [];

  constructor(readonly orgs: readonly OrgRef[]) {
    orgs.forEach((org, index) => {
      for (const reading of nameReadings(org.name)) {
        const l = loose(reading);
        const entry: Entry = { index, reading, kind: reading.kind ?? org.kind ?? null, looseProper: l.proper, looseFull: l.full };
        const grams = bigrams(l.proper);
        if (l.proper === "") this.emptyProper.push(this.entries.length);
        this.gramCount.push(grams.size);
        for (const g of grams) {
          const list = this.postings.get(g);
          if (list) list.push(this.entries.length);
          else this.postings.set(g, [this.entries.length]);
        }
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
    this.overlap = new Int32Array(this.entries.length);
  }

  /** Entries worth scoring for one reading: those sharing enough character pairs, or all when the proper name is empty. */
  private candidates(looseProper: string): number[] {
    if (looseProper === "") return this.entries.map((_e, i) => i);
    const grams = bigrams(looseProper);
    const touched: number[] = [];
    for (const g of grams) {
      for (const e of this.postings.get(g) ?? []) {
        if (this.overlap[e] === 0) touched.push(e);
        this.overlap[e] = (this.overlap[e] ?? 0) + 1;
      }
    }
    const out: number[] = [];
    for (const e of touched) {
      const dice = (2 * (this.overlap[e] ?? 0)) / (grams.size + (this.gramCount[e] ?? 0));
      if (dice >= MIN_BIGRAM_OVERLAP) out.push(e);
      this.overlap[e] = 0;
    }
    // Entries with an empty proper name (`Đảng bộ Công an huyện` has one) share no pairs but may still be close.
    return out.concat(this.emptyProper);
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
      const distance = { proper: editDistanceFrom(l.proper), full: editDistanceFrom(l.full) };
      const pool = only ? this.entries.filter((e) => only.has(e.index)) : this.candidates(l.proper).map((i) => this.entries[i]);
      for (const e of pool) {
        if (e === undefined) continue;
        // Never offer an organisation of another kind: police is not the military, a commune is not a school.
        if (!couldBeSame(r.kind, e.kind)) continue;
        const score = this.score(r, l, e, distance);
        if (score >= MIN_SCORE && score > (best.get(e.index) ?? 0)) best.set(e.index, score);
      }
    }
    return [...best]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index, score]) => ({ index, name: this.orgs[index]?.name ?? "", score: Math.round(score * 1000) / 1000 }));
  }

  private score(r: OrgReading, l: { proper: string; full: string }, e: Entry, distance: Record<"proper" | "full", (b: string, max?: number) => number>): number {
    // An empty proper name (`Công an huyện` read as unit + "huyện" vs `Công an`) compares whole names instead.
    const useFull = l.proper === "" || e.looseProper === "";
    const a = useFull ? l.full : l.proper;
    const b = useFull ? e.looseFull : e.looseProper;
    const longest = Math.max(a.length, b.length, 1);
    if (Math.abs(a.length - b.length) > longest * (1 - MIN_SCORE)) return 0;
    // Past this distance the score is below MIN_SCORE whatever follows (the adjustments only lower it),
    // so the bounded distance can stop there: long unrelated names cost a band, not a square.
    const bound = Math.floor(longest * (1 - MIN_SCORE));
    let score = 1 - (useFull ? distance.full : distance.proper)(b, bound) / longest;
    if (r.proper !== e.reading.proper) score -= 0.02; // accents differ as well
    if (r.unit !== null && e.reading.unit !== null && r.unit !== e.reading.unit) score *= r.kind === e.kind ? 0.8 : 0.6;
    else if (r.unit === null || e.reading.unit === null) score *= 0.9;
    return score;
  }
}
