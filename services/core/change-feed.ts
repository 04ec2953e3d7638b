import type { ApolloServerPlugin } from '@apollo/server';
import type Redis from 'ioredis';
import { gatewaySecretOf, SUBGRAPH_NAMES, type Config, type SubgraphName } from './config';
import { neverSent } from './connection-refused';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentials } from './gateway-credential';
import type { Logger } from './logger';
import type { RequestContext } from './request-context';

/**
 * How the gateways learn that a subgraph's data changed. Each subgraph has a generation, a number
 * that grows after every mutation it answers; a cached answer records the generations of the
 * subgraphs it read, and is not served once one of them has grown (gateway/response-cache.ts).
 * With REDIS_URL the generations live in Redis, where every gateway reads them; without it, each
 * gateway keeps its own, and a subgraph tells the gateway at GRAPH_URL (one gateway: several need Redis).
 */
export type Generations = Record<SubgraphName, number>;

/** Where a subgraph tells a gateway without Redis that it committed writes. */
export const CHANGES_PATH = '/cache/changes';

/** The Redis key of a subgraph's generation (after REDIS_KEY_PREFIX). */
const generationKey = (subgraph: SubgraphName) => `generation:${subgraph}`;

export const GENERATION_KEYS = SUBGRAPH_NAMES.map(generationKey);

/**
 * The Redis key that exists for READ_YOUR_WRITES_MS after a subgraph's write: its read replicas may
 * not have applied the write yet, so an answer computed meanwhile may be older than its generation
 * says, and is not kept.
 */
const settlingKey = (subgraph: SubgraphName) => `settling:${subgraph}`;

export const SETTLING_KEYS = SUBGRAPH_NAMES.map(settlingKey);

export function isSubgraphName(name: unknown): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly unknown[]).includes(name);
}

// A gateway that does not answer this fast is not serving anyone either.
const NOTICE_TIMEOUT_MS = 2000;

/** Records in Redis that `subgraph` committed writes: a new generation, settling for `settlingMs`. */
export async function recordChange(redis: Redis, subgraph: SubgraphName, settlingMs: number): Promise<void> {
  const results = await redis.multi().incr(generationKey(subgraph)).set(settlingKey(subgraph), '1', 'PX', settlingMs).exec();
  const failed = results?.find(([error]) => error);
  if (!results || failed) throw failed?.[0] ?? new Error('Redis did not run the transaction');
}

/** Records that `subgraph` committed writes; resolves once every gateway will see it. */
export type ChangePublisher = (subgraph: SubgraphName) => Promise<void>;

export function changePublisher(config: Config, redis: Redis | null): ChangePublisher {
  if (redis) {
    return (subgraph) => recordChange(redis, subgraph, config.readYourWritesMs);
  }
  const credential = gatewayCredentials(gatewaySecretOf(config));
  return async (subgraph) => {
    let response: Response;
    try {
      // Read each time: tests start the gateway after the subgraphs and set GRAPH_URL then.
      response = await fetch(new URL(CHANGES_PATH, config.graphUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_CREDENTIAL_HEADER]: await credential() },
        body: JSON.stringify({ subgraph }),
        signal: AbortSignal.timeout(NOTICE_TIMEOUT_MS),
      });
    } catch (error) {
      // No gateway listens there (a subgraph run on its own): no gateway holds answers to drop.
      if (neverSent(error)) return;
      throw error;
    }
    if (!response.ok) throw new Error(`the gateway answered ${response.status}`);
  };
}

/**
 * A subgraph's mutation is answered only once the gateways know its data changed, so that the caller's
 * next read (at any gateway) is not served an answer from before the write. A mutation that wrote
 * nothing (refused, rolled back) costs a needless miss, never a stale answer.
 */
export function publishChanges(subgraph: SubgraphName, publish: ChangePublisher, log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          try {
            await publish(subgraph);
          } catch (error) {
            // The write stands; what a gateway cached from before it may be served until RESPONSE_CACHE_TTL_S.
            (contextValue.log ?? log).error({ err: error }, 'the gateways could not be told of this write: their cached answers may be stale');
          }
        },
      };
    },
  };
}
