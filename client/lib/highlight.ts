import type { Why } from '../../shared/score';

export type TextSegment = { text: string; match: boolean };

const WORD_CHAR = '[\\p{L}\\p{N}]';
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Range = { start: number; end: number };

/** The scorer reports terms as slices of the post text, so whole-word, case-insensitive matches suffice. */
function findRanges(text: string, term: string): Range[] {
  const pattern = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(term)}(?!${WORD_CHAR})`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Split post text into plain and highlighted segments for the scorer's evidence terms. */
export function highlightSegments(text: string, why: readonly Pick<Why, 'term'>[]): TextSegment[] {
  const terms = [...new Set(why.map((w) => w.term.trim()).filter((t) => t.length > 0))];
  const ranges = terms
    .flatMap((term) => findRanges(text, term))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { start, end } of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
