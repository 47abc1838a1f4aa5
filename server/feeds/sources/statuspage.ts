import { z } from 'zod';
import type { PostInputRaw } from '../../../shared/post';
import { STATUS_INDICATORS } from '../../../shared/source';
import type { SourceConfig, StatusIndicator } from '../../../shared/source';
import { parseFeedDate } from './feed-dates';
import { plainText } from './html-text';
import { conditionalGet, parseJsonBody } from './http';
import { clip, httpUrl, isoOrNow, MAX_TEXT, partition, postSourceName } from './normalise';
import { SourceError } from './types';
import type { Cursor, PollContext, PollingAdapter, PollResult, SourceStatus } from './types';

// Atlassian Statuspage public API v2 (https://<page>/api/v2/): only the fields posts and status need.
const UpdateSchema = z.object({
  id: z.string().min(1),
  status: z.string(),
  body: z.string().nullish(),
  created_at: z.string(),
  display_at: z.string().nullish(),
});
const IncidentSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  shortlink: z.string().nullish(),
  incident_updates: z.array(UpdateSchema).default([]),
});
const SummarySchema = z.object({
  status: z.object({ indicator: z.string(), description: z.string().nullish() }),
  incidents: z.array(IncidentSchema).default([]),
});
const IncidentsSchema = z.object({ incidents: z.array(IncidentSchema) });
type Incident = z.infer<typeof IncidentSchema>;

/** The page root whatever the configured URL points at (root, /api/v2, or a .json endpoint). */
export function pageRoot(url: string): string {
  const u = new URL(url);
  u.pathname = u.pathname.replace(/\/api\/v2(\/.*)?$/, '').replace(/\/+$/, '');
  u.search = '';
  u.hash = '';
  return u.href.replace(/\/+$/, '');
}

export const statuspageAuthor = (url: string): string => `statuspage:${new URL(url).host}`;

const statusLabel = (s: string): string => {
  const words = s.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Every update of an incident is an official post; each replies to the update before it. */
export function incidentPosts(incident: Incident, config: SourceConfig, now: number): PostInputRaw[] {
  const root = pageRoot(config.url ?? '');
  const updates = [...incident.incident_updates].sort(
    (a, b) => (parseFeedDate(a.created_at) ?? 0) - (parseFeedDate(b.created_at) ?? 0),
  );
  return updates.map((u, i) => {
    const body = u.body ? plainText(u.body) : '';
    const post: PostInputRaw = {
      id: u.id,
      source: postSourceName('statuspage', root),
      author: statuspageAuthor(root),
      text: clip(
        `${plainText(incident.name)}\n\n${statusLabel(u.status)}${body ? `: ${body}` : ''}`,
        MAX_TEXT,
      ),
      createdAt: isoOrNow(parseFeedDate(u.display_at ?? u.created_at), now),
    };
    const url =
      httpUrl(incident.shortlink) ?? httpUrl(`${root}/incidents/${encodeURIComponent(incident.id)}`);
    if (url) post.url = url;
    if (config.brand) post.brand = config.brand;
    const previous = updates[i - 1];
    if (previous) post.replyTo = previous.id;
    return post;
  });
}

function parseOrThrow<T extends z.ZodType>(schema: T, json: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new SourceError(`${what} is not a Statuspage document (${issue?.path.join('.')}: ${issue?.message})`);
}

const toIndicator = (value: string): StatusIndicator =>
  (STATUS_INDICATORS as readonly string[]).includes(value) ? (value as StatusIndicator) : 'unknown';

function statusFrom(cursor: Cursor): SourceStatus | undefined {
  if (typeof cursor.indicator !== 'string') return undefined;
  const description = typeof cursor.description === 'string' ? cursor.description : null;
  return { indicator: toIndicator(cursor.indicator), description };
}

/** summary.json gives the overall indicator (and open incidents); incidents.json the recent history. */
export const statuspageAdapter: PollingAdapter = {
  kind: 'statuspage',
  mode: 'poll',
  async poll(ctx: PollContext): Promise<PollResult> {
    if (!ctx.config.url) throw new SourceError('statuspage source has no url');
    const root = pageRoot(ctx.config.url);
    const now = ctx.clock.now();
    const incidents: Incident[] = [];
    const summary = await conditionalGet(ctx, `${root}/api/v2/summary.json`, 'summary', 'application/json');
    let cursor = summary.cursor;
    if (!summary.notModified) {
      const doc = parseOrThrow(SummarySchema, parseJsonBody(summary.body, 'summary.json'), 'summary.json');
      incidents.push(...doc.incidents);
      cursor = { ...cursor, indicator: doc.status.indicator, description: doc.status.description ?? null };
    }
    const list = await conditionalGet(
      { ...ctx, cursor },
      `${root}/api/v2/incidents.json`,
      'incidents',
      'application/json',
    );
    cursor = list.cursor;
    if (!list.notModified) {
      incidents.push(
        ...parseOrThrow(IncidentsSchema, parseJsonBody(list.body, 'incidents.json'), 'incidents.json')
          .incidents,
      );
    }
    const byId = new Map<string, PostInputRaw>();
    for (const incident of incidents)
      for (const p of incidentPosts(incident, ctx.config, now)) byId.set(String(p.id), p);
    const { posts, skipped } = partition([...byId.values()]);
    return { posts, skipped, cursor, status: statusFrom(cursor), lagSec: 0 };
  },
};
