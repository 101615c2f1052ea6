/**
 * Input validation for the HTTP API (zod): query parameters and path ids. A bad value gets a
 * 400 naming the parameter and what was expected.
 */
import type { Context } from 'hono';
import { type ZodTypeAny, z } from 'zod';
import { ApiError } from './errors.ts';

/** An ISO date or datetime prefix: 2025, 2025-03, 2025-03-01, 2025-03-01T10:00:00Z. */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, {
    message: 'expected an ISO date such as 2025-03-01',
  });

/** Free text from a user: bounded length, no control characters. */
const text = (max: number) =>
  z
    .string()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `at most ${max} characters` })
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'must not contain control characters' });

const int = (min: number, max: number, dflt: number) => {
  const message = `expected a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ invalid_type_error: message })
    .int({ message })
    .min(min, { message })
    .max(max, { message })
    .default(dflt);
};

/** A path id (story, thread, entity, article). */
export const idParam = text(300);

export const storiesQuery = z
  .object({
    since: isoDate.optional(),
    until: isoDate.optional(),
    outlet: text(200).optional(),
    entity: text(300).optional(),
    limit: int(1, 200, 50),
    offset: int(0, 1_000_000, 0),
  })
  .strict();

export const entitiesQuery = z
  .object({
    type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional(),
    q: text(200).optional(),
    limit: int(1, 500, 100),
  })
  .strict();

export const entityQuery = z.object({ mentions: int(0, 5000, 200) }).strict();

export const searchQuery = z
  .object({
    q: text(500),
    limit: int(1, 100, 20),
  })
  .strict();

export const emptyQuery = z.object({}).strict();

function describeIssues(issues: z.ZodIssue[], where: string): string {
  return issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `unknown ${where} parameter(s): ${i.keys.join(', ')}`;
      const name = i.path.join('.') || where;
      return `${where} parameter "${name}": ${i.message}`;
    })
    .join('; ');
}

/** Parse the query string with `schema`; throws a 400 ApiError naming each bad parameter. */
export function parseQuery<S extends ZodTypeAny>(c: Context, schema: S): z.infer<S> {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw new ApiError(400, 'bad_query', describeIssues(r.error.issues, 'query'));
  return r.data;
}

/** Validate a path id. */
export function parseId(c: Context, name = 'id'): string {
  const r = idParam.safeParse(c.req.param(name));
  if (!r.success) throw new ApiError(400, 'bad_id', describeIssues(r.error.issues, 'path'));
  return r.data;
}
