import { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { loadConfig, type DatasetName } from '../../services/core/config';
import { buildFederatedSchema } from '../../services/core/federated-schema';
import { tokenVerifier } from '../../services/core/auth';
import { recordingLogger, isSelect } from './statements';
import { TEST_AUTH, tokenFor, type Caller } from './tokens';
import { openSubgraphDatabase, subgraphContext, subgraphPlugins, type SubgraphDefinition } from '../../services/core/subgraph';
import { seedDatabase } from '../../demo/seeding';

// The city a deployment serves when nothing is set (Hà Nội): the demo's.
const DEFAULT_CITY = loadConfig({}).city;

export interface SubgraphUnderTest {
  db: DataSource;
  /**
   * Runs an operation with `executeOperation` and a fresh request context, as one HTTP request
   * would; `as` signs a token for a caller, which the subgraph's own verifier then reads.
   */
  execute<T = any>(query: string, variables?: Record<string, unknown>, as?: Caller | null): Promise<{ data?: T; errors?: any[] }>;
  /** The SQL statements the last operation ran. */
  statements: string[];
  stop(): Promise<void>;
}

/**
 * One subgraph alone on a fresh database holding a data set (the demo unless told; null: only what
 * the migrations load, as a deployment that never ran the seed): the embedded one in memory unless a
 * URL is given (a MySQL database from `mysqlDatabases`, say).
 */
export async function subgraphUnderTest(
  definition: SubgraphDefinition<any>,
  dataset: DatasetName | null = 'hanoi',
  dbUrl = 'sqlite::memory:',
): Promise<SubgraphUnderTest> {
  const statements: string[] = [];
  const logger = recordingLogger((sql) => statements.push(sql));
  const db = await openSubgraphDatabase(definition, dbUrl, logger);
  if (dataset) await seedDatabase(definition, db, { dataset, scale: 1 });
  const verifyToken = tokenVerifier(TEST_AUTH);
  const server = new ApolloServer({ schema: await buildFederatedSchema(definition.schema), plugins: subgraphPlugins() });
  await server.start();
  return {
    db,
    statements,
    async execute(query, variables, as) {
      const viewer = as ? await verifyToken(`Bearer ${await tokenFor(as)}`) : null;
      statements.length = 0;
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: subgraphContext(definition, db, DEFAULT_CITY, { requestId: 'test', viewer, fromGateway: false, receivedAt: Date.now() }) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as any;
    },
    async stop() {
      await server.stop();
      await db.destroy();
    },
  };
}

/** The statements that read rows (not transaction control or PRAGMAs). */
export function selects(statements: string[]): string[] {
  return statements.filter(isSelect);
}
