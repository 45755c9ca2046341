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
  /** Several keys in one Excel.run and one sync, whatever their number. */
  setMany(entries: Readonly<Record<string, string>>): Promise<void>;
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
    set(key, value) {
      return setMany({ [key]: value });
    },
    setMany,
  };

  async function setMany(entries: Readonly<Record<string, string>>): Promise<void> {
    const all = Object.entries(entries);
    for (const [key, value] of all) if (PER_USER_KEYS.has(key)) userStore?.setItem(key, value);
    const inWorkbook = all.filter(([key]) => !PER_USER_KEYS.has(key));
    if (inWorkbook.length === 0) return;
    await run(async (context) => {
      for (const [key, value] of inWorkbook) context.workbook.settings.add(key, value);
      await context.sync();
    }, { delayForCellEdit });
    const map = await load();
    for (const [key, value] of inWorkbook) map.set(key, value);
  }
}
