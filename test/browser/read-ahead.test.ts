import { InvariantError } from "../../src/core";
import { readAhead } from "../../src/browser/read-ahead";

interface FakeFile {
  readonly name: string;
  readonly size: number;
}

/** Reads that finish only when the test says so, recording which started. */
function deferredReads() {
  const started: string[] = [];
  const pending = new Map<string, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  const read = (f: FakeFile): Promise<Uint8Array> => {
    started.push(f.name);
    return new Promise((resolve, reject) => pending.set(f.name, { resolve, reject }));
  };
  const finish = (name: string, bytes = new Uint8Array([name.length])): void => pending.get(name)?.resolve(bytes);
  const fail = (name: string): void => pending.get(name)?.reject(new Error(`${name} vanished`));
  return { started, read, finish, fail };
}

const files = (...sizes: number[]): FakeFile[] => sizes.map((size, i) => ({ name: `f${i}`, size }));

describe("reading chosen files ahead of the one being parsed", () => {
  it("starts the next files' reads while the first is taken, as far as the byte budget allows", () => {
    const r = deferredReads();
    const take = readAhead(files(10, 10, 10, 10, 10), r.read, 25);
    void take(0);
    // f0 is being parsed; f1 and f2 (20 bytes) fit in 25 bytes ahead, f3 would not.
    expect(r.started).toEqual(["f0", "f1", "f2"]);
    void take(1);
    expect(r.started).toEqual(["f0", "f1", "f2", "f3"]);
  });

  it("always reads the file whose turn it is, even one larger than the whole budget", async () => {
    const r = deferredReads();
    const take = readAhead(files(100, 5), r.read, 10);
    const first = take(0);
    expect(r.started).toEqual(["f0", "f1"]);
    r.finish("f0", new Uint8Array([7]));
    await expect(first).resolves.toEqual(new Uint8Array([7]));
  });

  it("gives each file its own bytes, in the order asked", async () => {
    const r = deferredReads();
    const take = readAhead(files(1, 1, 1), r.read);
    const got = [take(0), take(1), take(2)];
    r.finish("f2", new Uint8Array([2]));
    r.finish("f0", new Uint8Array([0]));
    r.finish("f1", new Uint8Array([1]));
    expect(await Promise.all(got)).toEqual([new Uint8Array([0]), new Uint8Array([1]), new Uint8Array([2])]);
  });

  it("reports a failed read when that file's turn comes, not as an unhandled rejection before", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on("unhandledRejection", onUnhandled);
    try {
      const r = deferredReads();
      const take = readAhead(files(1, 1), r.read);
      const first = take(0);
      r.fail("f1");
      r.finish("f0");
      await first;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).toEqual([]);
      await expect(take(1)).rejects.toThrow("f1 vanished");
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("reports a read that throws at once for its own file, and still reads the others", async () => {
    const take = readAhead(files(1, 1, 1), (f) => {
      if (f.name === "f1") throw new Error("f1 refused");
      return Promise.resolve(new Uint8Array([Number(f.name.slice(1))]));
    });
    await expect(take(0)).resolves.toEqual(new Uint8Array([0]));
    await expect(take(1)).rejects.toThrow("f1 refused");
    await expect(take(2)).resolves.toEqual(new Uint8Array([2]));
  });

  it("asks each file's size once, since a browser may answer it with a synchronous call", () => {
    let asked = 0;
    const counted = Array.from({ length: 4 }, (_, i) => ({
      name: `f${i}`,
      get size(): number {
        asked++;
        return 1;
      },
    }));
    const take = readAhead(counted, () => new Promise<Uint8Array>(() => undefined), 2);
    for (let i = 0; i < counted.length; i++) void take(i);
    expect(asked).toBe(4);
  });

  it("throws a programmer error when files are taken out of order or past the end", () => {
    const r = deferredReads();
    const take = readAhead(files(1, 1), r.read);
    expect(() => take(1)).toThrow(InvariantError);
    void take(0);
    void take(1);
    expect(() => take(2)).toThrow(InvariantError);
  });
});
