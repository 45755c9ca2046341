/**
 * The shared parts of reports made from one template (workbook.xml, its relationships, styles.xml)
 * are read once per run: only a part with the very same bytes reuses an earlier reading.
 */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/limits";
import { PartCache } from "../../src/xlsx/ooxml/part-cache";
import { readZipDirectory, type ZipEntryInfo } from "../../src/xlsx/zip-directory";
import type { InflateBudget } from "../../src/xlsx/zip-entry";

const FILE = path.resolve(__dirname, "..", "fixtures", "reports", "log-2025.xlsx");

function styles(bytes: Uint8Array): ZipEntryInfo {
  const dir = readZipDirectory(bytes, 1000);
  if (!dir.ok) throw new Error(dir.reason);
  const entry = dir.entries.find((e) => e.name === "xl/styles.xml");
  if (entry === undefined) throw new Error("no styles part");
  return entry;
}

test("a second file with the same part reuses the reading and is charged the same inflated size", () => {
  const cache = new PartCache<string>();
  const bytes = new Uint8Array(fs.readFileSync(FILE));
  const entry = styles(bytes);
  let reads = 0;
  const first: InflateBudget = { total: 0 };
  const read = (budget: InflateBudget) => (): string => {
    reads++;
    budget.total += entry.uncompressedSize;
    return "parsed";
  };
  expect(cache.get(bytes, entry, DEFAULT_READ_LIMITS, first, read(first))).toBe("parsed");
  const second: InflateBudget = { total: 0 };
  expect(cache.get(new Uint8Array(bytes), entry, DEFAULT_READ_LIMITS, second, read(second))).toBe("parsed");
  expect(reads).toBe(1);
  expect(second.total).toBe(first.total);
});

test("a part with other bytes under the same directory record is read again", () => {
  const cache = new PartCache<number>();
  const bytes = new Uint8Array(fs.readFileSync(FILE));
  const entry = styles(bytes);
  cache.get(bytes, entry, DEFAULT_READ_LIMITS, { total: 0 }, () => 1);
  // The same name, sizes and CRC-32 in the directory, one compressed byte different.
  const changed = new Uint8Array(bytes);
  const at = entry.localHeaderOffset + 30 + entry.name.length + 2;
  changed[at] = (changed[at] ?? 0) ^ 0xff;
  expect(cache.get(changed, entry, DEFAULT_READ_LIMITS, { total: 0 }, () => 2)).toBe(2);
});

test("a reading that failed is not kept", () => {
  const cache = new PartCache<number>();
  const bytes = new Uint8Array(fs.readFileSync(FILE));
  const entry = styles(bytes);
  expect(() =>
    cache.get(bytes, entry, DEFAULT_READ_LIMITS, { total: 0 }, () => {
      throw new Error("damaged");
    }),
  ).toThrow("damaged");
  expect(cache.get(bytes, entry, DEFAULT_READ_LIMITS, { total: 0 }, () => 3)).toBe(3);
});

test("the limits of the reading asking are applied to a reused part", () => {
  const cache = new PartCache<number>();
  const bytes = new Uint8Array(fs.readFileSync(FILE));
  const entry = styles(bytes);
  const budget: InflateBudget = { total: 0 };
  cache.get(bytes, entry, DEFAULT_READ_LIMITS, budget, () => {
    budget.total += entry.uncompressedSize;
    return 1;
  });
  const tight = { ...DEFAULT_READ_LIMITS, maxTotalBytes: entry.uncompressedSize + 4 };
  expect(() => cache.get(bytes, entry, tight, { total: 5 }, () => 1)).toThrow(expect.objectContaining({ code: "FILE_LIMIT_EXCEEDED" }) as Error);
});
