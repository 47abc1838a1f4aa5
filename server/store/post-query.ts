import { decodeCursor } from './cursor';
import type { PostQuery } from './types';
import { likePattern } from './sqlite/rows';

/**
 * Builds the post listing SQL shared by both backends, with `?` placeholders (the PostgreSQL store
 * renumbers them). Keyset pagination over (created_at desc, pk desc).
 */
export function buildPostQuery(
  q: PostQuery,
  opts: { caseInsensitiveLike: string; brandsAgg: string },
): { sql: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const timeCol = q.brand ? 'b.created_at' : 'p.created_at';
  let from = 'posts p';
  if (q.brand) {
    from = 'post_brands b JOIN posts p ON p.pk = b.post_pk';
    where.push('b.brand = ?');
    args.push(q.brand);
  }
  if (q.from !== undefined) {
    where.push(`${timeCol} >= ?`);
    args.push(q.from);
  }
  if (q.to !== undefined) {
    where.push(`${timeCol} < ?`);
    args.push(q.to);
  }
  if (q.complaint !== undefined) {
    where.push('p.complaint = ?');
    args.push(q.complaint ? 1 : 0);
  }
  if (q.harm !== undefined) {
    where.push('p.harm = ?');
    args.push(q.harm ? 1 : 0);
  }
  if (q.label) {
    where.push('p.label = ?');
    args.push(q.label);
  }
  if (q.category) {
    where.push("p.categories LIKE ? ESCAPE '\\'");
    args.push(likePattern(`,${q.category},`));
  }
  if (q.official !== undefined) {
    const inner = 'EXISTS (SELECT 1 FROM post_brands o WHERE o.post_pk = p.pk AND o.official = 1)';
    where.push(q.official ? inner : `NOT ${inner}`);
  }
  if (q.q) {
    where.push(`p.text ${opts.caseInsensitiveLike} ? ESCAPE '\\'`);
    args.push(likePattern(q.q));
  }
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  if (cursor) {
    // The leading `<=` repeats what the OR implies: an OR is no index range bound for either planner, so
    // without it every page scanned the index from the newest row down to the cursor (bench/queries.ts).
    where.push(`${timeCol} <= ? AND (${timeCol} < ? OR (${timeCol} = ? AND p.pk < ?))`);
    args.push(cursor.t, cursor.t, cursor.t, cursor.k);
  }
  const sql = `SELECT p.*,
      (SELECT ${opts.brandsAgg} FROM post_brands pb WHERE pb.post_pk = p.pk) AS brands,
      (SELECT MAX(pb.official) FROM post_brands pb WHERE pb.post_pk = p.pk) AS official
    FROM ${from}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${timeCol} DESC, p.pk DESC
    LIMIT ?`;
  args.push(q.limit + 1);
  return { sql, args };
}
