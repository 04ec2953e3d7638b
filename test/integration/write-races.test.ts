import type { DataSource } from 'typeorm';
import { competitionRanks } from '../../services/city/par-ranking';
import { citySubgraph } from '../../services/city/subgraph';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { Role } from '../../services/core/auth';
import type { SubgraphName } from '../../services/core/config';
import { openSubgraphDatabase, type SubgraphDefinition } from '../../services/core/subgraph';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation, type GraphQLBody } from '../support/federation';
import type { Caller } from '../support/tokens';

// Races as clients make them: N requests sent at once over HTTP to the gateway in front of the
// real subgraphs, each write in its own transaction (a real connection pool on MariaDB, the one
// embedded connection on SQLite). After each race the rows and audit rows are counted.
const N = 50;
const YEAR = 2025;
const CLUSTER_YEAR = 2031;
const DISTRICT = 'ba-dinh';
const officer: Caller = { role: Role.DISTRICT_OFFICER, district: DISTRICT };
const cityAdmin: Caller = { role: Role.CITY_ADMIN };
const clusterAdmin = (cluster: string): Caller => ({ role: Role.CLUSTER_ADMIN, cluster });

// What a client must never read: the driver's words.
const DRIVER_TEXT = /Duplicate entry|constraint failed|SQLITE_|ER_[A-Z_]{3,}|deadlock|lock wait|transaction within a transaction|savepoint/i;

const CONFER = `mutation ($input: ConferLocalAwardInput!) { conferLocalAward(input: $input) { id year } }`;
const CONFER_MANY = `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id } }`;
const REVOKE_LOCAL = `mutation ($id: ID!) { revokeLocalAward(id: $id, reason: "race") { id } }`;
const ADD_PERSON = `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }`;
const CREATE_UNIT = `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
const RATE = `mutation ($input: RateYearInput!) { rateYear(input: $input) { id rating } }`;
const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { id number } }`;
const REVOKE_AWARD = `mutation ($id: ID!) { revokeAward(id: $id, reason: "race") { id } }`;
const RECORD_PAR = `mutation ($input: RecordParIndexInput!) { recordParIndex(input: $input) { year rank score district { id } } }`;
const SET_MEMBERSHIP = `mutation ($input: SetMembershipInput!) { setMembership(input: $input) { year } }`;
const DEFINE_TABLE = `mutation ($input: DefineScoringTableInput!) { defineScoringTable(input: $input) { id } }`;
const SUBMIT_SCORES = `mutation ($input: SubmitScoresInput!) { submitScores(input: $input) { id points } }`;
const FINALIZE = `mutation ($clusterId: ID!, $year: Int!) { finalizeYear(clusterId: $clusterId, year: $year) { finalizedAt standings { score district { id } } } }`;
const RECORD_CONFERENCE = `mutation ($input: RecordConferenceInput!) { recordConference(input: $input) { id } }`;

const TABLE = [
  { code: 'A01', title: 'Thực hiện các chỉ tiêu kinh tế – xã hội', maxPoints: 60, kind: 'BASE' },
  { code: 'A02', title: 'Cải cách hành chính', maxPoints: 40, kind: 'BASE' },
];

interface Outcome {
  committed: number;
  /** The code of every answer that was refused. */
  refused: string[];
  bodies: Array<GraphQLBody<any>>;
}

