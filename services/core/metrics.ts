import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What every service counts; the gateway adds its subgraph series to the same registry. */
export interface ServiceMetrics {
  registry: Registry;
  /** By operation type (query, mutation, unknown when it did not parse) and outcome (success, partial, error). */
  requests: Counter<'operation' | 'outcome'>;
  durations: Histogram<'operation' | 'outcome'>;
  /** Every error a response carried, by its `extensions.code`. */
  errors: Counter<'code'>;
}

/**
 * A registry of its own for each service (not prom-client's global one), so that services started in
 * one process (the tests) keep their series apart. Operation names are not labels: a client chooses
 * them, and every new name would be a new series.
 */
export function serviceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Memory, CPU, event loop lag and handles: what tells a slow request from a starved process.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests answered, by operation type and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    durations: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by operation type and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL answers, by extensions.code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}
