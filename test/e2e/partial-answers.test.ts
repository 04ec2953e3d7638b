import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import { DATABASES } from '../support/databases';
import { DASHBOARD_QUERIES } from '../support/dashboard';
import { postGraphQL } from '../support/federation';
import { answerWithout, expectedAnswer, gatewayAnswersInFull, restartableStack } from '../support/partial-answers';

const GATEWAY_ENV = { NODE_ENV: 'test', LOG_LEVEL: 'silent', SUBGRAPH_TIMEOUT_MS: '3000', CIRCUIT_RESET_MS: '500' };

// Every field that crosses subgraphs is nullable, so a subgraph down nulls only what it fills: the
// dashboard's queries keep the other subgraphs' data, with errors that name the one missing.
describe.each(DATABASES)('partial answers, one subgraph down (%s)', (_name, make, describeFn) => {
  describeFn('each dashboard query with each subgraph stopped in turn', () => {
    const stack = restartableStack(make, 'partial', GATEWAY_ENV);

    /** Starts a stopped subgraph again and waits, a bounded time, until the gateway's circuit to it lets requests through. */
    async function restart(name: SubgraphName): Promise<void> {
      await stack.subgraphs[name].start();
      if (!(await gatewayAnswersInFull(stack.gateway.url))) throw new Error(`the gateway did not reach the ${name} subgraph again within 5 s`);
    }

    test.each(DASHBOARD_QUERIES)('$name answers in full with every subgraph up', async ({ name, query, variables }) => {
      expect(await postGraphQL(stack.gateway.url, query, variables)).toEqual({ data: expectedAnswer(name) });
    });

    describe.each(SUBGRAPH_NAMES)('with the %s subgraph down', (down) => {
      beforeAll(() => stack.subgraphs[down].stop());
      afterAll(() => restart(down));

      test.each(DASHBOARD_QUERIES)('$name keeps the data of the subgraphs that are up', async ({ name, query, variables }) => {
        const answer = await postGraphQL(stack.gateway.url, query, variables);
        const { data, touched } = answerWithout(name, down);
        expect(answer.data).not.toBeNull();
        expect(answer.data).toEqual(data);
        if (!touched) {
          expect(answer.errors).toBeUndefined();
          return;
        }
        expect(answer.errors?.length).toBeGreaterThan(0);
        for (const error of answer.errors!) {
          expect(error.extensions).toEqual(expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: down }));
        }
      });
    });

    test('concrete fields of the two subgraphs that are up, in the city ranking', async () => {
      const { query, variables } = DASHBOARD_QUERIES.find((dashboard) => dashboard.name === 'city-ranking')!;
      const dongDa = (answer: any) => answer.data.cityRankings.find((entry: any) => entry.district.id === 'dong-da');
      await stack.subgraphs.district.stop();
      try {
        // The cluster's rank and percent, the city's PAR index and awards: all there without the district's name.
        const entry = dongDa(await postGraphQL(stack.gateway.url, query, variables));
        expect(entry).toMatchObject({ cluster: { id: 'III' }, district: { id: 'dong-da', name: null, parIndex: { score: 96.3, rank: 1 } } });
        expect(entry.rank).toEqual(expect.any(Number));
        expect(entry.district.awards.totalCount).toBeGreaterThan(0);
      } finally {
        await restart('district');
      }
      await stack.subgraphs.city.stop();
      try {
        const entry = dongDa(await postGraphQL(stack.gateway.url, query, variables));
        expect(entry).toMatchObject({ cluster: { id: 'III' }, district: { id: 'dong-da', name: 'Đống Đa', parIndex: null, awards: null } });
      } finally {
        await restart('city');
      }
    });
  });
});