describe.each(DATABASES)('concurrent writes on %s', (_name, makeDatabases, describeOn) => {
  describeOn('keep their invariants', () => {
    let databases: TestDatabases;
    let federation: Federation;
    const dbs = {} as Record<SubgraphName, DataSource>;
    let people: string[];
    let unitId: string;

    const rows = (subgraph: SubgraphName, sql: string, parameters: unknown[] = []): Promise<any[]> => dbs[subgraph].query(sql, parameters);
    const count = async (subgraph: SubgraphName, sql: string, parameters: unknown[] = []): Promise<number> => Number((await rows(subgraph, sql, parameters))[0].n);
    const audits = (subgraph: SubgraphName, operation: string, entityId?: string) =>
      count(subgraph, `SELECT COUNT(*) AS n FROM audit_log WHERE operation = ?${entityId ? ' AND entity_id = ?' : ''}`, entityId ? [operation, entityId] : [operation]);

    /** Sends every call at once and waits for all the answers. */
    async function race(calls: Array<[query: string, variables: Record<string, unknown>, as: Caller]>): Promise<Outcome> {
      const bodies = await Promise.all(calls.map(([query, variables, as]) => federation.query(query, variables, as)));
      for (const body of bodies) {
        for (const error of body.errors ?? []) {
          expect(error.message).not.toMatch(DRIVER_TEXT);
          expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        }
      }
      return {
        committed: bodies.filter((body) => !body.errors && body.data).length,
        refused: bodies.filter((body) => body.errors).map((body) => String(body.errors![0].extensions?.code)),
        bodies,
      };
    }
    const times = (n: number, call: (i: number) => [string, Record<string, unknown>, Caller]) => Array.from({ length: n }, (_, i) => call(i));
    const ok = async (query: string, variables: Record<string, unknown>, as: Caller) => {
      const body = await federation.query(query, variables, as);
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    /** Exactly one call committed and every other one was refused with one of `codes`. */
    function expectOneCommitted(outcome: Outcome, codes: string[] = ['CONFLICT']): void {
      expect(outcome.committed).toBe(1);
      expect(outcome.refused).toHaveLength(outcome.bodies.length - 1);
      expect(outcome.refused.filter((code) => !codes.includes(code))).toEqual([]);
    }

    beforeAll(async () => {
      databases = makeDatabases('races');
      // The races measure what is committed, not latency: 50 writes queued on one lock may wait longer
      // than the default 5 s on a CI machine that runs other suites beside this one.
      federation = await startFederation(databases.urls, { SUBGRAPH_TIMEOUT_MS: '30000' });
      const definitions: Record<SubgraphName, SubgraphDefinition<any>> = { district: districtSubgraph, cluster: clusterSubgraph, city: citySubgraph };
      for (const name of Object.keys(definitions) as SubgraphName[]) dbs[name] = await openSubgraphDatabase(definitions[name], databases.urls[name]);
      // People the rules allow a title in YEAR: no discipline in force then (it would void the year), no title of that year yet.
      people = (
        await rows(
          'district',
          `SELECT id FROM person WHERE district_id = ?
             AND id NOT IN (SELECT person_id FROM discipline WHERE to_date >= ? AND from_date <= ?)
             AND id NOT IN (SELECT person_id FROM local_award WHERE year = ? AND person_id IS NOT NULL)
           ORDER BY id LIMIT 40`,
          [DISTRICT, `${YEAR}-01-01`, `${YEAR}-12-31`, YEAR],
        )
      ).map((row) => row.id);
      [{ id: unitId }] = await rows('district', 'SELECT id FROM unit WHERE district_id = ? ORDER BY id LIMIT 1', [DISTRICT]);
    }, 300000);
    afterAll(async () => {
      for (const db of Object.values(dbs)) await db.destroy();
      await federation?.stop();
      await databases?.drop();
    });

    describe('district', () => {
      const localAwards = (personId: string, code: string) =>
        count('district', 'SELECT COUNT(*) AS n FROM local_award WHERE person_id = ? AND year = ? AND award_type_code = ?', [personId, YEAR, code]);
      const confer = (personId: string, code: string, decisionNumber: string): [string, Record<string, unknown>, Caller] => [
        CONFER,
        { input: { personId, year: YEAR, awardTypeCode: code, decisionNumber } },
        officer,
      ];

      // The titles raced for below are lawful: LDTT needs a GOOD year, CSTDCS an EXCELLENT one (Law 06/2022).
      beforeAll(async () => {
        for (const personId of [...people.slice(0, 3), ...people.slice(20, 35)]) {
          await ok(RATE, { input: { personId, year: YEAR, rating: 'EXCELLENT' } }, officer);
        }
      }, 60000);

      test(`${N} identical and ${N} conflicting conferLocalAward: one award each, the others CONFLICT`, async () => {
        const [same, rival] = [people[0], people[1]];
        expectOneCommitted(await race(times(N, () => confer(same, 'LDTT', 'QĐ 1/2025'))));
        expectOneCommitted(await race(times(N, (i) => confer(rival, 'LDTT', `QĐ ${100 + i}/2025`))));
        expect([await localAwards(same, 'LDTT'), await localAwards(rival, 'LDTT')]).toEqual([1, 1]);
        expect(await audits('district', 'conferLocalAward')).toBe(2);
      }, 90000);

      test('3 conferLocalAward at once (the issue on SQLite): one committed, two CONFLICT', async () => {
        expectOneCommitted(await race(times(3, () => confer(people[2], 'LDTT', 'QĐ 3/2025'))));
        expect(await localAwards(people[2], 'LDTT')).toBe(1);
      }, 30000);

      test(`${N} decisions naming one person among others: all or nothing, one committed`, async () => {
        const shared = people[3];
        const outcome = await race(times(N, (i) => [CONFER_MANY, { input: { personIds: [shared, people[10 + (i % 20)]], year: YEAR, awardTypeCode: 'GK', decisionNumber: `GK ${i}` } }, officer]));
        expectOneCommitted(outcome);
        expect(await count('district', "SELECT COUNT(*) AS n FROM local_award WHERE year = ? AND award_type_code = 'GK' AND district_id = ?", [YEAR, DISTRICT])).toBe(2);
        expect(await audits('district', 'conferLocalAwards')).toBe(2);
      }, 90000);

      test('revoking LDTTs while conferring the CSTDCS that rest on them leaves no CSTDCS without its LDTT', async () => {
        const holders = people.slice(20, 35);
        const conferred = (await ok(CONFER_MANY, { input: { personIds: holders, year: YEAR, awardTypeCode: 'LDTT', decisionNumber: 'LDTT 15' } }, officer)).conferLocalAwards;
        const outcome = await race(
          holders.flatMap((personId, i) => [confer(personId, 'CSTDCS', `CS ${i}`), [REVOKE_LOCAL, { id: conferred[i].id }, officer] as [string, Record<string, unknown>, Caller]]),
        );
        // Each pair: one of the two went first, and the other was then refused by the rule.
        expect(outcome.committed).toBe(holders.length);
        expect(outcome.refused).toEqual(Array(holders.length).fill('NOT_ELIGIBLE'));
        // A revoked LDTT stays on record: a CSTDCS in force needs one in force.
        const orphans = await rows(
          'district',
          `SELECT c.person_id FROM local_award c WHERE c.award_type_code = 'CSTDCS' AND c.year = ? AND c.in_force = 1 AND NOT EXISTS (
             SELECT 1 FROM local_award l WHERE l.award_type_code = 'LDTT' AND l.year = c.year AND l.person_id = c.person_id AND l.in_force = 1)`,
          [YEAR],
        );
        expect(orphans).toEqual([]);
      }, 90000);

      test(`${N} revocations of one award: one committed, the others find it revoked (CONFLICT)`, async () => {
        const [{ id }] = await rows('district', "SELECT id FROM local_award WHERE person_id = ? AND year = ? AND award_type_code = 'LDTT'", [people[0], YEAR]);
        expectOneCommitted(await race(times(N, () => [REVOKE_LOCAL, { id: String(id) }, officer])));
        expect(await audits('district', 'revokeLocalAward', String(id))).toBe(1);
        expect(await rows('district', 'SELECT status, in_force FROM local_award WHERE id = ?', [id])).toEqual([{ status: 'REVOKED', in_force: null }]);
      }, 90000);

      test(`${N} addPerson and ${N} createUnit at once: every one committed, each with an id of its own`, async () => {
        const added = await race(times(N, (i) => [ADD_PERSON, { input: { unitId, fullName: `Người ${i}`, position: 'Chuyên viên', gender: i % 2 ? 'MALE' : 'FEMALE' } }, officer]));
        const created = await race(times(N, (i) => [CREATE_UNIT, { input: { districtId: DISTRICT, name: `Đơn vị ${i}`, kind: 'OTHER', memberCount: 10 } }, officer]));
        for (const [outcome, field] of [[added, 'addPerson'], [created, 'createUnit']] as const) {
          expect(outcome.committed).toBe(N);
          expect(new Set(outcome.bodies.map((body) => body.data[field].id)).size).toBe(N);
        }
        expect(await audits('district', 'addPerson')).toBe(N);
        expect(await audits('district', 'createUnit')).toBe(N);
      }, 90000);

      test(`${N} ratings of one person's year replace one another: one row, ${N} audit rows in a chain`, async () => {
        const ratings = ['EXCELLENT', 'GOOD', 'COMPLETED'];
        const outcome = await race(times(N, (i) => [RATE, { input: { personId: people[5], year: YEAR, rating: ratings[i % 3] } }, officer]));
        expect(outcome.committed).toBe(N);
        const stored = await rows('district', 'SELECT id, rating FROM year_rating WHERE person_id = ? AND year = ?', [people[5], YEAR]);
        expect(stored).toHaveLength(1);
        const chain = await rows('district', "SELECT `before`, `after` FROM audit_log WHERE operation = 'rateYear' AND entity_id = ? ORDER BY id", [String(stored[0].id)]);
        expect(chain).toHaveLength(N);
        // Each write replaced what the one before it wrote: none read a rating that was being replaced.
        for (let i = 1; i < N; i++) expect(JSON.parse(chain[i].before).rating).toBe(JSON.parse(chain[i - 1].after).rating);
        expect(JSON.parse(chain[N - 1].after).rating).toBe(stored[0].rating);
      }, 90000);
    });

    describe('city', () => {
      const decision = (number: string, personId: string) => ({
        input: {
          number,
          signedOn: '2026-01-15',
          signer: 'KT. Chủ tịch – Phó Chủ tịch',
          // Ad hoc (khen thưởng đột xuất): the race is about the write, not about the person's record.
          awards: [{ awardTypeCode: 'BK_TP', year: YEAR, recipientKind: 'INDIVIDUAL', districtId: DISTRICT, personId, recipientName: `Người ${personId}`, adHocReason: 'Dũng cảm cứu người' }],
        },
      });
      const held = (personId: string) =>
        count('city', "SELECT COUNT(*) AS n FROM award WHERE person_id = ? AND year = ? AND award_type_code = 'BK_TP'", [personId, YEAR]);

      test(`${N} identical and ${N} conflicting issueDecision: one decision, one award each, the others CONFLICT`, async () => {
        expectOneCommitted(await race(times(N, () => [ISSUE, decision('1/QĐ-RACE', people[6]), cityAdmin])));
        expectOneCommitted(await race(times(N, (i) => [ISSUE, decision(`${100 + i}/QĐ-RACE`, people[7]), cityAdmin])));
        expect([await held(people[6]), await held(people[7])]).toEqual([1, 1]);
        expect(await count('city', "SELECT COUNT(*) AS n FROM award_decision WHERE number LIKE '%/QĐ-RACE'")).toBe(2);
        // A decision and its award each: two audit rows a committed call.
        expect(await audits('city', 'issueDecision')).toBe(4);
      }, 90000);

      test(`${N} revocations of one award: one committed, the others find it revoked (CONFLICT)`, async () => {
        const [{ id }] = await rows('city', "SELECT id FROM award WHERE person_id = ? AND award_type_code = 'BK_TP' AND year = ?", [people[6], YEAR]);
        expectOneCommitted(await race(times(N, () => [REVOKE_AWARD, { id: String(id) }, cityAdmin])));
        expect(await audits('city', 'revokeAward', String(id))).toBe(1);
        expect(await rows('city', 'SELECT status, in_force FROM award WHERE id = ?', [id])).toEqual([{ status: 'REVOKED', in_force: null }]);
      }, 90000);

      test('30 districts recording their PAR index at once are ranked right', async () => {
        const districts = (await rows('district', 'SELECT id FROM district ORDER BY id LIMIT 30')).map((row) => row.id as string);
        // Ties on purpose: equal scores share a rank.
        const scores = new Map(districts.map((id, i) => [id, 90 + (i % 9) / 2]));
        const outcome = await race(districts.map((districtId) => [RECORD_PAR, { input: { districtId, year: YEAR, score: scores.get(districtId) } }, cityAdmin]));
        expect(outcome.committed).toBe(districts.length);
        const stored = await rows('city', 'SELECT district_id, score, rank FROM par_index WHERE year = ?', [YEAR]);
        expect(stored).toHaveLength(districts.length);
        const expected = competitionRanks(new Map(stored.map((row) => [row.district_id, Number(row.score)])));
        expect(Object.fromEntries(stored.map((row) => [row.district_id, Number(row.rank)]))).toEqual(Object.fromEntries(expected));
      }, 90000);

      test(`${N} identical recordParIndex: one row for the district and year`, async () => {
        const outcome = await race(times(N, () => [RECORD_PAR, { input: { districtId: DISTRICT, year: YEAR + 1, score: 93.5 } }, cityAdmin]));
        expect(outcome.committed).toBe(N);
        expect(await count('city', 'SELECT COUNT(*) AS n FROM par_index WHERE district_id = ? AND year = ?', [DISTRICT, YEAR + 1])).toBe(1);
      }, 90000);
    });

    describe('cluster', () => {
      let members: Record<string, string[]>;

      beforeAll(async () => {
        members = {};
        for (const cluster of ['III', 'IX']) {
          const memberships = await rows('cluster', 'SELECT district_id FROM cluster_membership WHERE cluster_id = ? AND year = 2024 ORDER BY district_id', [cluster]);
          members[cluster] = memberships.map((row) => row.district_id);
          const roles = members[cluster].map((districtId, i) => ({ districtId, role: i === 0 ? 'HEAD' : 'MEMBER' }));
          await ok(SET_MEMBERSHIP, { input: { clusterId: cluster, year: CLUSTER_YEAR, members: roles } }, clusterAdmin(cluster));
          await ok(DEFINE_TABLE, { input: { clusterId: cluster, year: CLUSTER_YEAR, criteria: TABLE } }, clusterAdmin(cluster));
          for (const districtId of members[cluster]) {
            await ok(SUBMIT_SCORES, { input: { clusterId: cluster, year: CLUSTER_YEAR, districtId, scores: [{ criterionCode: 'A01', points: 30 }] } }, clusterAdmin(cluster));
          }
        }
      }, 60000);

      test('submitScores racing finalizeYear: no score changes once the year is final, in the database too', async () => {
        const submit = (i: number): [string, Record<string, unknown>, Caller] => [
          SUBMIT_SCORES,
          { input: { clusterId: 'III', year: CLUSTER_YEAR, districtId: members.III[i % members.III.length], scores: [{ criterionCode: 'A02', points: i % 40 }] } },
          clusterAdmin('III'),
        ];
        const calls = times(N, submit);
        calls.splice(N / 2, 0, [FINALIZE, { clusterId: 'III', year: CLUSTER_YEAR }, clusterAdmin('III')]);
        const outcome = await race(calls);
        expect(outcome.refused.filter((code) => code !== 'YEAR_FINAL')).toEqual([]);
        const final = outcome.bodies[N / 2].data.finalizeYear;
        // What finalizeYear ranked is what is stored: no score committed after it.
        const totals = await rows('cluster', 'SELECT district_id, SUM(points) AS total FROM score WHERE cluster_id = ? AND year = ? GROUP BY district_id', ['III', CLUSTER_YEAR]);
        expect(Object.fromEntries(totals.map((row) => [row.district_id, Number(row.total)]))).toEqual(
          Object.fromEntries(final.standings.map((standing: any) => [standing.district.id, standing.score])),
        );
        const [{ final_at: finalAt }] = await rows('cluster', "SELECT MIN(id) AS final_at FROM audit_log WHERE operation = 'finalizeYear' AND entity_id = ?", [`III/${CLUSTER_YEAR}`]);
        expect(await count('cluster', "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'submitScores' AND id > ?", [finalAt])).toBe(0);
        // The database itself refuses a change to the final year, whoever writes it.
        await expect(dbs.cluster.query('UPDATE score SET points = 0 WHERE cluster_id = ? AND year = ?', ['III', CLUSTER_YEAR])).rejects.toThrow(/YEAR_FINAL/);
        await expect(dbs.cluster.query('DELETE FROM score WHERE cluster_id = ? AND year = ?', ['III', CLUSTER_YEAR])).rejects.toThrow(/YEAR_FINAL/);
      }, 90000);

      test(`${N} identical finalizeYear: one committed, the others YEAR_FINAL; one lock row, one vote`, async () => {
        expectOneCommitted(await race(times(N, () => [FINALIZE, { clusterId: 'IX', year: CLUSTER_YEAR }, clusterAdmin('IX')])), ['YEAR_FINAL']);
        expect(await count('cluster', 'SELECT COUNT(*) AS n FROM cluster_year WHERE cluster_id = ? AND year = ?', ['IX', CLUSTER_YEAR])).toBe(1);
        const nominations = await count('cluster', 'SELECT COUNT(*) AS n FROM nomination WHERE cluster_id = ? AND year = ?', ['IX', CLUSTER_YEAR]);
        expect(nominations).toBe(Math.min(6, members.IX.length));
        expect(await count('cluster', "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'finalizeYear' AND scope = 'cluster:IX'")).toBe(1 + nominations);
      }, 90000);

      test(`${N} identical and ${N} conflicting recordConference: one conference a cluster a day`, async () => {
        const conference = (heldOn: string, summary: string): [string, Record<string, unknown>, Caller] => [
          RECORD_CONFERENCE,
          { input: { clusterId: 'III', heldOn, kind: 'YEAR_END_REVIEW', summary, figures: [{ name: 'Thu ngân sách', value: 1, unitOfMeasure: 'tỷ đồng' }] } },
          clusterAdmin('III'),
        ];
        expectOneCommitted(await race(times(N, () => conference('2031-12-20', 'Tổng kết'))));
        expectOneCommitted(await race(times(N, (i) => conference('2031-12-21', `Tổng kết ${i}`))));
        expect(await count('cluster', "SELECT COUNT(*) AS n FROM conference_figure WHERE conference_id IN ('III-2031-12-20', 'III-2031-12-21')")).toBe(2);
        expect(await audits('cluster', 'recordConference')).toBe(4);
      }, 90000);

      // A cluster repeating its own claim replaces it: the conflicting claims are the other clusters'.
      test('every cluster claiming one district for a year at once: one membership, the others CONFLICT', async () => {
        const clusters = (await rows('cluster', 'SELECT id FROM cluster ORDER BY id')).map((row) => row.id as string);
        expect(clusters.length).toBeGreaterThan(2);
        const claim = (cluster: string): [string, Record<string, unknown>, Caller] => [
          SET_MEMBERSHIP,
          { input: { clusterId: cluster, year: CLUSTER_YEAR + 1, members: [{ districtId: DISTRICT, role: 'HEAD' }] } },
          clusterAdmin(cluster),
        ];
        expectOneCommitted(await race(clusters.map(claim)));
        expect(await count('cluster', 'SELECT COUNT(*) AS n FROM cluster_membership WHERE district_id = ? AND year = ?', [DISTRICT, CLUSTER_YEAR + 1])).toBe(1);
      }, 90000);
    });

    test('a second mutation of one operation reads what the first wrote', async () => {
      const body = await federation.query(
        `mutation ($unitId: ID!) {
          first: addPerson(input: { unitId: $unitId, fullName: "Trước", position: "Chuyên viên", gender: FEMALE }) { unit { name } }
          rename: updateUnit(id: $unitId, input: { name: "Đơn vị đã đổi tên" }) { id }
          second: addPerson(input: { unitId: $unitId, fullName: "Sau", position: "Chuyên viên", gender: MALE }) { unit { name } }
        }`,
        { unitId },
        officer,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.first.unit.name).not.toBe('Đơn vị đã đổi tên');
      expect(body.data.second.unit.name).toBe('Đơn vị đã đổi tên');
    }, 30000);
  });
});
