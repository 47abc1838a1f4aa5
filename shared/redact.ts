/**
 * The one redaction for credentials inside URLs (`https://user:password@host/feed`, `wss://token@host`):
 * the user-info part becomes `***`. Works on a single URL and on free text that quotes URLs (log lines,
 * error messages), so every place that shows a configured URL applies the same rule.
 */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

export const REDACTED = '***';

export const redactCredentials = (text: string): string => text.replace(USERINFO, `$1${REDACTED}@`);

export const redactUrl = <T extends string | null>(url: T): T =>
  (url === null ? url : redactCredentials(url)) as T;

/** True when `shown` is what `stored` looks like redacted: a client sent back the URL it was shown. */
export const isRedactedFormOf = (shown: string, stored: string | null): boolean =>
  stored !== null && shown !== stored && redactCredentials(stored) === shown;
