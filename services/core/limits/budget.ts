import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestBudget } from '../config';
import type { ErrorCode } from '../errors';

function overBudget(resource: keyof RequestBudget, limit: number, actual: number, service: string): GraphQLError {
  const what = resource === 'timeMs' ? `The request ran ${actual} ms` : `The answer grew to ${actual} values (fields and list items)`;
  // With a path, graphql-js takes it as located and reuses it for every field still pending:
  // tens of thousands of them would otherwise each build an error and its stack.
  return new GraphQLError(`${what}, where ${service} stops a request at ${limit}`, {
    path: [],
    extensions: { code: 'RESOURCE_LIMIT' satisfies ErrorCode, resource, limit, actual },
  });
}

/**
 * Stops a request that runs past its time or grows past its values (fields resolved and list
 * items answered), whatever its cost said: the last guard of the process's memory, for the lists
 * whose declared bound the data exceeds and the lookups that are slower than planned. It is
 * checked before each field resolves, so one slow statement finishes before the request stops.
 * A stopped request answers one RESOURCE_LIMIT error and no data: what it had gathered is freed.
 */
export function requestBudget<C>(budgetOf: (context: C) => RequestBudget, service: string): ApolloServerPlugin<C & object> {
  return {
    async requestDidStart() {
      let stopped: GraphQLError | undefined;
      return {
        async executionDidStart({ contextValue }) {
          const budget = budgetOf(contextValue);
          const started = performance.now();
          let values = 0;
          return {
            willResolveField() {
              // Every field still pending fails at once, without running its resolver.
              if (stopped) throw stopped;
              values += 1;
              const elapsed = Math.round(performance.now() - started);
              if (values > budget.values) stopped = overBudget('values', budget.values, values, service);
              else if (elapsed > budget.timeMs) stopped = overBudget('timeMs', budget.timeMs, elapsed, service);
              if (stopped) throw stopped;
              return (_error, result) => {
                if (Array.isArray(result)) values += result.length;
              };
            },
          };
        },
        async didEncounterErrors({ errors }) {
          // Apollo formats the errors from this same array after this hook: one stands for them all.
          if (stopped) (errors as GraphQLError[]).splice(0, errors.length, stopped);
        },
        async willSendResponse({ response }) {
          if (!stopped || response.body.kind !== 'single') return;
          response.body.singleResult = { data: null, errors: [{ message: stopped.message, extensions: { ...stopped.extensions } }] };
        },
      };
    },
  };
}
