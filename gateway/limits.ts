import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GatewayLimits } from '../services/core/config';
import { checkOperationsTokens, operationLimits as limitOperations, operationsOf, refusal, type Allowance } from '../services/core/limits/rules';

// The gateway holds every client to one set of limits; the subgraphs share the rules (services/core/limits).
const allowanceOf = (limits: GatewayLimits): Allowance => ({ limits, service: 'the gateway' });

/** Refuses an operation over a limit before the gateway plans it: no subgraph is asked. */
export function operationLimits(limits: GatewayLimits): ApolloServerPlugin {
  const allowance = allowanceOf(limits);
  return limitOperations(() => allowance);
}

/**
 * Refuses, before Apollo parses anything, a batch with too many operations and an operation with
 * too many tokens (the parser's own work grows with them). The body's size is express's limit.
 */
export function requestLimits(limits: GatewayLimits): RequestHandler {
  const allowance = allowanceOf(limits);
  return (req, _res, next) => {
    const operations = operationsOf(req.method, req.body, req.query);
    if (operations.length > limits.batch) throw refusal('BATCH_TOO_LARGE', 'Operations in the batch', limits.batch, operations.length, allowance.service);
    checkOperationsTokens(operations, allowance);
    next();
  };
}
