import type { Incident } from '../../shared/incident';
import type { AuthorQuery, IncidentQuery, MonitorRecord } from './incident-types';

/** Listing SQL shared by both backends, with `?` placeholders (the PostgreSQL store renumbers them). */
export function buildIncidentQuery(q: IncidentQuery): { sql: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.brand !== undefined) {
    where.push('brand = ?');
    args.push(q.brand);
  }
  if (q.to !== undefined) {
    where.push('start_at < ?');
    args.push(q.to);
  }
  if (q.from !== undefined) {
    where.push('(end_at IS NULL OR end_at > ?)');
    args.push(q.from);
  }
  if (q.status && q.status.length > 0) {
    where.push(`status IN (${q.status.map(() => '?').join(', ')})`);
    args.push(...q.status);
  }
  args.push(q.limit);
  return {
    sql: `SELECT data FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY start_at DESC, id DESC LIMIT ?`,
    args,
  };
}

export function buildAuthorQuery(q: AuthorQuery): { sql: string; args: unknown[] } {
  const args: unknown[] = [q.brand, q.from, q.to];
  let complaint = '';
  if (q.complaint !== undefined) {
    complaint = 'AND p.complaint = ?';
    args.push(q.complaint ? 1 : 0);
  }
  return {
    sql: `SELECT COUNT(DISTINCT p.author) AS n FROM post_brands b JOIN posts p ON p.pk = b.post_pk
           WHERE b.brand = ? AND b.created_at >= ? AND b.created_at < ? ${complaint}`,
    args,
  };
}

/** The indexed columns of an incident row; the whole wire object is kept as JSON in `data`. */
export const incidentColumns = (i: Incident): unknown[] => [
  i.id,
  i.brand,
  i.status,
  Date.parse(i.startAt),
  Date.parse(i.alertAt),
  i.endAt === null ? null : Date.parse(i.endAt),
  JSON.stringify(i),
];

export const parseIncident = (data: string): Incident => JSON.parse(data) as Incident;

export type MonitorRow = {
  brand: string;
  origin: number | null;
  cursor: number | null;
  state: string | null;
  rewind_from: number | null;
  rewind_seq: number;
};

const num = (x: number | null): number | null => (x === null ? null : Number(x));

export const monitorFromRow = (r: MonitorRow): MonitorRecord => ({
  brand: r.brand,
  origin: num(r.origin),
  cursor: num(r.cursor),
  state: r.state,
  rewindFrom: num(r.rewind_from),
  rewindSeq: Number(r.rewind_seq),
});
