/**
 * A server that dossier needs (PostgreSQL, Redis) cannot be reached. The CLI prints the message
 * as one line and exits with SERVICE_EXIT (69, EX_UNAVAILABLE of sysexits.h): the input was fine,
 * and the same command can succeed once the server is back.
 */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServiceError";
  }
}

export const SERVICE_EXIT = 69;

/** host:port/db of a server URL, without user or password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return "the given URL";
  }
}
