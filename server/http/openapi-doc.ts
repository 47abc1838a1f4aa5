import { type Env, Hono, type Schema } from 'hono';
import { generateSpecs } from 'hono-openapi';
import { z } from 'zod';
import { ErrorBodySchema } from '../../shared/errors';
import { renderReference } from './openapi-page';

const DESCRIPTION = [
  'Social media reaction as an outage and communication signal. Every failure is one error shape',
  '`{ error: { code, message, details?, requestId } }`. Times are ISO-8601 with a zone. The prose guide is',
  'docs/api.md in the repository.',
].join(' ');

/** The OpenAPI 3.1 document of the routes in `api`, generated from their zod schemas (hono-openapi). */
export function openApiDocument<E extends Env, S extends Schema, P extends string>(
  api: Hono<E, S, P>,
  version: string,
) {
  return generateSpecs(api, {
    documentation: {
      info: { title: 'Outcry API', version, description: DESCRIPTION },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An Outcry token (see `outcry token`)' },
        },
      },
    },
    defaultValidationErrorResponse: {
      description: 'Error (validation_failed, bad_request): a parameter or field out of range',
      content: {
        'application/json': {
          schema: z.toJSONSchema(ErrorBodySchema, { io: 'output', target: 'draft-2020-12' }) as object,
        },
      },
    },
  });
}

/** `/openapi.json` (generated once, on first request) and `/docs`, the reference page rendered from it. */
export function openApiRoutes<E extends Env, S extends Schema, P extends string>(
  api: Hono<E, S, P>,
  version: string,
) {
  let document: ReturnType<typeof openApiDocument> | undefined;
  const get = () => {
    document ??= openApiDocument(api, version);
    return document;
  };
  let page: string | undefined;
  return new Hono()
    .get('/openapi.json', async (c) => c.json(await get()))
    .get('/docs', async (c) => {
      page ??= renderReference(await get());
      return c.html(page);
    });
}
