import { z } from 'zod';

// ISO-8601 date-time with an explicit zone (Z or ±hh:mm / ±hhmm). A time without a zone is ambiguous and
// would silently shift a series by hours, so it is rejected rather than guessed.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?\s?(Z|z|[+-]\d{2}:?\d{2})$/;

/** Parse an ISO-8601 instant with a zone to epoch milliseconds, or null. */
export function parseInstant(value: string): number | null {
  const s = value.trim();
  if (!ISO_WITH_ZONE.test(s)) return null;
  const normalised = s
    .replace(' ', 'T')
    .replace(/\s(?=[Zz+-])/, '')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(normalised);
  if (!Number.isFinite(ms)) return null;
  // Date.parse rolls 2026-02-30 over to March 2nd; a day the month does not have is an error.
  const [y = 0, m = 1, d = 1] = s.slice(0, 10).split('-').map(Number);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= days ? ms : null;
}

export const InstantSchema = z.string().transform((value, ctx) => {
  const ms = parseInstant(value);
  if (ms === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an ISO-8601 date-time with a zone, e.g. 2026-03-01T08:12:00Z',
    });
    return z.NEVER;
  }
  return ms;
});

/** Query-string time: ISO-8601 with zone, or epoch milliseconds. */
export const QueryInstantSchema = z.string().transform((value, ctx) => {
  if (/^\d{10,14}$/.test(value)) return Number(value);
  const ms = parseInstant(value);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: 'must be ISO-8601 with a zone or epoch milliseconds' });
    return z.NEVER;
  }
  return ms;
});

export const toIso = (ms: number): string => new Date(ms).toISOString();

/** A query range must run forwards: `to` at or before `from` is an error, not an empty answer. */
export function fromBeforeTo(
  q: { from?: number | undefined; to?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  if (q.from !== undefined && q.to !== undefined && q.from >= q.to)
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'must be before to' });
}
