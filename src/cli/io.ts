/** What a command needs from the process, so commands run in tests without spawning. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Working directory against which relative paths resolve. */
  readonly cwd: string;
  /**
   * Called after every input is read, just before an output file is created (with its path): the
   * moment another program could create that file. Tests use it to do exactly that.
   */
  readonly beforeOutput?: (target: string) => Promise<void> | void;
  /**
   * Tuning of the process's V8 heap, given only by the process that runs `ptdv` (bin/ptdv.js): a
   * V8 flag is the whole process's, and a test or the build's training run must not change theirs.
   */
  readonly heap?: HeapTuning;
}

/** What a command may ask of the process's garbage collector (young-generation.ts). */
export interface HeapTuning {
  /** Call once per file read: stops the young generation growing past 2 × 4 MiB. */
  boundYoungGeneration(): void;
  /** Keeps the young generation at its first size, for a command whose objects all live to the end. */
  keepYoungGenerationSmall(): void;
}
