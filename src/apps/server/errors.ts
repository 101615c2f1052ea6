/**
 * JSON errors for the HTTP API: every failure answers `{ error: { status, code, message } }`
 * with a message a person can act on, never a stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The body of every error response. */
export interface ErrorBody {
  error: { status: number; code: string; message: string; details?: unknown };
}

/** An error the API reports as-is (status, a stable code and a clear message). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The JSON response for an error. */
export function errorResponse(c: Context, e: ApiError): Response {
  const body: ErrorBody = { error: { status: e.status, code: e.code, message: e.message } };
  if (e.details !== undefined) body.error.details = e.details;
  return c.json(body, e.status);
}

/** Turns anything thrown by a route into a JSON error (500s are logged, not shown). */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof HTTPException) {
    const code = err.status === 504 ? 'timeout' : err.status === 413 ? 'too_large' : 'http_error';
    const message =
      err.status === 504
        ? 'the request took longer than the server allows; narrow it and retry'
        : err.message;
    return errorResponse(
      c,
      new ApiError(err.status as ContentfulStatusCode, code, message || 'request failed'),
    );
  }
  process.stderr.write(`rasd serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  return errorResponse(c, new ApiError(500, 'internal', 'internal error; the server log has the details'));
}

/** 404 for an unknown API path. */
export function notFound(c: Context): Response {
  return errorResponse(
    c,
    new ApiError(404, 'not_found', `no endpoint ${c.req.method} ${c.req.path} (see /openapi.json)`),
  );
}
