import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemas } from './subgraphs';

/**
 * `npm run schema`: prints each subgraph's SDL and the composed supergraph into schema/.
 * `npm run schema -- --check`: fails, naming the files, when the checked-in schema differs from the code.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  // npm runs scripts from the project root, where the gateway also finds schema/supergraph.graphql.
  const directory = path.resolve('schema');
  const stale: string[] = [];
  for (const [file, text] of Object.entries(await printSchemas())) {
    const target = path.join(directory, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (current === text) continue;
    if (check) stale.push(file);
    else {
      fs.writeFileSync(target, text);
      console.log(`wrote schema/${file}`);
    }
  }
  if (stale.length) {
    console.error(`schema/ does not match the code: ${stale.join(', ')}. Run \`npm run schema\` and commit schema/.`);
    process.exit(1);
  }
  console.log(check ? 'schema/ matches the code and composes' : 'schema/ is up to date');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
