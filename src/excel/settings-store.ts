/**
 * Pane settings. Per-workbook ones (target, year, header lines) live in the
 * workbook's settings through Excel.Workbook.settings, the same store the
 * registry uses: mixing it with Office.context.document.settings would keep two
 * cached copies of one store that can overwrite each other. The language is a
 * person's choice, so it lives in localStorage instead.
 */
import type { KeyValueStore, OfficeEnv } from "./office-env";

/** Keys remembered per user rather than per workbook. */
export const PER_USER_KEYS: ReadonlySet<string> = new Set(["ptdv.lang"]);

export interface SettingsStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

type Runner = OfficeEnv["run"];

export function createSettingsStore(run: Runner, delayForCellEdit: boolean, userStore: KeyValueStore | null): SettingsStore {
  // The pane asks for several settings at once; one Excel.run loads them all.
  let cache: Promise<Map<string, string>> | null = null;
  const load = (): Promise<Map<string, string>> => {
    cache ??= run(async (context) => {
      const items = context.workbook.settings;
      items.load("items/key,items/value");
      await context.sync();
      const map = new Map<string, string>();
      for (const item of items.items) if (typeof item.value === "string") map.set(item.key, item.value);
      return map;
    }, { delayForCellEdit }).catch((e: unknown) => {
      cache = null;
      throw e;
    });
    return cache;
  };
  return {
    async get(key) {
      if (PER_USER_KEYS.has(key)) return userStore?.getItem(key) ?? undefined;
      return (await load()).get(key);
    },
    async set(key, value) {
      if (PER_USER_KEYS.has(key)) {
        userStore?.setItem(key, value);
        return;
      }
      await run(async (context) => {
        context.workbook.settings.add(key, value);
        await context.sync();
      }, { delayForCellEdit });
      (await load()).set(key, value);
    },
  };
}
