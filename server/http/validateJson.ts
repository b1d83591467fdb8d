import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors';

/** Parses a JSON body with a schema; a malformed or invalid body is a clear 400. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    const text = await c.req.text();
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new AppError('invalid-request', 'the request body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new AppError('invalid-request', problems.join('; '));
  }
  return parsed.data;
}
