import type { TypedDocumentString } from '../gql/graphql';

/** Where the app sends its operations: the gateway that serves it, unless built for another (VITE_GRAPHQL_URL). */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

export interface GraphError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; subgraph?: string; [key: string]: unknown };
}

export interface QueryAnswer<R> {
  data: R | null;
  errors: GraphError[];
  /** The subgraphs the gateway could not reach: what the view shows is missing their part. */
  unavailable: string[];
}

/** The document's hash in the manifest (hex; the generated code writes `sha256:<hex>`): the gateway runs the manifest's text for it. */
function hashOf(document: { __meta__?: { hash?: string } }): string | undefined {
  return document.__meta__?.hash?.replace(/^sha256:/, '');
}

function unavailableSubgraphs(errors: GraphError[]): string[] {
  const names = errors.filter((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE').map((error) => error.extensions?.subgraph ?? '?');
  return [...new Set(names)].sort();
}

/**
 * Runs one operation against the gateway. Sends its text and its hash (`extensions.persistedQuery`):
 * a gateway with the manifest runs the approved text of that hash, and with PERSISTED_ONLY nothing
 * else; one without the manifest runs the text.
 */
export async function runOperation<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<QueryAnswer<R>> {
  const hash = hashOf(document as { __meta__?: { hash?: string } });
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    signal: options.signal,
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({
      query: document.toString(),
      variables,
      ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}),
    }),
  });
  let body: { data?: R | null; errors?: GraphError[] };
  try {
    body = await response.json();
  } catch {
    throw new Error(`the gateway answered HTTP ${response.status} without a GraphQL answer`);
  }
  const errors = body.errors ?? [];
  return { data: body.data ?? null, errors, unavailable: unavailableSubgraphs(errors) };
}
