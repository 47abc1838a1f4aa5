import type { ValidationTargets } from 'hono';
import { validator } from 'hono-openapi';
import type { z } from 'zod';
import { NUL_MESSAGE, findNul } from '../../shared/text';
import { ApiError } from './errors';

type PathSegment = PropertyKey | { readonly key: PropertyKey };
const segment = (s: PathSegment): string => String(typeof s === 'object' ? s.key : s);

/**
 * The request validator: the same zod schema validates the request and describes it in the OpenAPI
 * document (hono-openapi records it). Failures become `validation_failed` errors naming where and what.
 */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) =>
  validator(target, schema, (result) => {
    // The one NUL check for every JSON body (names, URLs, keywords...), before any store sees it.
    const nulAt = target === 'json' ? findNul(result.data) : null;
    if (nulAt !== null) {
      throw new ApiError('validation_failed', `${target} ${nulAt}: ${NUL_MESSAGE}`, [
        { where: target, path: nulAt, message: NUL_MESSAGE },
      ]);
    }
    if (!result.success) {
      const issues = result.error.map((i) => ({
        where: target,
        path: (i.path ?? []).map(segment).join('.'),
        message: i.message,
      }));
      const first = issues[0];
      throw new ApiError(
        'validation_failed',
        first ? `${target} ${first.path || '(root)'}: ${first.message}` : `invalid ${target}`,
        issues,
      );
    }
  });
