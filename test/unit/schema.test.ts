import fs from 'node:fs';
import path from 'node:path';
import { printSchemas } from '../../schema/subgraphs';

// printSchemas composes the three subgraphs and throws, listing the errors, when they do not compose.
test('the checked-in schema/ is what the code prints, and it composes', async () => {
  const printed = await printSchemas();
  expect(Object.keys(printed).sort()).toEqual(['api.graphql', 'city.graphql', 'cluster.graphql', 'district.graphql', 'supergraph.graphql']);
  for (const [file, text] of Object.entries(printed)) {
    const checkedIn = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', file), 'utf8');
    // A failure here means: run `npm run schema` and commit schema/.
    expect({ file, text: checkedIn }).toEqual({ file, text });
  }
});
