import { loadConfig } from '../../services/core/config';
import { startSubgraph } from '../../services/core/subgraph';
import type { RunningService } from '../../services/core/http';
import { districtSubgraph } from '../../services/district/subgraph';

let service: RunningService;
beforeAll(async () => {
  service = await startSubgraph(districtSubgraph, loadConfig({}), { port: 0, dbUrl: 'sqlite::memory:', seedWhenEmpty: true });
});
afterAll(() => service.stop());

test('smoke', async () => {
  const r = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ districts { id name kind validFrom } _service { sdl } }' }) });
  const j: any = await r.json();
  console.log(JSON.stringify(j.data?.districts?.slice(0, 8)), j.errors, j.data?._service?.sdl);
});
