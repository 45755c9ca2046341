/**
 * Who a report row belongs to: an allocation organisation (by its row index) or
 * an "other" organisation known only by the name it wrote.
 */
import type { AllocationRow } from "../../allocation/types";
import type { Alias } from "../../names/aliases";
import { classifyKind, type OrgKind } from "../../names/kind";
import { createMatcher, type Matcher } from "../../names/matcher";
import { identityKey } from "../../text/normalize";

export type Owner = { readonly kind: "org"; readonly index: number } | { readonly kind: "other"; readonly key: string; readonly name: string };

export function ownerKey(o: Owner): string {
  return o.kind === "org" ? `o:${o.index}` : `x:${o.key}`;
}

export interface Owners {
  /** Memoised per written identity: the same spelling always lands on the same owner. */
  ownerOf(name: string): Owner;
  displayName(o: Owner): string;
  kindOf(o: Owner): OrgKind;
  /** Up to three allocation names for an unmatched name, best first. */
  suggestionsFor(name: string): string[];
}

export function createOwners(orgs: readonly AllocationRow[], aliases: readonly Alias[]): Owners {
  // An organisation listed twice in the allocation table (an error the allocation check reports) must not
  // make its own name ambiguous: its reports go to its first row, not to "others".
  const firstRowOf: number[] = [];
  const seenNames = new Set<string>();
  const distinct: AllocationRow[] = [];
  orgs.forEach((o, i) => {
    const key = identityKey(o.name);
    if (seenNames.has(key)) return;
    seenNames.add(key);
    firstRowOf.push(i);
    distinct.push(o);
  });
  const matcher: Matcher = createMatcher(
    distinct.map((o) => ({ name: o.name, kind: o.kind })),
    aliases,
  );
  const cache = new Map<string, Owner>();
  return {
    ownerOf(name) {
      const key = identityKey(name);
      const cached = cache.get(key);
      if (cached) return cached;
      const r = name === "" ? null : matcher.match(name);
      const index = r !== null && r.status === "matched" ? firstRowOf[r.index] : undefined;
      // A nameless row keeps an empty name; messages and sheets show a placeholder in their own language.
      const owner: Owner = index !== undefined ? { kind: "org", index } : { kind: "other", key, name };
      cache.set(key, owner);
      return owner;
    },
    displayName: (o) => (o.kind === "org" ? (orgs[o.index]?.name ?? "") : o.name),
    kindOf: (o) => (o.kind === "org" ? (orgs[o.index]?.kind ?? "other") : classifyKind(o.name)),
    suggestionsFor(name) {
      if (name === "") return [];
      const r = matcher.match(name);
      return r.status === "unmatched" ? r.suggestions.slice(0, 3).map((s: { readonly name: string }) => s.name) : [];
    },
  };
}
