/**
 * Which organisation each alias points at. A target is written like any name
 * (so `THPT Pró` works as well as the table's spelling); a target that is itself
 * another alias is followed, and a loop is reported rather than followed forever.
 */
import type { OrgReading } from "./identity";
import { nameReadings, type OrgIndex } from "./org-index";

export interface AliasLike {
  readonly written: string;
  readonly target: string;
}

export type AliasResolution =
  | { readonly status: "resolved"; readonly index: number }
  | { readonly status: "unknown" }
  | { readonly status: "ambiguous"; readonly candidates: readonly number[] }
  | { readonly status: "circular" };

/** Exactly one organisation by identity, else by a kindless match; the matcher's own rules without aliases. */
export function resolveDirect(index: OrgIndex, readings: readonly OrgReading[]): AliasResolution {
  const same = index.identical(readings);
  if (same.size === 1) return { status: "resolved", index: [...same][0] ?? -1 };
  if (same.size > 1) return { status: "ambiguous", candidates: [...same] };
  const kindless = index.kindless(readings);
  if (kindless.size === 1) return { status: "resolved", index: [...kindless][0] ?? -1 };
  if (kindless.size > 1) return { status: "ambiguous", candidates: [...kindless] };
  return { status: "unknown" };
}

export function resolveAliases(index: OrgIndex, aliases: readonly AliasLike[]): AliasResolution[] {
  const writtenReadings = aliases.map((a) => nameReadings(a.written));
  const byWritten = new Map<string, number>();
  writtenReadings.forEach((rs, i) => {
    for (const r of rs) {
      const k = `${r.unit ?? "-"}|${r.proper}`;
      if (!byWritten.has(k)) byWritten.set(k, i);
    }
  });
  const aliasOf = (target: string): number | undefined => {
    for (const r of nameReadings(target)) {
      const hit = byWritten.get(`${r.unit ?? "-"}|${r.proper}`);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };

  return aliases.map((alias, start) => {
    const seen = new Set<number>([start]);
    let target = alias.target;
    for (;;) {
      const direct = resolveDirect(index, nameReadings(target));
      if (direct.status !== "unknown") return direct;
      const next = aliasOf(target);
      if (next === undefined) return { status: "unknown" };
      if (seen.has(next)) return { status: "circular" };
      seen.add(next);
      target = aliases[next]?.target ?? "";
    }
  });
}
