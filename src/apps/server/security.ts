/**
 * Security for every response and for the ingest endpoint: headers that forbid inline script
 * and MIME sniffing, and a bearer-token check in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

/** The page loads only its own script, styles and fonts; nothing inline, nothing framed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Adds the security headers to every response, errors included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(HEADERS)) c.res.headers.set(k, v);
};

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Requires `Authorization: Bearer <token>`; with no token configured the endpoint is off. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected)
      throw new ApiError(
        503,
        'ingest_disabled',
        'ingest is disabled: start the server with RASD_INGEST_TOKEN set or with --token',
      );
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m)
      throw new ApiError(401, 'unauthorized', 'send the ingest token as "Authorization: Bearer <token>"');
    if (!timingSafeEqual(digest(m[1]), expected)) throw new ApiError(403, 'forbidden', 'wrong ingest token');
    await next();
  };
}
