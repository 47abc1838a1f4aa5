import { z } from 'zod';

/**
 * The one input sanitation, for both stores. NUL (U+0000) is no character of any name, id or search,
 * and PostgreSQL cannot store it (SQLite can): ids, names, keys and queries that contain it are
 * refused with a 4xx; the free text of a post is normalised instead (NUL removed, a lone surrogate
 * becomes U+FFFD), so a post from a sloppy upstream is kept rather than lost.
 */
export const NUL = '\u0000';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Free text as stored: without NUL characters, and valid Unicode. */
export const cleanText = (s: string): string => s.replaceAll(NUL, '').replace(LONE_SURROGATE, '\uFFFD');

/** A string field of free text, normalised by cleanText. */
export const freeText = (max: number) => z.string().max(max).transform(cleanText);

const NUL_MESSAGE = 'must not contain a NUL character (U+0000)';

/** A string that must not contain NUL (an id, a name, a key): refused, never silently changed. */
export const plainString = () => z.string().refine((s) => !s.includes(NUL), NUL_MESSAGE);

/**
 * The path of the first string holding a NUL anywhere in a JSON value (keys included), or null. Walks
 * with an explicit stack, so no nesting depth can overflow the call stack.
 */
export function findNul(value: unknown): string | null {
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, path] = item;
    if (typeof v === 'string') {
      if (v.includes(NUL)) return path.join('.') || '(root)';
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [k] of entries)
        if (k.includes(NUL)) return [...path, k.replaceAll(NUL, '\\u0000')].join('.');
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i] ?? ['', undefined];
        stack.push([child, [...path, k]]);
      }
    }
  }
  return null;
}

export { NUL_MESSAGE };
