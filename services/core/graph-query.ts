import type { GraphQLError } from 'graphql';
import type { Config } from './config';

/** Where a subgraph asks the graph about ids its copy lacks; read per request, so a test may set it after start. */
export interface GraphLink {
  url(): string | undefined;
  timeoutMs: number;
  /** Root fields one query may hold: the gateway refuses more. */
  rootFields: number;
}

export function graphLink(config: Config): GraphLink {
  return {
    url: () => config.graphUrl,
    // The gateway waits for the district subgraph this long; a little more covers the hop to the gateway.
    timeoutMs: config.gateway.timeouts.district + 1000,
    rootFields: config.gateway.limits.rootFields,
  };
}

/** A subgraph run without a gateway (one subgraph under test): only its local copy answers. */
export const NO_GRAPH: GraphLink = { url: () => undefined, timeoutMs: 0, rootFields: 1 };

/** What a request asks the graph with: where it is, and the request id to send along. */
export interface GraphContext {
  graph: GraphLink;
  requestId: string;
}

/** What a write asks the graph about, for the REFERENCE_UNVERIFIED error when the graph cannot answer. */
export interface GraphQuestion {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** The error to throw, with the reason the answer is missing. */
  unverified(reason: string, details?: Record<string, unknown>): GraphQLError;
}

interface GraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * Asks the graph (the gateway at GRAPH_URL) one query of a write's checks, before the write's
 * transaction: the data, or `unverified` when there is no graph, it does not answer in time, or it
 * answers with any error (a subgraph down, a limit), which leaves a null that might not mean "no".
 */
export async function askGraph(context: GraphContext, question: GraphQuestion): Promise<Record<string, unknown>> {
  const url = context.graph.url();
  if (!url) throw question.unverified('no graph is configured (GRAPH_URL)');
  let answer: GraphAnswer;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': context.requestId },
      body: JSON.stringify({ operationName: question.operationName, query: question.query, variables: question.variables }),
      signal: AbortSignal.timeout(context.graph.timeoutMs),
    });
    answer = (await response.json()) as GraphAnswer;
  } catch (error) {
    throw question.unverified(`the graph did not answer (${(error as Error).name})`);
  }
  if (answer.errors?.length || !answer.data) {
    const [first] = answer.errors ?? [];
    throw question.unverified(first?.message ?? 'the graph answered no data', { cause: first?.extensions?.code, subgraph: first?.extensions?.subgraph });
  }
  return answer.data;
}

/** Runs `ask` on consecutive chunks of at most `size` items (the gateway's root-field limit), in order, and joins the answers. */
export async function inChunks<T, R>(items: readonly T[], size: number, ask: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const answers: R[] = [];
  for (let start = 0; start < items.length; start += size) answers.push(...(await ask(items.slice(start, start + size))));
  return answers;
}
