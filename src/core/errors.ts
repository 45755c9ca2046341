/**
 * Thrown errors are for programmer mistakes only (a wrong argument, a broken
 * invariant). Anything a user can cause — a bad cell, a bad file, an unknown
 * name — is returned as a Finding or an InputProblem value instead.
 */
export class PtdvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidArgumentError extends PtdvError {}

export class InvariantError extends PtdvError {}

export function isPtdvError(e: unknown): e is PtdvError {
  return e instanceof PtdvError;
}
