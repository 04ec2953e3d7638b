import type { DataSource } from 'typeorm';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { seedDatabase } from '../../demo/seeding';
import { SUBGRAPHS } from '../../services/subgraphs';
import { DATABASES } from '../support/databases';

// Which table holds the ids that a column of that name refers to, wherever it stands.
const REFERENCES: Record<string, { subgraph: string; table: string; column: string }> = {
  district_id: { subgraph: 'district', table: 'district', column: 'id' },
  host_district_id: { subgraph: 'district', table: 'district', column: 'id' },
  unit_id: { subgraph: 'district', table: 'unit', column: 'id' },
  person_id: { subgraph: 'district', table: 'person', column: 'id' },
  award_type_code: { subgraph: 'city', table: 'award_type', column: 'code' },
  used_for_award_code: { subgraph: 'city', table: 'award_type', column: 'code' },
};

async function distinctValues(db: DataSource, table: string, column: string): Promise<Set<string>> {
  const quote = (name: string) => db.driver.escape(name);
  const rows: Array<{ value: string }> = await db.query(
    `SELECT DISTINCT ${quote(column)} AS value FROM ${quote(table)} WHERE ${quote(column)} IS NOT NULL`,
  );
  return new Set(rows.map((row) => String(row.value)));
}

// Subgraphs never read each other's databases, so nothing but this test checks that the data sets
// agree across them: every id a level uses for another level's row exists there.
describe.each(DATABASES)('references across the three databases, on %s', (_name, makeDatabases, describeOn) => {
  describeOn.each(['hanoi', 'camle'] as const)('data set %s', (dataset) => {
    let databases: ReturnType<typeof makeDatabases>;
    const dbs: Record<string, DataSource> = {};
    beforeAll(async () => {
      databases = makeDatabases(`integrity_${dataset}`);
      for (const definition of SUBGRAPHS) {
        dbs[definition.name] = await openSubgraphDatabase(definition, databases.urls[definition.name]);
        await seedDatabase(definition, dbs[definition.name], { dataset, scale: 1 });
      }
    }, 120_000);
    afterAll(async () => {
      for (const db of Object.values(dbs)) await db.destroy();
      await databases?.drop();
    });

    test('every district, unit, person and award type a row refers to exists in its owner', async () => {
      const checked: string[] = [];
      for (const [subgraph, db] of Object.entries(dbs)) {
        for (const metadata of db.entityMetadatas) {
          for (const column of metadata.columns) {
            const target = REFERENCES[column.databaseName];
            if (!target || (target.subgraph === subgraph && target.table === metadata.tableName)) continue;
            const used = await distinctValues(db, metadata.tableName, column.databaseName);
            const known = await distinctValues(dbs[target.subgraph], target.table, target.column);
            const unknown = [...used].filter((value) => !known.has(value));
            expect({ column: `${subgraph}.${metadata.tableName}.${column.databaseName}`, unknown }).toEqual({
              column: `${subgraph}.${metadata.tableName}.${column.databaseName}`,
              unknown: [],
            });
            checked.push(`${subgraph}.${metadata.tableName}.${column.databaseName}`);
          }
        }
      }
      // The cluster and city data refer to districts; the district data to award types.
      expect(checked).toEqual(expect.arrayContaining(['cluster.cluster_membership.district_id', 'city.award.district_id']));
    });

    test('seeding again over the data (`npm run seed -- --replace`) gives the same rows', async () => {
      for (const definition of SUBGRAPHS) {
        const db = dbs[definition.name];
        const counts = async () =>
          Promise.all(db.entityMetadatas.map(async ({ tableName }) => [tableName, await db.getRepository(tableName).count()]));
        const before = await counts();
        await seedDatabase(definition, db, { dataset, scale: 1 }, true);
        expect(await counts()).toEqual(before);
      }
    }, 120_000);
  });
});
