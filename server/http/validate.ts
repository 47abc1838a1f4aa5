import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors';

/** zValidator whose failures become `validation_failed` errors naming where and what. */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({
        where: target,
        path: i.path.map(String).join('.'),
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
