/**
 * Fallback brand predicate for firehose sources: the source's `query` as comma-separated keywords,
 * matched case-insensitively as whole words. No query matches nothing (a firehose is never ingested whole).
 */
export function keywordMatcher(query: string | null): (text: string) => boolean {
  const words = (query ?? '')
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0);
  if (words.length === 0) return () => false;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
  return (text) => pattern.test(text);
}
