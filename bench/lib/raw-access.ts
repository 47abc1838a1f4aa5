// Direct database access for bench/queries.ts, beside the store under test: the raw-scan series and the
// OFFSET pagination a naive design would use, with rows mapped exactly as the store maps them.

import Database from 'better-sqlite3';
import type { Post } from '../../shared/post';
import { encodeCursor } from '../../server/store/cursor';
import { buildPostQuery } from '../../server/store/post-query';
import { createPgPool, renumberPlaceholders } from '../../server/store/postgres/pool';
import { type PgPostRow, postFromPgRow } from '../../server/store/postgres/rows';
import { type PostRow, postFromRow } from '../../server/store/sqlite/rows';
import type { PostQuery, RollupQuery, RollupRow } from '../../server/store/types';
import { pgRawRollups, sqliteRawRollups } from './raw-series';

export type RawAccess = {
  rollups: (q: RollupQuery) => Promise<RollupRow[]>;
  /** The page `offset` rows into the listing, by LIMIT/OFFSET instead of a keyset cursor. */
  offsetPage: (q: PostQuery, offset: number) => Promise<Post[]>;
  /** The keyset cursor that continues the listing after its first `offset` rows. */
  cursorAfter: (q: PostQuery, offset: number) => Promise<string | null>;
  close: () => Promise<void>;
};

const SQLITE_SQL = { caseInsensitiveLike: 'LIKE', brandsAgg: 'group_concat(pb.brand)' };
const PG_SQL = { caseInsensitiveLike: 'ILIKE', brandsAgg: "string_agg(pb.brand, ',' ORDER BY pb.brand)" };
/** buildPostQuery asks for one row more than the limit (to know whether a next page exists). */
const exactly = (q: PostQuery, limit: number): PostQuery => ({ ...q, cursor: undefined, limit: limit - 1 });
const keyOf = (r: { created_at: number; pk: number } | undefined): string | null =>
  r ? encodeCursor({ t: Number(r.created_at), k: Number(r.pk) }) : null;

export function sqliteRaw(file: string): RawAccess {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const rows = (q: PostQuery, limit: number, offset: number): PostRow[] => {
    const { sql, args } = buildPostQuery(exactly(q, limit), SQLITE_SQL);
    return db.prepare(`${sql} OFFSET ?`).all(...args, offset) as PostRow[];
  };
  return {
    rollups: sqliteRawRollups(db),
    offsetPage: async (q, offset) => rows(q, q.limit, offset).map(postFromRow),
    cursorAfter: async (q, offset) => keyOf(rows(q, 1, offset - 1)[0]),
    async close() {
      db.close();
    },
  };
}

export function pgRaw(url: string, schema: string): RawAccess {
  const pool = createPgPool({ url, schema, max: 2 });
  const rows = async (q: PostQuery, limit: number, offset: number): Promise<PgPostRow[]> => {
    const { sql, args } = buildPostQuery(exactly(q, limit), PG_SQL);
    return (await pool.query<PgPostRow>(renumberPlaceholders(`${sql} OFFSET ?`), [...args, offset])).rows;
  };
  return {
    rollups: pgRawRollups(pool),
    offsetPage: async (q, offset) => (await rows(q, q.limit, offset)).map(postFromPgRow),
    cursorAfter: async (q, offset) => keyOf((await rows(q, 1, offset - 1))[0]),
    async close() {
      await pool.end();
    },
  };
}
