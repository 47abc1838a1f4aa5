import type pg from 'pg';
import { keepBrands } from '../post-brands';
import { type InsertResult, type NewPost, minuteOf } from '../types';

type Totals = {
  posts: number;
  complaints: number;
  negatives: number;
  sentiment: number;
  official: number;
  harm: number;
};

const keyOf = (...parts: (string | number)[]): string => JSON.stringify(parts);
const byKey = <T>(m: Map<string, T>): [string, T][] =>
  [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Inserts posts, their brand links and the per-minute rollups with a fixed number of statements whatever
 * the batch size (arrays through unnest). Must run inside a transaction.
 *
 * Every statement writes its rows in one sorted order (posts by (source, id), rollups by key), so two
 * instances storing the same posts in different orders take their locks in the same order and cannot
 * deadlock. The brands are locked first (KEY SHARE): a brand deleted meanwhile is waited for and then
 * left out, and a delete that comes later waits for this batch and removes its links with the rest, so
 * a deleted brand never keeps orphan links or rollups.
 */
export async function insertPostsPg(client: pg.PoolClient, posts: NewPost[]): Promise<InsertResult> {
  // The first occurrence of a (source, id) wins, as with one INSERT per post.
  const seen = new Set<string>();
  const unique = posts.filter((p) => {
    const k = keyOf(p.source, p.id);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (unique.length === 0) return { inserted: [], duplicates: posts.length };
  const live = await lockBrands(client, [...new Set(unique.flatMap((p) => p.brands))]);
  const batch = unique.map((p) => keepBrands(p, live));

  // Keys are numbered in input order (so later posts list first on a tie, as on SQLite), then inserted
  // sorted by the unique key: concurrent batches wait on each other's rows in one order, never a cycle.
  const res = await client.query<{ pk: number; source: string; ext_id: string }>(
    `WITH t AS (
       SELECT u.*, nextval(pg_get_serial_sequence('posts', 'pk')) AS pk
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::text[],
                     $8::text[], $9::text[], $10::bigint[], $11::text[], $12::smallint[], $13::smallint[],
                     $14::text[], $15::text[]) WITH ORDINALITY
           AS u(source, ext_id, author, text, created_at, received_at, url, lang, reply_to, shares,
                label, complaint, harm, categories, score, ord)
        ORDER BY ord)
     INSERT INTO posts (pk, source, ext_id, author, text, created_at, received_at, url, lang, reply_to, shares,
                        label, complaint, harm, categories, score)
     OVERRIDING SYSTEM VALUE
     SELECT pk, source, ext_id, author, text, created_at, received_at, url, lang, reply_to, shares,
            label, complaint, harm, categories, score::jsonb
       FROM t ORDER BY source, ext_id
     ON CONFLICT (source, ext_id) DO NOTHING
     RETURNING pk, source, ext_id`,
    [
      batch.map((p) => p.source),
      batch.map((p) => p.id),
      batch.map((p) => p.author),
      batch.map((p) => p.text),
      batch.map((p) => p.createdAt),
      batch.map((p) => p.receivedAt),
      batch.map((p) => p.url),
      batch.map((p) => p.lang),
      batch.map((p) => p.replyTo),
      batch.map((p) => p.shares),
      batch.map((p) => p.score.label),
      batch.map((p) => (p.score.complaint ? 1 : 0)),
      batch.map((p) => (p.score.harm ? 1 : 0)),
      batch.map((p) => `,${p.score.categories.join(',')},`),
      batch.map((p) => JSON.stringify(p.score)),
    ],
  );
  const pks = new Map(res.rows.map((r) => [keyOf(r.source, r.ext_id), r.pk]));

  const inserted: NewPost[] = [];
  const links = {
    brand: [] as string[],
    createdAt: [] as number[],
    pk: [] as number[],
    official: [] as number[],
  };
  const rollups = new Map<string, Totals>();
  const categories = new Map<string, number>();
  for (const p of batch) {
    const pk = pks.get(keyOf(p.source, p.id));
    if (pk === undefined) continue;
    inserted.push(p);
    const s = p.score;
    const minute = minuteOf(p.createdAt);
    for (const brand of new Set(p.brands)) {
      const official = p.officialFor.includes(brand) ? 1 : 0;
      links.brand.push(brand);
      links.createdAt.push(p.createdAt);
      links.pk.push(pk);
      links.official.push(official);
      const k = keyOf(brand, minute);
      const t = rollups.get(k) ?? {
        posts: 0,
        complaints: 0,
        negatives: 0,
        sentiment: 0,
        official: 0,
        harm: 0,
      };
      t.posts++;
      t.complaints += s.complaint ? 1 : 0;
      t.negatives += s.label === 'negative' ? 1 : 0;
      t.sentiment += s.sentiment;
      t.official += official;
      t.harm += s.harm ? 1 : 0;
      rollups.set(k, t);
      if (!s.complaint) continue;
      for (const c of new Set(s.categories)) {
        const ck = keyOf(brand, minute, c);
        categories.set(ck, (categories.get(ck) ?? 0) + 1);
      }
    }
  }
  const duplicates = posts.length - inserted.length;
  if (links.pk.length === 0) return { inserted, duplicates };

  await client.query(
    `INSERT INTO post_brands (brand, created_at, post_pk, official)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::smallint[])
     ON CONFLICT DO NOTHING`,
    [links.brand, links.createdAt, links.pk, links.official],
  );
  await upsertRollups(client, byKey(rollups));
  if (categories.size > 0) await upsertCategories(client, byKey(categories));
  return { inserted, duplicates };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Locks the named brands that exist (sorted, KEY SHARE) and returns their ids. */
async function lockBrands(client: pg.PoolClient, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const res = await client.query<{ id: string }>(
    'SELECT id FROM brands WHERE id = ANY($1::text[]) ORDER BY id FOR KEY SHARE',
    [ids.sort(compare)],
  );
  return new Set(res.rows.map((r) => r.id));
}

async function upsertRollups(client: pg.PoolClient, rows: [string, Totals][]): Promise<void> {
  const keys = rows.map(([k]) => JSON.parse(k) as [string, number]);
  await client.query(
    `INSERT INTO rollups (brand, minute, posts, complaints, negatives, sentiment_sum, official, harm)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::int[], $5::int[], $6::float8[],
                          $7::int[], $8::int[])
     ON CONFLICT (brand, minute) DO UPDATE SET
       posts = rollups.posts + excluded.posts,
       complaints = rollups.complaints + excluded.complaints,
       negatives = rollups.negatives + excluded.negatives,
       sentiment_sum = rollups.sentiment_sum + excluded.sentiment_sum,
       official = rollups.official + excluded.official,
       harm = rollups.harm + excluded.harm`,
    [
      keys.map((k) => k[0]),
      keys.map((k) => k[1]),
      rows.map(([, t]) => t.posts),
      rows.map(([, t]) => t.complaints),
      rows.map(([, t]) => t.negatives),
      rows.map(([, t]) => t.sentiment),
      rows.map(([, t]) => t.official),
      rows.map(([, t]) => t.harm),
    ],
  );
}

async function upsertCategories(client: pg.PoolClient, rows: [string, number][]): Promise<void> {
  const keys = rows.map(([k]) => JSON.parse(k) as [string, number, string]);
  await client.query(
    `INSERT INTO rollup_categories (brand, minute, category, complaints)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::int[])
     ON CONFLICT (brand, minute, category) DO UPDATE SET
       complaints = rollup_categories.complaints + excluded.complaints`,
    [keys.map((k) => k[0]), keys.map((k) => k[1]), keys.map((k) => k[2]), rows.map(([, n]) => n)],
  );
}
