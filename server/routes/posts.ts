import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { IngestResultSchema, PageSchema, type Post, PostInputSchema, PostSchema } from '../../shared/post';
import { DEFAULT_PAGE, PostListQuerySchema } from '../../shared/post-query';
import { requireAdmin } from '../http/auth';
import { csvLine } from '../http/csv';
import { decodeCursor } from '../store/cursor';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import { MAX_BODY_BYTES, parseIngestBody } from '../http/ingest-body';
import { validate } from '../http/validate';
import type { PostQuery } from '../store/types';
import type { AppDeps } from './deps';

const EXPORT_PAGE = 1000;
const CSV_COLUMNS = [
  'source',
  'id',
  'createdAt',
  'author',
  'brands',
  'official',
  'sentiment',
  'label',
  'complaint',
  'complaintScore',
  'categories',
  'harm',
  'lang',
  'url',
  'text',
];

const csvOf = (p: Post) =>
  csvLine([
    p.source,
    p.id,
    p.createdAt,
    p.author,
    p.brands.join(' '),
    p.official,
    p.score.sentiment,
    p.score.label,
    p.score.complaint,
    p.score.complaintScore,
    p.score.categories.join(' '),
    p.score.harm,
    p.lang,
    p.url,
    p.text,
  ]);

const doc = {
  ingest: describe({
    summary: 'Ingest posts',
    description:
      'Body: a JSON array of posts, `{ "posts": [...] }`, one post, or NDJSON (`Content-Type: application/x-ndjson`). ' +
      'Each post is validated alone: the response lists the rejected ones with their index, line and reason.',
    tags: ['posts'],
    access: 'admin',
    body: {
      description: 'Up to 10,000 posts or 5 MB',
      schema: z.union([
        z.array(PostInputSchema),
        z.object({ posts: z.array(PostInputSchema) }),
        PostInputSchema,
      ]),
      media: { 'application/x-ndjson': 'one post (JSON) per line' },
    },
    ok: { 200: { description: 'What happened to each post', schema: IngestResultSchema } },
    errors: ['bad_request', 'payload_too_large', 'unsupported_media_type', ['validation_failed', 422]],
  }),
  list: describe({
    summary: 'List or export posts, newest first',
    description:
      'With `format=ndjson` or `format=csv` the response is a download of the matching posts (an export: ' +
      'an analyst or admin token when reads need a token), at most `limit` of them when `limit` is given.',
    tags: ['posts'],
    access: 'read',
    ok: {
      200: {
        description: 'One page of posts (JSON), or the export',
        schema: PageSchema(PostSchema),
        media: { 'application/x-ndjson': 'one Post per line', 'text/csv': 'one row per post' },
      },
    },
  }),
};

export const postRoutes = (deps: AppDeps) =>
  new Hono()
    .post(
      '/',
      doc.ingest,
      requireAdmin(deps.auth),
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) => {
          // The unread rest of the body makes the connection unusable: tell keep-alive clients not to reuse it.
          c.header('Connection', 'close');
          throw new ApiError(
            'payload_too_large',
            `a request body may be at most ${MAX_BODY_BYTES} bytes; split it`,
            {
              limit: MAX_BODY_BYTES,
            },
          );
        },
      }),
      async (c) => {
        const parsed = parseIngestBody(c.req.header('content-type') ?? '', await c.req.text());
        const result = await deps.pipeline.ingest(parsed.items, {
          ...(parsed.lines ? { lines: parsed.lines } : {}),
          preRejected: new Map(parsed.badLines.map((b) => [b.index, b.reason])),
        });
        if (result.received > 0 && result.rejected.length === result.received) {
          const first = result.rejected[0];
          throw new ApiError(
            'validation_failed',
            `every post was rejected; first: item ${first?.index}: ${first?.reason}`,
            result,
            422,
          );
        }
        return c.json(result, 200);
      },
    )
    .get('/', doc.list, validate('query', PostListQuerySchema), async (c) => {
      const { format, ...q } = c.req.valid('query');
      if (q.cursor && !decodeCursor(q.cursor)) {
        throw new ApiError('validation_failed', 'query cursor: is not a cursor this server issued', [
          { where: 'query', path: 'cursor', message: 'invalid cursor' },
        ]);
      }
      const { limit, ...filters } = q;
      const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Omit<
        PostQuery,
        'limit'
      >;
      if (format === 'json')
        return c.json(await deps.store.listPosts({ ...query, limit: limit ?? DEFAULT_PAGE }));
      const isCsv = format === 'csv';
      c.header('Content-Type', isCsv ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
      c.header('Content-Disposition', `attachment; filename="outcry-posts.${isCsv ? 'csv' : 'ndjson'}"`);
      // An export walks every page of the filter, up to `limit` rows when one is given.
      return stream(c, async (s) => {
        if (isCsv) await s.write(csvLine(CSV_COLUMNS));
        let cursor: string | undefined = q.cursor;
        let left = limit ?? Number.POSITIVE_INFINITY;
        do {
          const page = await deps.store.listPosts({
            ...query,
            limit: Math.min(EXPORT_PAGE, left),
            ...(cursor ? { cursor } : {}),
          });
          left -= page.items.length;
          await s.write(page.items.map((p) => (isCsv ? csvOf(p) : `${JSON.stringify(p)}\n`)).join(''));
          cursor = page.nextCursor ?? undefined;
        } while (cursor && left > 0 && !s.aborted);
      });
    });
