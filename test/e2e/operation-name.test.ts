import { embeddedFederation } from '../support/federation';

const TWO_OPERATIONS = 'query A { districts { id } } query B { awardTypes { code } }';

async function post(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

// The request is the client's mistake: it says so (400, with a code), where it used to answer 500.
describe('a document of several operations without operationName', () => {
  const federation = embeddedFederation();

  test.each(['gateway', 'district subgraph'])('is refused by the %s with 400 and a coded error', async (service) => {
    const url = service === 'gateway' ? federation.gateway.url : federation.subgraphs.district.url;
    const { status, json } = await post(url, { query: 'query A { districts { id } } query B { districts { name } }' });
    expect(status).toBe(400);
    expect(json.errors).toEqual([
      expect.objectContaining({ message: 'the document has several operations: name the one to run in operationName', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }),
    ]);
    expect(json.data).toBeUndefined();
  });

  test('an operationName that names none of them is refused the same way, and one that names one is answered', async () => {
    const unknown = await post(federation.gateway.url, { query: TWO_OPERATIONS, operationName: 'C' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0].extensions).toEqual({ code: 'OPERATION_RESOLUTION_FAILURE' });
    const named = await post(federation.gateway.url, { query: TWO_OPERATIONS, operationName: 'B' });
    expect(named.status).toBe(200);
    expect(named.json.data.awardTypes.length).toBeGreaterThan(0);
  });
});
