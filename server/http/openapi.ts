import { describeRoute, resolver } from 'hono-openapi';
import type { z } from 'zod';
import { type ErrorCode, ErrorBodySchema } from '../../shared/errors';
import { ERROR_STATUS } from './errors';

/** Who may call a route: anyone, a reader (when reads need a token), an analyst (exports), an admin. */
export type Access = 'open' | 'read' | 'export' | 'admin';

/** A success response: a JSON body described by its zod schema and/or other media types described in words. */
export type Reply = { description: string; schema?: z.ZodType; media?: Record<string, string> };

export type RouteDoc = {
  summary: string;
  tags: [string];
  access: Access;
  ok: Record<number, Reply>;
  /** a request body the route parses itself (one checked by `validate('json', ...)` is documented by it) */
  body?: { description: string; schema: z.ZodType; media?: Record<string, string> };
  /** error codes this route answers besides the access and validation ones; [code, status] for an unusual status */
  errors?: (ErrorCode | [ErrorCode, number])[];
  description?: string;
};

const ACCESS_ERRORS: Record<Access, ErrorCode[]> = {
  open: [],
  read: ['unauthorized', 'forbidden'],
  export: ['unauthorized', 'forbidden'],
  admin: ['unauthorized', 'forbidden'],
};
const ACCESS_NOTE: Record<Access, string> = {
  open: 'Open to anyone who can reach the server.',
  read: 'Any valid token when the server requires one for reads (OUTCRY_READ_AUTH=1); open otherwise.',
  export: 'An analyst or admin token when the server requires one for reads; open otherwise.',
  admin: 'An admin token.',
};

type Responses = NonNullable<Parameters<typeof describeRoute>[0]['responses']>;

/** A response body schema as the document shows it: what the server sends (zod output types). */
export const responseSchema = (schema: z.ZodType) =>
  resolver(schema, { io: 'output', unrepresentable: 'any' });

const textContent = (media: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries(media).map(([type, text]) => [
      type,
      { schema: { type: 'string' as const, description: text } },
    ]),
  );

const errorResponse = (codes: ErrorCode[]) => ({
  description: `Error (${codes.join(', ')}), in the one error shape`,
  content: { 'application/json': { schema: responseSchema(ErrorBodySchema) } },
});

/**
 * The OpenAPI description of one route, as middleware (hono-openapi collects it from the app). The
 * request side comes from the `validate(...)` middleware of the same route, so it cannot drift.
 */
export function describe(doc: RouteDoc) {
  const responses: Responses = {};
  for (const [status, reply] of Object.entries(doc.ok)) {
    const content = {
      ...(reply.schema ? { 'application/json': { schema: responseSchema(reply.schema) } } : {}),
      ...textContent(reply.media),
    };
    responses[status] = {
      description: reply.description,
      ...(Object.keys(content).length ? { content } : {}),
    };
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const entry of [...ACCESS_ERRORS[doc.access], ...(doc.errors ?? [])]) {
    const [code, status] = typeof entry === 'string' ? [entry, ERROR_STATUS[entry]] : entry;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of byStatus) responses[String(status)] = errorResponse(codes);
  return describeRoute({
    summary: doc.summary,
    tags: doc.tags,
    description: [doc.description, ACCESS_NOTE[doc.access]].filter(Boolean).join('\n\n'),
    ...(doc.access === 'open' ? { security: [] } : { security: [{ bearer: [] }] }),
    ...(doc.body
      ? {
          requestBody: {
            required: true,
            description: doc.body.description,
            content: {
              'application/json': {
                schema: resolver(doc.body.schema, { io: 'input', unrepresentable: 'any' }),
              },
              ...textContent(doc.body.media),
            },
          },
        }
      : {}),
    responses,
  });
}
