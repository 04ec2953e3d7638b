import express, { type Express } from 'express';
import { CHANGES_PATH, isSubgraphName } from '../services/core/change-feed';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentialVerifier } from '../services/core/gateway-credential';
import type { ResponseStore } from './response-store';

/**
 * Where a subgraph without Redis tells this gateway that it committed writes, before it answers the
 * mutation (services/core/change-feed.ts). Only the holders of GATEWAY_SECRET may: anyone else could
 * empty the cache at will. Without a cache there is nothing to drop, and the notice is still welcome.
 */
export function serveCacheChanges(app: Express, secret: string, store: ResponseStore | null): void {
  const fromSubgraph = gatewayCredentialVerifier(secret);
  app.post(CHANGES_PATH, express.json({ limit: 1024 }), async (req, res) => {
    if (!(await fromSubgraph(req.get(GATEWAY_CREDENTIAL_HEADER)))) {
      res.status(403).json({ error: 'only a subgraph of this deployment may report its changes' });
      return;
    }
    const subgraph = (req.body as { subgraph?: unknown } | undefined)?.subgraph;
    if (!isSubgraphName(subgraph)) {
      res.status(400).json({ error: 'the body must be {"subgraph": "district" | "cluster" | "city"}' });
      return;
    }
    await store?.changed(subgraph);
    res.status(204).end();
  });
}
