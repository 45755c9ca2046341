/** localStorage when the browser allows it (file:// and private modes may not), else memory. */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createSettingsStorage(storage: Storage | null = safeLocalStorage()): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        const v = storage?.getItem(key);
        if (v !== null && v !== undefined) return v;
      } catch {
        // Fall through to memory.
      }
      return memory.get(key);
    },
    set(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // Quota or privacy mode: memory keeps it for this session.
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
