import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { AppError } from '../errors';

/** What is wrong with a body, field by field, in one line. */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}

/**
 * Validates a JSON body at the route's edge (`@hono/zod-validator`); the handler gets it typed
 * as `c.req.valid('json')` and the typed client (`hc`) knows its shape. Bodies that are not JSON
 * at all were refused before (jsonOnly.ts); an invalid one is a 400 naming the fields.
 */
export const jsonBody = <S extends z.ZodType>(schema: S) =>
  zValidator('json', schema, (result) => {
    if (!result.success) throw new AppError('invalid-request', describeIssues(result.error));
  });
