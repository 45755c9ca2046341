/**
 * Finds which organisation of the allocation table a submitted name denotes.
 * It decides only on identity (kind and proper name agree), a confirmed alias,
 * or a kindless name that fits exactly one organisation; anything else is left
 * unmatched with ranked suggestions for the user, never guessed.
 */
import type { Alias } from "./aliases";
import { resolveAliases, resolveDirect } from "./alias-resolve";
import { readingKey } from "./identity";
import { nameReadings, OrgIndex, type OrgRef, type Suggestion } from "./org-index";

export type { OrgRef, Suggestion } from "./org-index";

export type MatchResult =
  | { readonly status: "matched"; readonly index: number; readonly via: "identity" | "alias" | "kindless" }
  | { readonly status: "unmatched"; readonly suggestions: ReadonlyArray<Suggestion> };

export interface Matcher {
  match(written: string): MatchResult;
}

const NO_MATCH: MatchResult = { status: "unmatched", suggestions: [] };

export function createMatcher(orgs: readonly OrgRef[], aliases: readonly Alias[] = []): Matcher {
  const index = new OrgIndex(orgs);
  const aliasTargets = new Map<string, number>();
  resolveAliases(index, aliases).forEach((resolution, i) => {
    const alias = aliases[i];
    if (resolution.status !== "resolved" || !alias) return;
    const readings = nameReadings(alias.written);
    // An organisation's own name is never redirected; readAliasGrid reports such rows as ALIAS_CONFLICT.
    const itself = resolveDirect(index, readings);
    if (itself.status === "resolved" && itself.index !== resolution.index) return;
    for (const r of readings) {
      const key = readingKey(r);
      // The first confirmed row wins; readAliasGrid reports the conflicting ones.
      if (!aliasTargets.has(key)) aliasTargets.set(key, resolution.index);
    }
  });
  const cache = new Map<string, MatchResult>();

  const decide = (written: string): MatchResult => {
    const readings = nameReadings(written);
    if (readings.length === 0) return NO_MATCH;
    const same = index.identical(readings);
    const only = (s: Set<number>): number => [...s][0] ?? -1;
    if (same.size === 1) return { status: "matched", index: only(same), via: "identity" };
    if (same.size > 1) return { status: "unmatched", suggestions: index.suggest(readings, 3, same) };
    for (const r of readings) {
      const target = aliasTargets.get(readingKey(r));
      if (target !== undefined) return { status: "matched", index: target, via: "alias" };
    }
    const kindless = index.kindless(readings);
    if (kindless.size === 1) return { status: "matched", index: only(kindless), via: "kindless" };
    if (kindless.size > 1) return { status: "unmatched", suggestions: index.suggest(readings, 3, kindless) };
    return { status: "unmatched", suggestions: index.suggest(readings) };
  };

  return {
    match(written: string): MatchResult {
      let result = cache.get(written);
      if (result === undefined) {
        result = decide(written);
        cache.set(written, result);
      }
      return result;
    },
  };
}
