import { SUBGRAPHS } from '../../services/subgraphs';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { DATABASES } from '../support/databases';

// The schema comes from migrations only; they must build exactly what the entities describe,
// on MySQL and on the embedded database alike, and undo cleanly.
describe.each(DATABASES)('migrations on %s', (_name, makeDatabases, describeOn) => {
  describeOn.each(SUBGRAPHS.map((definition) => [definition.name, definition] as const))('%s subgraph', (_subgraph, definition) => {
    test('build the schema the entities describe, and undo to nothing', async () => {
      const databases = makeDatabases('migrations');
      const db = await openSubgraphDatabase(definition, databases.urls[definition.name]);
      try {
        const pending = await db.driver.createSchemaBuilder().log();
        expect(pending.upQueries.map((query) => query.query)).toEqual([]);
        for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration();
        const queryRunner = db.createQueryRunner();
        for (const { tableName } of db.entityMetadatas) expect([tableName, await queryRunner.hasTable(tableName)]).toEqual([tableName, false]);
        await queryRunner.release();
      } finally {
        await db.destroy();
        await databases.drop();
      }
    });
  });
});
