import { describe, expect, it } from 'vitest';
import { PostInputSchema } from '../../shared/post';
import { describeIssues } from '../../server/ingest/describe-issue';

const ok = { id: 'a', source: 'x', author: 'ann', text: 'hello', createdAt: '2024-05-01T10:00:00Z' };

function reason(item: unknown): string {
  const r = PostInputSchema.safeParse(item);
  if (r.success) throw new Error('expected a rejection');
  return describeIssues(r.error.issues, item).reason;
}

describe('schema problems in plain words', () => {
  it.each([
    [{ ...ok, createdAt: undefined }, 'field `createdAt` is missing'],
    [{ ...ok, text: 42 }, 'field `text` must be text, not a whole number'],
    [{ ...ok, author: '' }, 'field `author` is empty'],
    [{ ...ok, shares: 1.5 }, 'field `shares` must be a whole number, not a number'],
    [{ ...ok, shares: -2 }, 'field `shares` must be at least 0'],
    [{ ...ok, id: -1 }, 'field `id` must be at least 0'],
    [{ ...ok, id: true }, 'field `id` must be text or a number, not true or false'],
    [{ ...ok, id: undefined }, 'field `id` is missing'],
    [{ ...ok, text: 'x'.repeat(100_001) }, 'field `text` is longer than 100000 characters'],
    [{ ...ok, url: 'javascript:alert(1)' }, 'field `url` must be an http(s) URL'],
    [{ id: 'a', text: 'hi' }, 'fields `source`, `author` and `createdAt` are missing'],
    ['just text', 'each post must be an object, not text'],
    [[ok], 'each post must be an object, not a list'],
  ])('%j -> %s', (item, expected) => {
    expect(reason(item)).toBe(expected);
  });
});
