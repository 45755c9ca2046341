/**
 * Sends queued commands in as few syncs as Excel on the web's 5 MB request
 * limit allows: writes, and loads whose results are read once all rounds are
 * done. What is to be sent comes as items with an estimated request size;
 * items are packed into rounds under the budget, one sync per round, so a
 * small batch is still one sync. An item estimated over the budget is split
 * before it is sent, and a round Excel refuses anyway
 * (RequestPayloadSizeLimitExceeded: the estimate is only an estimate) is
 * halved and sent again, down to a single item that cannot be split, whose
 * refusal is then the user's error.
 *
 * A refused request is discarded whole, with nothing done, so sending a round
 * again is safe. Its items must queue fresh proxies each time they are queued,
 * made from objects an earlier, successful sync already knew (or looked up again).
 */
import { isPayloadLimitError, PAYLOAD_BUDGET_BYTES } from "./payload-limit";

export interface RoundItem {
  /** Estimated bytes of the request what queue() sends takes up. */
  readonly bytes: number;
  /** Queues the item's commands or loads (no sync). Called again after a refused sync. */
  queue(): void;
  /** The item as two smaller ones in order, or null when it cannot be made smaller. */
  halve?(): readonly [RoundItem, RoundItem] | null;
}

/** Splits an item until every piece is estimated under the budget (or cannot be split). */
function underBudget(item: RoundItem, budget: number): RoundItem[] {
  if (item.bytes <= budget) return [item];
  const halves = item.halve?.() ?? null;
  return halves === null ? [item] : [...underBudget(halves[0], budget), ...underBudget(halves[1], budget)];
}

/** Consecutive items in rounds whose estimates add up to at most `budget` (an item bigger than that goes alone). */
export function packRequests(items: readonly RoundItem[], budget: number = PAYLOAD_BUDGET_BYTES): RoundItem[][] {
  const rounds: RoundItem[][] = [];
  let current: RoundItem[] = [];
  let size = 0;
  for (const item of items.flatMap((i) => underBudget(i, budget))) {
    if (current.length > 0 && size + item.bytes > budget) {
      rounds.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) rounds.push(current);
  return rounds;
}

/** A refused round as two rounds: half its items each, or the halves of its only item; null when neither is possible. */
function halveRound(round: readonly RoundItem[]): RoundItem[][] | null {
  if (round.length > 1) {
    const mid = Math.ceil(round.length / 2);
    return [round.slice(0, mid), round.slice(mid)];
  }
  const halves = round[0]?.halve?.() ?? null;
  return halves === null ? null : [[halves[0]], [halves[1]]];
}

/** Queues and syncs every item in order; returns the number of syncs it took (none for no items). */
export async function syncInRounds(context: { sync(): Promise<void> }, items: readonly RoundItem[], budget: number = PAYLOAD_BUDGET_BYTES): Promise<number> {
  const pending = packRequests(items, budget);
  let syncs = 0;
  for (let round = pending.shift(); round !== undefined; round = pending.shift()) {
    for (const item of round) item.queue();
    try {
      syncs++;
      // One sync per round on purpose: each request must stay under Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const halves = isPayloadLimitError(e) ? halveRound(round) : null;
      if (halves === null) throw e;
      pending.unshift(...halves);
    }
  }
  return syncs;
}

/**
 * Rows `first … first + count - 1` of a matrix as one item, halved by rows;
 * `rowBytes[r]` is row r's estimated size and `overhead` the commands' own.
 */
export function rowsItem(first: number, count: number, rowBytes: readonly number[], overhead: number, queueRows: (first: number, count: number) => void): RoundItem {
  let bytes = overhead;
  for (let r = first; r < first + count; r++) bytes += rowBytes[r] ?? 0;
  return {
    bytes,
    queue: () => queueRows(first, count),
    halve: () => {
      if (count < 2) return null;
      const top = Math.ceil(count / 2);
      return [rowsItem(first, top, rowBytes, overhead, queueRows), rowsItem(first + top, count - top, rowBytes, overhead, queueRows)];
    },
  };
}

/** Independent commands for a list of elements as one item, halved by elements; `queueAll` queues those of the elements given. */
export function listItem<T>(elements: readonly T[], bytesOf: (element: T) => number, queueAll: (elements: readonly T[]) => void): RoundItem {
  return {
    bytes: elements.reduce((n, e) => n + bytesOf(e), 0),
    queue: () => queueAll(elements),
    halve: () => {
      if (elements.length < 2) return null;
      const mid = Math.ceil(elements.length / 2);
      return [listItem(elements.slice(0, mid), bytesOf, queueAll), listItem(elements.slice(mid), bytesOf, queueAll)];
    },
  };
}
