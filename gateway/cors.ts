import type { RequestHandler } from 'express';
import { graphError } from '../services/core/errors';
import { REQUEST_ID_HEADER } from '../services/core/http';

// What a dashboard on another origin sends: JSON, a token, its own request id, and Apollo's
// CSRF header for GETs.
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = `content-type, authorization, ${REQUEST_ID_HEADER}, apollo-require-preflight`;
// Ten minutes: Chromium caps it at two hours anyway, and a changed CORS_ORIGINS reaches browsers soon.
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * CORS_ORIGINS: a browser page on a listed origin (or any, with `*`) may call the gateway. Its
 * preflight is answered here, 204; an unlisted origin's preflight is refused, 403; an unlisted
 * origin's request gets no CORS headers, so its page cannot read the answer.
 */
export function corsOrigins(allowed: string[] | '*'): RequestHandler {
  const listed = new Set(allowed === '*' ? [] : allowed);
  return (req, res, next) => {
    const origin = req.get('origin');
    // The answer depends on the Origin: a cache must not serve one origin's answer to another.
    res.vary('Origin');
    if (!origin) return next();
    const allows = allowed === '*' || listed.has(origin);
    const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined;
    if (!allows) {
      if (!preflight) return next();
      // Answered as JSON, as the gateway's other refusals are (serveGraphQL's error handler).
      throw graphError('FORBIDDEN', `The origin ${origin} is not allowed to call this gateway from a browser (CORS_ORIGINS)`, { origin, http: { status: 403 } });
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (!preflight) {
      res.setHeader('Access-Control-Expose-Headers', REQUEST_ID_HEADER);
      return next();
    }
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_S));
    res.status(204).end();
  };
}
