// The alternative to the rollups for bench/queries.ts: the same RollupRow buckets computed the way a
// design without rollups would, by scanning the brand's raw posts (post_brands JOIN posts, GROUP BY).
// Plugged into readSeries in place of store.rollups, it yields the very response GET /series returns.

import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { RollupQuery, RollupRow } from '../../server/store/types';

type Bucket = Omit<RollupRow, 'categories'>;
type CategoryCount = { t: number; category: string; n: number };

function merge(rows: Bucket[], cats: CategoryCount[]): RollupRow[] {
  const byT = new Map<number, RollupRow>();
  for (const r of rows) byT.set(r.t, { ...r, categories: {} });
  for (const c of cats) {
    const row = byT.get(c.t);
    if (row) row.categories[c.category] = c.n;
  }
  return [...byT.values()];
}

// As in the store, better-sqlite3 binds numbers as REAL: the CAST keeps the bucket division integral.
const SQLITE_FROM = `FROM post_brands b JOIN posts p ON p.pk = b.post_pk
  WHERE b.brand = @brand AND b.created_at >= @from AND b.created_at < @to`;
const SQLITE_T = '(b.created_at / CAST(@b AS INTEGER)) * @b';

export function sqliteRawRollups(db: Database.Database) {
  const buckets = db.prepare(
    `SELECT ${SQLITE_T} AS t, COUNT(*) AS posts, SUM(p.complaint) AS complaints,
            SUM(p.label = 'negative') AS negatives, SUM(json_extract(p.score, '$.sentiment')) AS sentimentSum,
            SUM(b.official) AS official, SUM(p.harm) AS harm
     ${SQLITE_FROM} GROUP BY t ORDER BY t`,
  );
  const categories = db.prepare(
    `SELECT ${SQLITE_T} AS t, c.value AS category, COUNT(*) AS n
     FROM post_brands b JOIN posts p ON p.pk = b.post_pk, json_each(p.score, '$.categories') c
     WHERE b.brand = @brand AND b.created_at >= @from AND b.created_at < @to AND p.complaint = 1
     GROUP BY t, category`,
  );
  return async (q: RollupQuery): Promise<RollupRow[]> => {
    const args = { b: q.bucketMs, brand: q.brand, from: q.from, to: q.to };
    return merge(buckets.all(args) as Bucket[], categories.all(args) as CategoryCount[]);
  };
}

const PG_WHERE = 'b.brand = $2 AND b.created_at >= $3 AND b.created_at < $4';

export function pgRawRollups(pool: pg.Pool) {
  return async (q: RollupQuery): Promise<RollupRow[]> => {
    const args = [q.bucketMs, q.brand, q.from, q.to];
    const [buckets, categories] = await Promise.all([
      pool.query<Bucket>(
        `SELECT (b.created_at / $1) * $1 AS t, COUNT(*) AS posts, SUM(p.complaint) AS complaints,
                SUM((p.label = 'negative')::int) AS negatives,
                SUM((p.score->>'sentiment')::float8) AS "sentimentSum", SUM(b.official) AS official,
                SUM(p.harm) AS harm
           FROM post_brands b JOIN posts p ON p.pk = b.post_pk WHERE ${PG_WHERE}
          GROUP BY 1 ORDER BY 1`,
        args,
      ),
      pool.query<CategoryCount>(
        `SELECT (b.created_at / $1) * $1 AS t, c AS category, COUNT(*) AS n
           FROM post_brands b JOIN posts p ON p.pk = b.post_pk,
                jsonb_array_elements_text(p.score->'categories') c
          WHERE ${PG_WHERE} AND p.complaint = 1
          GROUP BY 1, 2`,
        args,
      ),
    ]);
    return merge(buckets.rows, categories.rows);
  };
}
