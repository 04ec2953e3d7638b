import type { DataSource } from 'typeorm';
import { Role } from '../../services/core/auth';
import { openDataSource } from '../../services/core/data-source';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';
import { logLines } from '../support/logs';
import { tokenFor } from '../support/tokens';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LAUNCH = `mutation Launch($title: String!) { launchMovement(input: { districtId: "ba-dinh", year: 2024, title: $title }) { id } }`;

// The audit log's request ids are made by our services, never taken from a client.
describe.each(DATABASES)('request ids, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('through the gateway and directly', () => {
    let databases: TestDatabases;
    let federation: Federation;
    let district: DataSource;
    const logs = logLines();
    beforeAll(async () => {
      databases = makeDatabases('request_ids');
      federation = await startFederation(databases.urls, {}, logs);
      district = await openDataSource(databases.urls.district, { entities: [], migrations: [] });
    });
    afterAll(async () => {
      await district?.destroy();
      await federation?.stop();
      await databases?.drop();
    });

    /** A write with the client's own x-request-id; answers the id the service answered with. */
    async function launch(url: string, title: string, clientRequestId: string): Promise<string> {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor({ role: Role.DISTRICT_OFFICER, district: 'ba-dinh' })}`,
          'x-request-id': clientRequestId,
        },
        body: JSON.stringify({ query: LAUNCH, variables: { title } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return response.headers.get('x-request-id')!;
    }

    const auditedIds = async (title: string): Promise<string[]> =>
      (await district.query(`SELECT request_id AS id FROM audit_log WHERE operation = 'launchMovement' AND after LIKE ?`, [`%${title}%`])).map((row: any) => row.id);

    test("a client's x-request-id is logged beside the gateway's own id, and only the gateway's reaches the audit", async () => {
      const requestId = await launch(federation.gateway.url, 'Phong trào qua cổng', 'evil');
      expect(requestId).toMatch(UUID);
      expect(await auditedIds('Phong trào qua cổng')).toEqual([requestId]);
      const gatewayLine = logs.lines.find((line) => line.service === 'gateway' && line.msg === 'request' && line.requestId === requestId);
      expect(gatewayLine).toMatchObject({ clientRequestId: 'evil', operationName: 'Launch', outcome: 'success' });
      // The subgraph took the gateway's id: it came with the gateway's credential.
      const districtLine = logs.lines.find((line) => line.service === 'district' && line.msg === 'request' && line.requestId === requestId);
      expect(districtLine).toBeDefined();
      expect(districtLine!.clientRequestId).toBeUndefined();
      expect(logs.lines.filter((line) => line.requestId === 'evil')).toEqual([]);
    });

    test('a subgraph asked directly makes its own id: without the gateway\'s credential, a header is only a client\'s', async () => {
      const requestId = await launch(federation.subgraphs.district.url, 'Phong trào trực tiếp', 'gateway-1234');
      expect(requestId).toMatch(UUID);
      expect(await auditedIds('Phong trào trực tiếp')).toEqual([requestId]);
      expect(logs.lines.find((line) => line.service === 'district' && line.msg === 'request' && line.requestId === requestId)).toMatchObject({ clientRequestId: 'gateway-1234' });
    });
  });
});
