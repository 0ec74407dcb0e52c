/** An error the server answers with its status and one line (JSON for the API, a page otherwise). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, `${what} not found`);
