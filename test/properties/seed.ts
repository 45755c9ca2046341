/**
 * One seed for every fast-check property of a test file, printed when a
 * property fails so that the failure can be replayed:
 *
 *   FC_SEED=123456 npx jest test/properties/names.property.test.ts
 *
 * Without FC_SEED each run picks a new seed, so repeated runs keep exploring.
 */
import fc from "fast-check";

function seedFromEnvironment(): number {
  const raw = process.env.FC_SEED;
  if (raw === undefined || raw.trim() === "") return Math.floor(Math.random() * 0x7fffffff);
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${raw}"`);
  return seed;
}

export const SEED = seedFromEnvironment();

/**
 * FC_NUM_RUNS caps the runs of every property: mutation testing runs the suite
 * once per mutant and sets it low (scripts/mutate.mjs); a plain run keeps each
 * property's own count.
 */
function runsCap(): number | undefined {
  const cap = Number(process.env.FC_NUM_RUNS);
  return Number.isSafeInteger(cap) && cap > 0 ? cap : undefined;
}

/** fc.assert with this file's seed; a failure's message starts with how to replay it. */
export function assertProperty<Ts>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts> = {}): void {
  try {
    const cap = runsCap();
    const numRuns = cap === undefined ? params.numRuns : Math.min(cap, params.numRuns ?? 100);
    fc.assert(property, { ...params, ...(numRuns === undefined ? {} : { numRuns }), seed: SEED });
  } catch (error) {
    if (error instanceof Error) error.message = `Property failed with seed ${SEED}; replay it with FC_SEED=${SEED} npx jest <this file>\n${error.message}`;
    throw error;
  }
}
