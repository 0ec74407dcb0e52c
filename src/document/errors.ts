/**
 * Errors the user can act on. The CLI prints `message` as one line (what, where, what to do) and
 * exits non-zero; a stack trace is shown only with --debug.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
