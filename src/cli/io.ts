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
}
