import { Role } from '../../services/core/auth';
import type { SubgraphDefinition } from '../../services/core/subgraph';
import { citySubgraph } from '../../services/city/subgraph';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' };
const CLUSTER_ADMIN: Caller = { role: Role.CLUSTER_ADMIN, cluster: 'III' };
const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN };

// What a reader cannot see, alone: ZWSP, the emoji variation selector, ideographic and no-break spaces, BOM, ZWJ, a lone combining accent.
const INVISIBLE = ['\u200b', '\ufe0f', '\u3000\u00a0 ', '\ufeff', '\u200d\u200d', '\u0301', '\t\n'];
const HUGE = [1e308, -1e308];
const OUT_OF_RANGE_DATES = ['0000-01-01', '9999-12-31', '1944-12-31', '2101-01-01'];

const ADD_PERSON = `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id fullName } }`;
const person = (fullName: string) => ({ input: { unitId: 'ba-dinh-u001', fullName, position: 'Chuyên viên', gender: 'FEMALE' } });
const LAUNCH = `mutation ($input: LaunchMovementInput!) { launchMovement(input: $input) { id } }`;
const movement = (change: Record<string, unknown>) => ({ input: { districtId: 'ba-dinh', year: 2024, title: 'Thi đua yêu nước', ...change } });
const SET_TARGET = `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id } }`;
const RECORD_RESULT = `mutation ($id: ID!, $actual: Float!) { recordTargetResult(id: $id, actual: $actual) { id actual } }`;
const RECORD_CONFERENCE = `mutation ($input: RecordConferenceInput!) { recordConference(input: $input) { id } }`;
const conference = (change: Record<string, unknown>) => ({ input: { clusterId: 'III', heldOn: '2031-03-03', kind: 'KICKOFF', summary: 'Ký kết giao ước', ...change } });
const RECORD_PAR = `mutation ($input: RecordParIndexInput!) { recordParIndex(input: $input) { rank } }`;

/** One subgraph on a fresh database of the kind, and what its tables hold, to see that a refusal stored nothing. */
function levelOn(definition: SubgraphDefinition<any>, makeDatabases: (label: string) => TestDatabases, tables: string[]) {
  const level = { subgraph: undefined as unknown as SubgraphUnderTest, databases: undefined as unknown as TestDatabases };
  beforeAll(async () => {
    level.databases = makeDatabases(`inputs_${definition.name}`);
    level.subgraph = await subgraphUnderTest(definition, 'hanoi', level.databases.urls[definition.name]);
  }, 300000);
  afterAll(async () => {
    await level.subgraph?.stop();
    await level.databases?.drop();
  });
  const counts = async () =>
    Object.fromEntries(await Promise.all([...tables, 'audit_log'].map(async (table) => [table, Number((await level.subgraph.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)])));
  /** Runs a write that must be refused: BAD_USER_INPUT naming the field, and no row or audit row stored. */
  const refused = async (query: string, variables: Record<string, unknown>, as: Caller, field: string) => {
    const before = await counts();
    const { data, errors } = await level.subgraph.execute(query, variables, as);
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const named = errors![0].extensions.fields ?? [errors![0].extensions.argument];
    expect(named.join(' ')).toContain(field);
    expect(await counts()).toEqual(before);
    return errors![0];
  };
  return { level, refused };
}

describe.each(DATABASES)('input rules on %s', (_name, makeDatabases, describeOn) => {
  describeOn('district writes', () => {
    const { level, refused } = levelOn(districtSubgraph, makeDatabases, ['person', 'movement', 'target']);

    test('a length counts code points, as MariaDB counts a utf8mb4 VARCHAR: 256 U+FE0F are 256 characters', async () => {
      const error = await refused(ADD_PERSON, person(`A${'\ufe0f'.repeat(255)}`), OFFICER, 'fullName');
      expect(error.message).toMatch(/fullName must be at most 128 characters/);
      await refused(ADD_PERSON, person('\ufe0f'.repeat(256)), OFFICER, 'fullName');
      await refused(ADD_PERSON, person('🏅'.repeat(129)), OFFICER, 'fullName');
      await refused(ADD_PERSON, person(`Nguyễn${'\u0301'.repeat(123)}`), OFFICER, 'fullName');
    });

    test('128 characters of four bytes each fit the 128-character column, and are stored whole', async () => {
      const name = `Lê ${'🏅'.repeat(125)}`;
      const { data, errors } = await level.subgraph.execute(ADD_PERSON, person(name), OFFICER);
      expect(errors).toBeUndefined();
      const [row] = await level.subgraph.db.query('SELECT full_name AS name FROM person WHERE id = ?', [data.addPerson.id]);
      expect(row.name).toBe(name);
    });

    test.each(INVISIBLE.map((text) => [JSON.stringify(text), text]))('a name of nothing visible (%s) is blank', async (_label, text) => {
      await refused(ADD_PERSON, person(text), OFFICER, 'fullName');
    });

    test.each(OUT_OF_RANGE_DATES)('the date %s is outside the years the graph records', async (date) => {
      const error = await refused(LAUNCH, movement({ launchedOn: date }), OFFICER, 'launchedOn');
      expect(error.message).toMatch(/1945 to 2100/);
    });

    test.each(HUGE)('a target of %s is no target', async (planned) => {
      await refused(SET_TARGET, { input: { districtId: 'ba-dinh', year: 2024, name: 'Thu ngân sách', unitOfMeasure: 'tỷ đồng', planned, higherIsBetter: true } }, OFFICER, 'planned');
    });

    test.each(HUGE)('a result of %s is no result', async (actual) => {
      const [target] = await level.subgraph.db.query(`SELECT id, actual FROM target WHERE district_id = 'ba-dinh' ORDER BY id LIMIT 1`);
      await refused(RECORD_RESULT, { id: String(target.id), actual }, OFFICER, 'actual');
      const [after] = await level.subgraph.db.query('SELECT actual FROM target WHERE id = ?', [target.id]);
      expect(after.actual).toEqual(target.actual);
    });
  });

  describeOn('cluster writes', () => {
    const { refused } = levelOn(clusterSubgraph, makeDatabases, ['conference', 'conference_figure']);

    test.each(OUT_OF_RANGE_DATES)('a conference held on %s is refused', async (heldOn) => {
      await refused(RECORD_CONFERENCE, conference({ heldOn }), CLUSTER_ADMIN, 'heldOn');
    });

    test.each(HUGE)('a figure of %s is refused', async (value) => {
      await refused(RECORD_CONFERENCE, conference({ figures: [{ name: 'Thu ngân sách', value, unitOfMeasure: 'tỷ đồng' }] }), CLUSTER_ADMIN, 'value');
    });

    test('a blank summary, figure name or unit is refused', async () => {
      await refused(RECORD_CONFERENCE, conference({ summary: '\u200b\ufe0f' }), CLUSTER_ADMIN, 'summary');
      await refused(RECORD_CONFERENCE, conference({ figures: [{ name: '\u3000', value: 1, unitOfMeasure: '%' }] }), CLUSTER_ADMIN, 'name');
      await refused(RECORD_CONFERENCE, conference({ figures: [{ name: 'Tỷ lệ', value: 1, unitOfMeasure: ' ' }] }), CLUSTER_ADMIN, 'unitOfMeasure');
    });
  });

  describeOn('city writes', () => {
    const { refused } = levelOn(citySubgraph, makeDatabases, ['par_index']);

    test.each(HUGE)('a PAR score of %s is refused', async (score) => {
      await refused(RECORD_PAR, { input: { districtId: 'dong-da', year: 2023, score } }, CITY_ADMIN, 'score');
    });
  });
});
