import { Role } from '../../services/core/auth';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { Nomination } from '../../services/cluster/entities/nomination';
import { Score } from '../../services/cluster/entities/score';
import { DATABASES, type TestDatabases } from '../support/databases';
import { failOnInsert } from '../support/faults';
import { subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import { everyCaller, type Caller } from '../support/tokens';

const MEMBERS: Record<string, string[]> = {
  III: ['hoang-mai', 'dong-da', 'ba-dinh', 'hoan-kiem', 'hai-ba-trung', 'long-bien'],
  IX: ['cau-giay', 'thanh-xuan', 'ha-dong', 'nam-tu-liem', 'bac-tu-liem', 'tay-ho'],
  // Seven members: one more than the default quota's six awards. The matrix leaves its quota unset.
  XII: ['son-tay', 'thach-that', 'phuc-tho', 'ba-vi', 'quoc-oai', 'dan-phuong', 'hoai-duc'],
};
const admin = (cluster: string): Caller => ({ role: Role.CLUSTER_ADMIN, cluster });
const TEXT = 'Phường Điện Biên – Tổ dân phố số 7 🏅';
const SQL = "'); DROP TABLE score; -- \" OR 1=1";
const TABLES = [
  'cluster_membership',
  'covenant',
  'covenant_content',
  'scoring_criterion',
  'score',
  'nomination',
  'conference',
  'conference_figure',
  'cluster_year',
  'nomination_quota',
  'audit_log',
];

const SET_MEMBERSHIP = `mutation ($input: SetMembershipInput!) { setMembership(input: $input) { year role source district { id } cluster { id } } }`;
const SIGN_COVENANT = `mutation ($input: SignCovenantInput!) { signCovenant(input: $input) { id year signedOn source contents { number text } } }`;
const DEFINE_TABLE = `mutation ($input: DefineScoringTableInput!) { defineScoringTable(input: $input) { id code title maxPoints kind } }`;
const SUBMIT_SCORES = `mutation ($input: SubmitScoresInput!) { submitScores(input: $input) { id points note district { id } criterion { code } } }`;
const SET_QUOTA = `mutation ($input: SetNominationQuotaInput!) { setNominationQuota(input: $input) { count awardType { code } } }`;
const FINALIZE = `mutation ($clusterId: ID!, $year: Int!) {
  finalizeYear(clusterId: $clusterId, year: $year) {
    year finalizedAt cluster { id }
    standings { rank score district { id } }
    nominations { id votePercent district { id } awardType { code } }
  }
}`;
const RECORD_CONFERENCE = `mutation ($input: RecordConferenceInput!) {
  recordConference(input: $input) { id heldOn kind summary host { id } figures { name value unitOfMeasure } }
}`;

/** A table whose BASE maxima make up 100. */
const TABLE = [
  { code: 'A01', title: 'Thực hiện các chỉ tiêu kinh tế – xã hội', maxPoints: 60, kind: 'BASE' },
  { code: 'A02', title: 'Cải cách hành chính', maxPoints: 40, kind: 'BASE' },
  { code: 'B01', title: 'Điểm thưởng', maxPoints: 5, kind: 'BONUS' },
  { code: 'C01', title: 'Điểm trừ', maxPoints: 5, kind: 'PENALTY' },
];

function membersOf(cluster: string) {
  return MEMBERS[cluster].map((districtId, index) => ({ districtId, role: index === 0 ? 'HEAD' : index === 1 ? 'DEPUTY' : 'MEMBER' }));
}

function codesOf(result: { errors?: any[] }): string[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

describe.each(DATABASES)('cluster writes on %s', (_name, makeDatabases, describeOn) => {
  describeOn('mutations', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;

    beforeAll(async () => {
      databases = makeDatabases('cluster_writes');
      subgraph = await subgraphUnderTest(clusterSubgraph, 'hanoi', databases.urls.cluster);
    }, 180000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    async function ok<T = any>(query: string, variables: Record<string, unknown>, as: Caller | null = null): Promise<T> {
      const result = await subgraph.execute<T>(query, variables, as);
      expect(result.errors).toBeUndefined();
      return result.data!;
    }

    /** The error codes a call answers, and whether it left every table as it was. */
    async function refused(query: string, variables: Record<string, unknown>, as: Caller | null = admin('III')) {
      const before = await counts();
      const result = await subgraph.execute(query, variables, as);
      return { codes: codesOf(result), errors: result.errors ?? [], unchanged: JSON.stringify(await counts()) === JSON.stringify(before) };
    }

    async function counts(): Promise<Record<string, number>> {
      const rows: Record<string, number> = {};
      for (const table of TABLES) {
        const [{ total }] = await subgraph.db.query(`SELECT COUNT(*) AS total FROM ${table}`);
        rows[table] = Number(total);
      }
      return rows;
    }

    /** A cluster-year with its members and a table, written through the API. */
    async function prepareYear(cluster: string, year: number): Promise<void> {
      await ok(SET_MEMBERSHIP, { input: { clusterId: cluster, year, members: membersOf(cluster) } }, admin(cluster));
      await ok(DEFINE_TABLE, { input: { clusterId: cluster, year, criteria: TABLE } }, admin(cluster));
    }

    function scores(cluster: string, year: number, districtId: string, a01: number, extra: Array<Record<string, unknown>> = []) {
      return { input: { clusterId: cluster, year, districtId, scores: [{ criterionCode: 'A01', points: a01 }, ...extra] } };
    }

    describe('authorization matrix: only the CLUSTER_ADMIN of the cluster writes it', () => {
      const YEAR = 2030;
      // In order: each allowed call prepares what the next mutation needs.
      const MUTATIONS: Array<[string, string, (cluster: string) => Record<string, unknown>]> = [
        ['setMembership', SET_MEMBERSHIP, (cluster) => ({ input: { clusterId: cluster, year: YEAR, members: membersOf(cluster) } })],
        [
          'signCovenant',
          SIGN_COVENANT,
          (cluster) => ({ input: { clusterId: cluster, year: YEAR, signedOn: '2029-12-20', contents: [TEXT, 'Thi đua cải cách hành chính'] } }),
        ],
        ['defineScoringTable', DEFINE_TABLE, (cluster) => ({ input: { clusterId: cluster, year: YEAR, criteria: TABLE } })],
        ['submitScores', SUBMIT_SCORES, (cluster) => scores(cluster, YEAR, MEMBERS[cluster][2], 50)],
        ['setNominationQuota', SET_QUOTA, (cluster) => ({ input: { clusterId: cluster, quota: [{ awardTypeCode: 'CO_TP', count: 1 }] } })],
        ['finalizeYear', FINALIZE, (cluster) => ({ clusterId: cluster, year: YEAR })],
        [
          'recordConference',
          RECORD_CONFERENCE,
          (cluster) => ({ input: { clusterId: cluster, heldOn: '2030-12-15', kind: 'YEAR_END_REVIEW', summary: TEXT, hostDistrictId: MEMBERS[cluster][0] } }),
        ],
      ];

      test.each(MUTATIONS)('%s', async (name, query, variablesFor) => {
        for (const cluster of ['III', 'IX']) {
          for (const { name: callerName, caller } of everyCaller('ba-dinh', 'dong-da', 'III', 'IX')) {
            const allowed = caller?.role === Role.CLUSTER_ADMIN && caller.cluster === cluster;
            const before = await counts();
            const result = await subgraph.execute(query, variablesFor(cluster), caller);
            const after = await counts();
            if (allowed) {
              expect([name, cluster, callerName, result.errors]).toEqual([name, cluster, callerName, undefined]);
              expect(after.audit_log).toBeGreaterThan(before.audit_log);
            } else {
              expect([name, cluster, callerName, codesOf(result)]).toEqual([name, cluster, callerName, [caller ? 'FORBIDDEN' : 'UNAUTHENTICATED']]);
              expect([name, cluster, callerName, after]).toEqual([name, cluster, callerName, before]);
            }
          }
        }
      });

      test('the allowed calls wrote what they said, and the year is final', async () => {
        const data = await ok(`{
          cluster(id: "IX") {
            finalized(year: ${YEAR}) notYet: finalized(year: 2031)
            members(year: ${YEAR}) { role source district { id } }
            covenant(year: ${YEAR}) { signedOn contents { number text } }
            nominations(year: ${YEAR}) { source district { id } awardType { code } }
            nominationQuota { count awardType { code } }
            conferences(year: ${YEAR}) { summary host { id } }
          }
        }`, {});
        expect(data.cluster.finalized).toBe(true);
        expect(data.cluster.notYet).toBe(false);
        expect(data.cluster.members[0]).toEqual({ role: 'HEAD', source: 'entered', district: { id: 'cau-giay' } });
        expect(data.cluster.covenant).toEqual({ signedOn: '2029-12-20', contents: [{ number: 1, text: TEXT }, { number: 2, text: 'Thi đua cải cách hành chính' }] });
        // The quota set before finalizing: one CO_TP, to the only district scored.
        expect(data.cluster.nominations).toEqual([{ source: 'entered', district: { id: 'ha-dong' }, awardType: { code: 'CO_TP' } }]);
        expect(data.cluster.nominationQuota).toEqual([{ count: 1, awardType: { code: 'CO_TP' } }]);
        expect(data.cluster.conferences).toEqual([{ summary: TEXT, host: { id: 'cau-giay' } }]);
      });

      test('the audit log is for the cluster’s admin and the city’s: who, which operation, before and after', async () => {
        const AUDIT = `query ($cluster: ID!, $after: String) {
          clusterAuditLog(cluster: $cluster, first: 100, after: $after) {
            totalCount nodes { actor role scope operation entity entityId before after }
            pageInfo { hasNextPage endCursor }
          }
        }`;
        const own = await ok(AUDIT, { cluster: 'III' }, admin('III'));
        const log = own.clusterAuditLog;
        expect(log.nodes.every((entry: any) => entry.scope === 'cluster:III' && entry.role === 'CLUSTER_ADMIN')).toBe(true);
        expect([...new Set(log.nodes.map((entry: any) => entry.operation))]).toEqual([
          'setMembership',
          'signCovenant',
          'defineScoringTable',
          'submitScores',
          'setNominationQuota',
          'finalizeYear',
          'recordConference',
        ]);
        const lock = log.nodes.find((entry: any) => entry.entity === 'ClusterYear');
        expect(lock).toMatchObject({ operation: 'finalizeYear', entityId: 'III/2030', before: null });
        expect(JSON.parse(lock.after)).toMatchObject({ clusterId: 'III', year: YEAR });
        const city = await ok(AUDIT, { cluster: 'III' }, { role: Role.CITY_ADMIN });
        expect(city.clusterAuditLog.totalCount).toBe(log.totalCount);
        for (const caller of [admin('IX'), { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' }, { role: Role.VIEWER }]) {
          expect(codesOf(await subgraph.execute(AUDIT, { cluster: 'III' }, caller))).toEqual(['FORBIDDEN']);
        }
        expect(codesOf(await subgraph.execute(AUDIT, { cluster: 'III' }))).toEqual(['UNAUTHENTICATED']);
      });
    });

    describe('bad input gets a clear error and changes nothing', () => {
      const YEAR = 2032;
      beforeAll(() => prepareYear('III', YEAR));

      test.each([
        ['over the maximum', 60.5],
        ['negative', -1],
        ['huge', 1e300],
      ])('points %s: POINTS_OUT_OF_RANGE naming the criterion', async (_case, points) => {
        const result = await refused(SUBMIT_SCORES, scores('III', YEAR, 'ba-dinh', 10, [{ criterionCode: 'A02', points }]));
        expect(result.codes).toEqual(['POINTS_OUT_OF_RANGE']);
        expect(result.errors[0].extensions).toMatchObject({ criterion: 'A02', maxPoints: 40 });
        expect(result.unchanged).toBe(true);
      });

      test('an unknown criterion, a district outside the cluster, a criterion twice: BAD_USER_INPUT naming the field', async () => {
        const unknown = await refused(SUBMIT_SCORES, scores('III', YEAR, 'ba-dinh', 10, [{ criterionCode: 'Z99', points: 1 }]));
        expect([unknown.codes, unknown.errors[0].extensions.field, unknown.unchanged]).toEqual([['BAD_USER_INPUT'], 'scores.criterionCode', true]);
        const outsider = await refused(SUBMIT_SCORES, scores('III', YEAR, 'cau-giay', 10));
        expect([outsider.codes, outsider.errors[0].extensions.field, outsider.unchanged]).toEqual([['BAD_USER_INPUT'], 'districtId', true]);
        const twice = await refused(SUBMIT_SCORES, scores('III', YEAR, 'ba-dinh', 10, [{ criterionCode: 'A01', points: 1 }]));
        expect([twice.codes, twice.errors[0].extensions.field, twice.unchanged]).toEqual([['BAD_USER_INPUT'], 'scores.criterionCode', true]);
      });

      test('wrong types and missing fields are refused before anything runs', async () => {
        const wrongType = await refused(SUBMIT_SCORES, { input: { clusterId: 'III', year: YEAR, districtId: 'ba-dinh', scores: [{ criterionCode: 'A01', points: 'ten' }] } });
        expect([wrongType.codes, wrongType.unchanged]).toEqual([['BAD_USER_INPUT'], true]);
        const missing = await refused(SUBMIT_SCORES, { input: { clusterId: 'III', year: YEAR, scores: [] } });
        expect([missing.codes, missing.unchanged]).toEqual([['BAD_USER_INPUT'], true]);
        const badYear = await refused(SUBMIT_SCORES, scores('III', 99999, 'ba-dinh', 10));
        expect([badYear.codes, badYear.unchanged]).toEqual([['BAD_USER_INPUT'], true]);
      });

      test('an unknown cluster: NOT_FOUND for its own admin, FORBIDDEN for another', async () => {
        const input = { input: { clusterId: 'XCIX', quota: [{ awardTypeCode: 'CO_TP', count: 1 }] } };
        const own = await refused(SET_QUOTA, input, admin('XCIX'));
        expect([own.codes, own.unchanged]).toEqual([['NOT_FOUND'], true]);
        expect((await refused(SET_QUOTA, input, admin('III'))).codes).toEqual(['FORBIDDEN']);
      });

      test('over-long texts: BAD_USER_INPUT naming each field', async () => {
        const covenant = await refused(SIGN_COVENANT, {
          input: { clusterId: 'III', year: YEAR, signedOn: '2031-12-20', contents: ['ổn', 'ư'.repeat(16384)] },
        });
        expect([covenant.codes, covenant.errors[0].extensions.fields, covenant.unchanged]).toEqual([['BAD_USER_INPUT'], ['contents'], true]);
        const table = await refused(DEFINE_TABLE, {
          input: { clusterId: 'III', year: YEAR, criteria: [{ ...TABLE[0], title: 'ư'.repeat(256), code: 'A0123456789012345' }, ...TABLE.slice(1)] },
        });
        expect([table.codes, table.errors[0].extensions.fields, table.unchanged]).toEqual([['BAD_USER_INPUT'], ['criteria.0.code', 'criteria.0.title'], true]);
        const conference = await refused(RECORD_CONFERENCE, {
          input: { clusterId: 'III', heldOn: '2032-05-05', kind: 'KICKOFF', summary: 'ok', figures: [{ name: 'x'.repeat(256), value: 1, unitOfMeasure: '%'.repeat(65) }] },
        });
        expect([conference.codes, conference.errors[0].extensions.fields, conference.unchanged]).toEqual([
          ['BAD_USER_INPUT'],
          ['figures.0.name', 'figures.0.unitOfMeasure'],
          true,
        ]);
        // 255 characters of 4 bytes each still fit the column.
        const fits = '🏅'.repeat(255);
        await ok(SUBMIT_SCORES, scores('III', YEAR, 'hoan-kiem', 10, [{ criterionCode: 'B01', points: 1, note: fits }]), admin('III'));
        const [{ note }] = await subgraph.db.query(`SELECT note FROM score WHERE id = 'III-${YEAR}-B01-hoan-kiem'`);
        expect(note).toBe(fits);
      });

      test('SQL-looking strings are refused where they cannot be ids, and stored exactly where they are text', async () => {
        const id = await refused(SUBMIT_SCORES, scores('III', YEAR, `ba-dinh${SQL}`, 10));
        expect([id.codes, id.errors[0].extensions.fields, id.unchanged]).toEqual([['BAD_USER_INPUT'], ['districtId'], true]);
        const cluster = await refused(SET_QUOTA, { input: { clusterId: `III${SQL}`.slice(0, 16), quota: [{ awardTypeCode: 'CO_TP', count: 1 }] } });
        expect([cluster.codes, cluster.unchanged]).toEqual([['FORBIDDEN'], true]);
        const data = await ok(SIGN_COVENANT, { input: { clusterId: 'III', year: YEAR, signedOn: '2031-12-20', contents: [SQL, TEXT] } }, admin('III'));
        expect(data.signCovenant.contents).toEqual([{ number: 1, text: SQL }, { number: 2, text: TEXT }]);
        const read = await ok(`{ cluster(id: "III") { covenant(year: ${YEAR}) { contents { text } } } }`, {});
        expect(read.cluster.covenant.contents).toEqual([{ text: SQL }, { text: TEXT }]);
        expect((await counts()).score).toBeGreaterThan(0);
      });

      test('emoji and diacritics are stored exactly, and a bad date is refused', async () => {
        const input = {
          clusterId: 'III',
          heldOn: '2032-07-15',
          kind: 'MIDYEAR_REVIEW',
          summary: TEXT,
          hostDistrictId: 'dong-da',
          figures: [{ name: 'Thu ngân sách – 9 tháng 🏅', value: 27000.5, unitOfMeasure: 'tỷ đồng' }],
        };
        const data = await ok(RECORD_CONFERENCE, { input }, admin('III'));
        expect(data.recordConference).toEqual({
          id: 'III-2032-07-15',
          heldOn: '2032-07-15',
          kind: 'MIDYEAR_REVIEW',
          summary: TEXT,
          host: { id: 'dong-da' },
          figures: [{ name: 'Thu ngân sách – 9 tháng 🏅', value: 27000.5, unitOfMeasure: 'tỷ đồng' }],
        });
        const read = await ok(`{ cluster(id: "III") { conferences(year: 2032) { summary figures { name unitOfMeasure } } } }`, {});
        expect(read.cluster.conferences).toEqual([{ summary: TEXT, figures: [{ name: 'Thu ngân sách – 9 tháng 🏅', unitOfMeasure: 'tỷ đồng' }] }]);
        const again = await refused(RECORD_CONFERENCE, { input });
        expect([again.codes, again.unchanged]).toEqual([['CONFLICT'], true]);
        const badDate = await refused(RECORD_CONFERENCE, { input: { ...input, heldOn: '2032-02-30' } });
        expect([badDate.codes, badDate.unchanged]).toEqual([['BAD_USER_INPUT'], true]);
      });

      test('membership: two HEADs, two DEPUTYs, no HEAD, a district twice, a district of another cluster', async () => {
        const members = membersOf('III');
        const cases: Array<[string, unknown[], string]> = [
          ['two HEADs', [...members.slice(0, 5), { districtId: 'long-bien', role: 'HEAD' }], 'BAD_USER_INPUT'],
          ['two DEPUTYs', [...members.slice(0, 5), { districtId: 'long-bien', role: 'DEPUTY' }], 'BAD_USER_INPUT'],
          ['no HEAD', members.slice(1), 'BAD_USER_INPUT'],
          ['a district twice', [...members, { districtId: 'ba-dinh', role: 'MEMBER' }], 'BAD_USER_INPUT'],
          ['a member of IX', [...members, { districtId: 'cau-giay', role: 'MEMBER' }], 'CONFLICT'],
        ];
        // IX's membership of the year, so that cau-giay is taken.
        await ok(SET_MEMBERSHIP, { input: { clusterId: 'IX', year: YEAR, members: membersOf('IX') } }, admin('IX'));
        for (const [name, list, code] of cases) {
          const result = await refused(SET_MEMBERSHIP, { input: { clusterId: 'III', year: YEAR, members: list } });
          expect([name, result.codes, result.unchanged]).toEqual([name, [code], true]);
        }
      });

      test('a scoring table whose BASE maxima do not make 100, or with a code twice: BAD_USER_INPUT', async () => {
        const short = await refused(DEFINE_TABLE, { input: { clusterId: 'III', year: 2033, criteria: TABLE.slice(1) } });
        expect([short.codes, short.errors[0].extensions.field, short.unchanged]).toEqual([['BAD_USER_INPUT'], 'criteria.maxPoints', true]);
        const twice = await refused(DEFINE_TABLE, { input: { clusterId: 'III', year: 2033, criteria: [...TABLE, TABLE[3]] } });
        expect([twice.codes, twice.unchanged]).toEqual([['BAD_USER_INPUT'], true]);
        const negative = await refused(DEFINE_TABLE, { input: { clusterId: 'III', year: 2033, criteria: [{ ...TABLE[0], maxPoints: -60 }] } });
        expect([negative.codes, negative.errors[0].extensions.fields, negative.unchanged]).toEqual([['BAD_USER_INPUT'], ['criteria.0.maxPoints'], true]);
      });

      test('finalizing: the default quota down the standings; then scores, table and membership are YEAR_FINAL; finalizing twice too', async () => {
        const year = 2034;
        await prepareYear('XII', year);
        // Distinct totals: son-tay best, hoai-duc last.
        for (const [index, districtId] of MEMBERS.XII.entries()) {
          await ok(SUBMIT_SCORES, scores('XII', year, districtId, 60 - index * 5, [{ criterionCode: 'A02', points: 30 }]), admin('XII'));
        }
        // A resubmission replaces the district's points on the criterion.
        const replaced = await ok(SUBMIT_SCORES, scores('XII', year, 'hoai-duc', 1, [{ criterionCode: 'C01', points: 2.5, note: TEXT }]), admin('XII'));
        expect(replaced.submitScores.map((score: any) => [score.criterion.code, score.points, score.note])).toEqual([
          ['A01', 1, null],
          ['C01', 2.5, TEXT],
        ]);
        const before = await ok(`{ cluster(id: "XII") { finalized(year: ${year}) } }`, {});
        expect(before.cluster.finalized).toBe(false);
        const data = await ok(FINALIZE, { clusterId: 'XII', year }, admin('XII'));
        const ranked = data.finalizeYear.standings.map((standing: any) => standing.district.id);
        expect(ranked).toEqual(MEMBERS.XII);
        // 1 CO_CP, 2 CO_TP, 3 BK_TP, one award per district; the seventh gets none.
        expect(data.finalizeYear.nominations.map((nomination: any) => [nomination.awardType.code, nomination.district.id])).toEqual([
          ['CO_CP', 'son-tay'],
          ['CO_TP', 'thach-that'],
          ['CO_TP', 'phuc-tho'],
          ['BK_TP', 'ba-vi'],
          ['BK_TP', 'quoc-oai'],
          ['BK_TP', 'dan-phuong'],
        ]);
        expect(data.finalizeYear.nominations[0]).toMatchObject({ id: `XII-${year}-son-tay-CO_CP`, votePercent: null });
        // Where a nomination stands is its dossier's status, the city's: the cluster keeps none.
        const [row] = await subgraph.db.query(`SELECT * FROM nomination WHERE id = 'XII-${year}-son-tay-CO_CP'`);
        expect(Object.keys(row).sort()).toEqual(['award_type_code', 'cluster_id', 'district_id', 'id', 'source', 'vote_percent', 'year']);
        const asked = await subgraph.execute(`{ cluster(id: "XII") { nominations(year: ${year}) { status } } }`);
        expect(codesOf(asked)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        const locked: Array<[string, string, Record<string, unknown>]> = [
          ['scores', SUBMIT_SCORES, scores('XII', year, 'ba-vi', 1)],
          ['table', DEFINE_TABLE, { input: { clusterId: 'XII', year, criteria: TABLE } }],
          ['membership', SET_MEMBERSHIP, { input: { clusterId: 'XII', year, members: membersOf('XII') } }],
          ['finalize twice', FINALIZE, { clusterId: 'XII', year }],
        ];
        for (const [name, query, variables] of locked) {
          const result = await refused(query, variables, admin('XII'));
          expect([name, result.codes, result.unchanged]).toEqual([name, ['YEAR_FINAL'], true]);
        }
      });

      test('finalizing a year whose vote the seed recorded is a CONFLICT; a year without scores is BAD_USER_INPUT', async () => {
        const seeded = await refused(FINALIZE, { clusterId: 'III', year: 2024 });
        expect([seeded.codes, seeded.unchanged]).toEqual([['CONFLICT'], true]);
        const empty = await refused(FINALIZE, { clusterId: 'III', year: 2035 });
        expect([empty.codes, empty.unchanged]).toEqual([['BAD_USER_INPUT'], true]);
      });
    });

    describe('a failure between two inserts leaves nothing of the write', () => {
      test('finalizeYear: no nomination, no lock, no audit row', async () => {
        const year = 2040;
        await prepareYear('IX', year);
        for (const [index, districtId] of MEMBERS.IX.slice(0, 3).entries()) {
          await ok(SUBMIT_SCORES, scores('IX', year, districtId, 30 - index), admin('IX'));
        }
        // A quota of the cluster's own, given in any order: the highest award goes first.
        const quota = await ok(SET_QUOTA, { input: { clusterId: 'IX', quota: [{ awardTypeCode: 'BK_TP', count: 2 }, { awardTypeCode: 'CO_TP', count: 1 }] } }, admin('IX'));
        expect(quota.setNominationQuota).toEqual([
          { count: 1, awardType: { code: 'CO_TP' } },
          { count: 2, awardType: { code: 'BK_TP' } },
        ]);
        const before = await counts();
        const heal = failOnInsert(subgraph.db, Nomination, 2);
        try {
          const result = await subgraph.execute(FINALIZE, { clusterId: 'IX', year }, admin('IX'));
          expect(result.errors).toHaveLength(1);
        } finally {
          heal();
        }
        expect(await counts()).toEqual(before);
        expect((await ok(`{ cluster(id: "IX") { finalized(year: ${year}) nominations(year: ${year}) { id } } }`, {})).cluster).toEqual({
          finalized: false,
          nominations: [],
        });
        // Without the fault, the same call goes through.
        const data = await ok(FINALIZE, { clusterId: 'IX', year }, admin('IX'));
        expect(data.finalizeYear.nominations.map((nomination: any) => [nomination.awardType.code, nomination.district.id])).toEqual([
          ['CO_TP', 'cau-giay'],
          ['BK_TP', 'thanh-xuan'],
          ['BK_TP', 'ha-dong'],
        ]);
      });

      test('submitScores: the old scores stay', async () => {
        const year = 2041;
        await prepareYear('IX', year);
        await ok(SUBMIT_SCORES, scores('IX', year, 'tay-ho', 42), admin('IX'));
        const before = await counts();
        const heal = failOnInsert(subgraph.db, Score, 2);
        try {
          const result = await subgraph.execute(
            SUBMIT_SCORES,
            scores('IX', year, 'tay-ho', 12, [
              { criterionCode: 'A02', points: 20 },
              { criterionCode: 'B01', points: 3 },
            ]),
            admin('IX'),
          );
          expect(result.errors).toHaveLength(1);
        } finally {
          heal();
        }
        expect(await counts()).toEqual(before);
        const data = await ok(`{ cluster(id: "IX") { scores(year: ${year}) { points criterion { code } district { id } } } }`, {});
        expect(data.cluster.scores).toEqual([{ points: 42, criterion: { code: 'A01' }, district: { id: 'tay-ho' } }]);
      });
    });
  });
});
