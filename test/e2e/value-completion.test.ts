import type { DataSource } from 'typeorm';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { NominationQuota } from '../../services/cluster/entities/nomination-quota';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';
import { logLines } from '../support/logs';

// The city's catalogue has no ZZ_UNKNOWN: the city answers null for that AwardType, whose name the
// schema promises. The gateway files such a broken promise under extensions.valueCompletion.
const QUOTA = `query Quota { cluster(id: "III") { id nominationQuota { count awardType { code name } } } }`;

describe.each(DATABASES)('errors from value completion reach the client (%s)', (_name, make, describeFn) => {
  describeFn('a field left null against its type', () => {
    let databases: TestDatabases;
    let federation: Federation;
    let clusterDb: DataSource;
    const logs = logLines();
    beforeAll(async () => {
      databases = make('value_completion');
      federation = await startFederation(databases.urls, {}, logs);
      clusterDb = await openSubgraphDatabase(clusterSubgraph, databases.urls.cluster);
      // A quota line for a code the catalogue lacks, as a cluster could store it.
      await clusterDb.getRepository(NominationQuota).insert([
        { clusterId: 'III', awardTypeCode: 'BK_TP', count: 2 },
        { clusterId: 'III', awardTypeCode: 'ZZ_UNKNOWN', count: 1 },
      ]);
    }, 180_000);
    afterAll(async () => {
      await clusterDb?.destroy();
      await federation?.stop();
      await databases?.drop();
    });

    test('in errors, with its path, beside the rest of the data; logged as an error', async () => {
      const response = await fetch(federation.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUOTA }),
      });
      const answer = (await response.json()) as any;
      const requestId = response.headers.get('x-request-id');
      expect(answer.data.cluster.id).toBe('III');
      expect(answer.data.cluster.nominationQuota).toEqual(
        expect.arrayContaining([
          { count: 2, awardType: { code: 'BK_TP', name: 'Bằng khen của UBND Thành phố' } },
          { count: 1, awardType: null },
        ]),
      );
      const broken = answer.data.cluster.nominationQuota.findIndex((line: any) => line.awardType === null);
      expect(answer.errors).toEqual([
        {
          message: `Internal error; request ${requestId}`,
          path: ['cluster', 'nominationQuota', broken, 'awardType', 'name'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, valueCompletion: true },
        },
      ]);
      expect(answer.extensions?.valueCompletion).toBeUndefined();
      const line = logs.lines.find((candidate) => candidate.service === 'gateway' && candidate.requestId === requestId && candidate.msg === 'request');
      expect(line).toMatchObject({ level: 'error', outcome: 'partial', errorCodes: ['INTERNAL_SERVER_ERROR'] });
      // The original, for whoever runs the services: which field broke its type.
      const original = logs.lines.find((candidate) => candidate.service === 'gateway' && candidate.requestId === requestId && candidate.msg === 'unexpected error');
      expect(original).toMatchObject({ level: 'error', err: { message: expect.stringContaining('AwardType.name') } });
    });
  });
});
