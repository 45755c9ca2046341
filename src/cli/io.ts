/** What a command needs from the process, so commands run in tests without spawning. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Working directory against which relative paths resolve. */
  readonly cwd: string;
}
