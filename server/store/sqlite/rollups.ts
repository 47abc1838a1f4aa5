import type Database from 'better-sqlite3';
import type { BrandActivity, RollupQuery, RollupRow } from '../types';

// better-sqlite3 binds every JS number as REAL, so `minute / @b` alone is a float division and would
// leave each minute in a bucket of its own: the CAST keeps the division integral.
export function sqliteRollups(db: Database.Database, q: RollupQuery): RollupRow[] {
  const rows = db
    .prepare(
      `SELECT (minute / CAST(@b AS INTEGER)) * @b AS t, SUM(posts) AS posts, SUM(complaints) AS complaints,
              SUM(negatives) AS negatives, SUM(sentiment_sum) AS sentimentSum, SUM(official) AS official,
              SUM(harm) AS harm
         FROM rollups WHERE brand = @brand AND minute >= @from AND minute < @to
        GROUP BY t ORDER BY t`,
    )
    .all({ b: q.bucketMs, brand: q.brand, from: q.from, to: q.to }) as Omit<RollupRow, 'categories'>[];
  const cats = db
    .prepare(
      `SELECT (minute / CAST(@b AS INTEGER)) * @b AS t, category, SUM(complaints) AS n
         FROM rollup_categories WHERE brand = @brand AND minute >= @from AND minute < @to
        GROUP BY t, category`,
    )
    .all({ b: q.bucketMs, brand: q.brand, from: q.from, to: q.to }) as {
    t: number;
    category: string;
    n: number;
  }[];
  const byT = new Map<number, RollupRow>();
  for (const r of rows) byT.set(r.t, { ...r, categories: {} });
  for (const c of cats) {
    const row = byT.get(c.t);
    if (row) row.categories[c.category] = c.n;
  }
  return [...byT.values()];
}

export function sqliteBrandActivity(db: Database.Database, from: number, to: number): BrandActivity[] {
  return db
    .prepare(
      `SELECT b.id AS brand,
              COALESCE(SUM(r.posts), 0) AS posts,
              COALESCE(SUM(r.complaints), 0) AS complaints,
              COALESCE(SUM(r.negatives), 0) AS negatives,
              (SELECT MAX(created_at) FROM post_brands pb WHERE pb.brand = b.id) AS lastPostAt
         FROM brands b LEFT JOIN rollups r ON r.brand = b.id AND r.minute >= ? AND r.minute < ?
        GROUP BY b.id ORDER BY b.id`,
    )
    .all(from, to) as BrandActivity[];
}
