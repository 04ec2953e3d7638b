import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { gatewaySecretOf, type Config, type SubgraphName } from '../config';
import { graphError } from '../errors';
import { gatewayCredentialVerifier } from '../gateway-credential';
import type { RequestContext } from '../request-context';
import { requestBudget } from './budget';
import { checkOperationsTokens, operationLimits, operationsOf, type Allowance } from './rules';

// What spells out a subgraph's schema, hidden fields included: introspection and federation's SDL.
const SCHEMA_FIELDS = new Set(['__schema', '__type', '_service']);

function asksForSchema(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return SCHEMA_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return asksForSchema(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return false;
    seen.add(fragment.name.value);
    return asksForSchema(fragment.selectionSet, fragments, seen);
  });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  return new Map(fragments.map((fragment) => [fragment.name.value, fragment]));
}

/**
 * In production a subgraph shows its schema (introspection, `_service { sdl }`) only to the gateway
 * (composing by introspection) and to callers with a token: its SDL names the @inaccessible fields
 * the supergraph hides. In development and test it stays open, for the tools that read it.
 */
function schemaAccess(name: SubgraphName, env: Config['env']): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (env !== 'production' || contextValue.fromGateway || contextValue.viewer || !operation) return;
          if (asksForSchema(operation.selectionSet, fragmentsOf(document))) {
            throw graphError('UNAUTHENTICATED', `the ${name} subgraph shows its schema only to the gateway or with a token`, {
              http: { status: 401 },
            });
          }
        },
      };
    },
  };
}

/** What serveGraphQL needs to hold a subgraph's callers to their limits. */
export interface SubgraphGuard {
  plugins: ApolloServerPlugin<RequestContext>[];
  verifyGateway: (credential: string | undefined) => Promise<boolean>;
  bodyLimit: number;
  gatewayBodyLimit: number;
  checkRequest: RequestHandler;
  /** Apollo lets introspection through; schemaAccess decides by caller. */
  introspection: true;
}

/**
 * The limits of the gateway, on a subgraph: a direct caller (a district's system, or anyone who
 * reaches the port) gets the subgraph's own; a request with the gateway's credential, the larger
 * allowance of the gateway's fetches, whose entity fetches carry other subgraphs' answers. A
 * forged or expired credential is a direct caller's request.
 */
export function subgraphGuard(name: SubgraphName, config: Config): SubgraphGuard {
  const { direct, gateway } = config.subgraphLimits[name];
  const allowances: Record<'direct' | 'gateway', Allowance> = {
    direct: { limits: direct, service: `the ${name} subgraph` },
    gateway: { limits: gateway, service: `the ${name} subgraph, for the gateway,` },
  };
  const allowanceOf = (fromGateway: boolean) => (fromGateway ? allowances.gateway : allowances.direct);
  return {
    plugins: [
      schemaAccess(name, config.env),
      operationLimits<RequestContext>((context) => allowanceOf(context.fromGateway)),
      requestBudget<RequestContext>((context) => (context.fromGateway ? gateway : direct), `the ${name} subgraph`),
    ],
    verifyGateway: gatewayCredentialVerifier(gatewaySecretOf(config)),
    bodyLimit: direct.bodyBytes,
    gatewayBodyLimit: gateway.bodyBytes,
    checkRequest: (req, res, next) => {
      const allowance = allowanceOf(res.locals.requestContext.fromGateway);
      checkOperationsTokens(operationsOf(req.method, req.body, req.query), allowance);
      next();
    },
    introspection: true,
  };
}
