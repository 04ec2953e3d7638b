import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../session';
import { runOperation, type QueryAnswer } from './client';

export interface QueryState<R> extends Partial<QueryAnswer<R>> {
  loading: boolean;
  /** The request itself failed (the gateway unreachable, or an answer that is not GraphQL). */
  failure?: string;
}

/** One request per view and change of variables: the view's data in one operation, run again when they change. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { skip?: boolean } = {}): QueryState<R> {
  const { token } = useSession();
  const [state, setState] = useState<QueryState<R>>({ loading: !options.skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    runOperation(document, variables, { token, signal: controller.signal }).then(
      (answer) => setState({ loading: false, ...answer } as QueryState<R>),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ loading: false, failure: error.message });
      },
    );
    return () => controller.abort();
    // The variables are compared by value: a view builds them afresh on every render.
  }, [document, key, token, options.skip]);
  return state;
}
