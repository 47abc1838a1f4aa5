import type pg from 'pg';
import type { BrandActivity, RollupQuery, RollupRow } from '../types';

/**
 * Buckets and their complaint categories in one round trip (categories as a jsonb object). The categories
 * are folded per bucket before the join: a subquery per bucket re-read every category row for each bucket
 * (24 h @5m with its week of history took seconds on a month of posts; bench/queries.ts).
 */
export async function pgRollups(pool: pg.Pool, q: RollupQuery): Promise<RollupRow[]> {
  const res = await pool.query<RollupRow>(
    `WITH r AS (
       SELECT (minute / $1) * $1 AS t, SUM(posts) AS posts, SUM(complaints) AS complaints,
              SUM(negatives) AS negatives, SUM(sentiment_sum) AS sentiment_sum, SUM(official) AS official,
              SUM(harm) AS harm
         FROM rollups WHERE brand = $2 AND minute >= $3 AND minute < $4
        GROUP BY 1
     ), c AS (
       SELECT t, jsonb_object_agg(category, n) AS categories
         FROM (SELECT (minute / $1) * $1 AS t, category, SUM(complaints) AS n
                 FROM rollup_categories WHERE brand = $2 AND minute >= $3 AND minute < $4
                GROUP BY 1, 2) per_category
        GROUP BY t
     )
     SELECT r.t, r.posts, r.complaints, r.negatives, r.sentiment_sum AS "sentimentSum", r.official, r.harm,
            COALESCE(c.categories, '{}'::jsonb) AS categories
       FROM r LEFT JOIN c ON c.t = r.t ORDER BY r.t`,
    [q.bucketMs, q.brand, q.from, q.to],
  );
  return res.rows;
}

export async function pgBrandActivity(pool: pg.Pool, from: number, to: number): Promise<BrandActivity[]> {
  const res = await pool.query<BrandActivity>(
    `SELECT b.id AS brand,
            COALESCE(SUM(r.posts), 0) AS posts,
            COALESCE(SUM(r.complaints), 0) AS complaints,
            COALESCE(SUM(r.negatives), 0) AS negatives,
            (SELECT MAX(created_at) FROM post_brands pb WHERE pb.brand = b.id) AS "lastPostAt"
       FROM brands b LEFT JOIN rollups r ON r.brand = b.id AND r.minute >= $1 AND r.minute < $2
      GROUP BY b.id ORDER BY b.id`,
    [from, to],
  );
  return res.rows;
}
