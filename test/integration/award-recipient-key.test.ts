import { citySubgraph } from '../../services/city/subgraph';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { DATABASES } from '../support/databases';

// The migration that keys city awards by recipient fills the key of the awards there are, and keeps
// an award an earlier race recorded twice, keyed apart, so that the unique index can be made.
describe.each(DATABASES)('the award recipient key migration on %s', (_name, makeDatabases, describeOn) => {
  describeOn('on a database holding awards', () => {
    test('fills every key and keys repeated awards apart by id', async () => {
      const databases = makeDatabases('recipient_key');
      const db = await openSubgraphDatabase(citySubgraph, databases.urls.city);
      try {
        const executed = async () => (await db.query('SELECT name FROM migrations')).map((row: { name: string }) => row.name);
        while ((await executed()).some((name: string) => name.startsWith('AwardRecipientKey'))) await db.undoLastMigration();
        await db.query("INSERT INTO award_type (code, name, name_en, level, recipient_kinds, source) VALUES ('BK_TP', 'Bằng khen', 'Certificate', 'CITY', 'INDIVIDUAL,COLLECTIVE,DISTRICT', 'test')");
        const award = (id: number, kind: string, ids: [district: string, unit: string | null, person: string | null]) =>
          db.query(
            'INSERT INTO award (id, year, award_type_code, recipient_kind, recipient_name, district_id, unit_id, person_id, source) VALUES (?, 2024, ?, ?, ?, ?, ?, ?, ?)',
            [id, 'BK_TP', kind, 'x', ...ids, 'test'],
          );
        await award(1, 'INDIVIDUAL', ['ba-dinh', null, 'ba-dinh-p0001']);
        await award(2, 'INDIVIDUAL', ['ba-dinh', null, 'ba-dinh-p0001']);
        await award(3, 'COLLECTIVE', ['ba-dinh', 'ba-dinh-u001', null]);
        await award(4, 'DISTRICT', ['ba-dinh', null, null]);
        await db.runMigrations();
        const keys = await db.query('SELECT id, recipient_key FROM award ORDER BY id');
        expect(keys.map((row: { id: number; recipient_key: string }) => [Number(row.id), row.recipient_key])).toEqual([
          [1, 'INDIVIDUAL:ba-dinh-p0001'],
          [2, 'INDIVIDUAL:ba-dinh-p0001#2'],
          [3, 'COLLECTIVE:ba-dinh-u001'],
          [4, 'DISTRICT:ba-dinh'],
        ]);
        // From now on the index refuses a second one, and every award must name its recipient.
        const again = "INSERT INTO award (id, year, award_type_code, recipient_kind, recipient_name, district_id, recipient_key, source) VALUES (5, 2024, 'BK_TP', 'DISTRICT', 'x', 'ba-dinh', 'DISTRICT:ba-dinh', 'test')";
        await expect(db.query(again)).rejects.toThrow(/Duplicate entry|UNIQUE constraint/);
        await expect(award(6, 'DISTRICT', ['dong-da', null, null])).rejects.toThrow(/recipient_key/);
      } finally {
        await db.destroy();
        await databases.drop();
      }
    }, 60000);
  });
});
