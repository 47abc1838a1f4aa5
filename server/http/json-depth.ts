import { ApiError } from './errors';

/** No post or setting nests deeper; a body that does is refused before JSON.parse ever sees it. */
export const MAX_JSON_DEPTH = 100;

/**
 * The depth of the deepest array or object in JSON text, counted in one linear scan that skips strings,
 * and stops as soon as `max` is passed (so a 5 MB run of `[[[[` costs milliseconds, where JSON.parse
 * would block the event loop for seconds). Invalid JSON is left for JSON.parse to report.
 */
export function jsonDepthExceeds(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > max) return true;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return false;
}

/** Throws a 400 naming the limit when `text` nests deeper than MAX_JSON_DEPTH. */
export function assertJsonDepth(text: string, where = 'body'): void {
  if (jsonDepthExceeds(text)) {
    throw new ApiError(
      'bad_request',
      `${where} nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`,
      {
        where,
        limit: MAX_JSON_DEPTH,
      },
    );
  }
}
