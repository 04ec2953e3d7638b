import express, { type NextFunction, type Request, type Response } from 'express';
import type { AuthConfig } from '../services/core/config';
import { mintDevelopmentToken } from '../services/core/development-token';
import { graphError } from '../services/core/errors';

export const DEVELOPMENT_TOKEN_PATH = '/dev/token';

/**
 * `POST /dev/token` with `{ role, district?, cluster? }` answers `{ token, expiresAt }`, signed as
 * `npm run token` signs: the dashboard's development sign-in. Mounted only outside production and
 * only with a shared secret (with a public key, tokens come from the identity provider). A refusal
 * (BAD_USER_INPUT, HTTP 400) is answered as JSON by serveGraphQL's error handler.
 */
export function serveDevelopmentSignIn(app: express.Express, auth: AuthConfig): void {
  app.post(
    DEVELOPMENT_TOKEN_PATH,
    express.json({ limit: '1kb' }),
    async (req: Request, res: Response) => {
      const { role, district, cluster } = (req.body ?? {}) as Record<string, unknown>;
      const minted = await mintDevelopmentToken(auth, { role, district, cluster });
      res.setHeader('Cache-Control', 'no-store');
      res.json(minted);
    },
    // A body that is not JSON: a refusal like the others, not express's HTML page.
    (error: { type?: string; message?: string }, _req: Request, _res: Response, next: NextFunction) => {
      if (error.type !== 'entity.parse.failed') return next(error);
      next(graphError('BAD_USER_INPUT', `the body must be JSON such as {"role":"DISTRICT_OFFICER","district":"ba-dinh"}: ${error.message}`));
    },
  );
}
