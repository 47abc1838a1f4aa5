/** Where a bad value was: the part of the request (or input) and the path inside it. */
export type Issue = { where: 'json' | 'query' | 'param'; path: string; message: string };

/**
 * Domain errors: services and read models throw these, knowing nothing of HTTP; app.ts maps them to
 * status codes and the one error shape (NotFound 404, Conflict 409, Invalid 400, Unavailable 503).
 */
export class NotFound extends Error {
  override name = 'NotFound';
}

export class Conflict extends Error {
  override name = 'Conflict';
}

export class Invalid extends Error {
  override name = 'Invalid';
  constructor(
    message: string,
    readonly issues: readonly Issue[],
  ) {
    super(message);
  }
}

/** This instance cannot do it (e.g. a standby asked to poll a feed). */
export class Unavailable extends Error {
  override name = 'Unavailable';
}

/** One bad value, with the message naming where it is. */
export const invalid = (where: Issue['where'], path: string, message: string): Invalid =>
  new Invalid(`${where} ${path}: ${message}`, [{ where, path, message }]);

export type DomainError = NotFound | Conflict | Invalid | Unavailable;
