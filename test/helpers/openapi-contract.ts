import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { type CallOptions, type Res, type Send, call } from './http';

type Operation = { responses: Record<string, { content?: Record<string, unknown> }> };
export type OpenApiDoc = { openapi: string; paths: Record<string, Record<string, Operation>> };

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * Calls the real app and checks each answer against the OpenAPI document: its status is documented for
 * that operation, its media type too, and a JSON body validates against the documented schema.
 */
export function contractChecker(doc: OpenApiDoc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'doc');
  const ops = Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase(),
      template,
      match: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    })),
  );
  const seen = new Set<string>();

  async function check(send: Send, method: string, path: string, opts: CallOptions = {}): Promise<Res> {
    const res = await call(send, method, path, opts);
    const pathname = path.split('?')[0] ?? path;
    const op = ops.find((o) => o.method === method && o.match.test(pathname));
    expect(op, `${method} ${pathname} is not in the document`).toBeDefined();
    if (!op) return res;
    const response = doc.paths[op.template]?.[op.method.toLowerCase()]?.responses[String(res.status)];
    expect(
      response,
      `${method} ${path} answered ${res.status}, which is not documented: ${res.text.slice(0, 200)}`,
    ).toBeDefined();
    const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    // No content: 204, and a redirect (its Location is the answer).
    const bodiless = res.status === 204 || (res.status >= 300 && res.status < 400 && type === '');
    if (!bodiless) {
      expect(Object.keys(response?.content ?? {}), `${method} ${path} ${res.status} media type`).toContain(
        type,
      );
    }
    if (type === 'application/json') {
      const ref = `doc#/${pointer('paths', op.template, op.method.toLowerCase(), 'responses', String(res.status), 'content', type, 'schema')}`;
      const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
      const ok = validate(res.body);
      expect(ok, `${method} ${path} ${res.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    seen.add(`${op.method} ${op.template} ${res.status}`);
    return res;
  }

  /** Documented success answers that no call has produced yet. */
  const unexercised = (): string[] =>
    ops.flatMap((o) =>
      Object.keys(doc.paths[o.template]?.[o.method.toLowerCase()]?.responses ?? {})
        .filter((s) => s.startsWith('2') && !seen.has(`${o.method} ${o.template} ${s}`))
        .map((s) => `${o.method} ${o.template} ${s}`),
    );

  /** For answers read by other means (an endless event stream): the status and media type are documented. */
  function record(method: string, template: string, status: number, type: string): void {
    const response = doc.paths[template]?.[method.toLowerCase()]?.responses[String(status)];
    expect(Object.keys(response?.content ?? {}), `${method} ${template} ${status}`).toContain(type);
    seen.add(`${method} ${template} ${status}`);
  }

  return { check, record, unexercised };
}
