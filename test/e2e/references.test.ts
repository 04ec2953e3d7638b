import { IsNull, type DataSource } from 'typeorm';
import { AuditEntry } from '../../services/core/audit';
import { Role } from '../../services/core/auth';
import { KnownEntity } from '../../services/core/references';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { Award } from '../../services/city/entities/award';
import { ParIndex } from '../../services/city/entities/par-index';
import { citySubgraph } from '../../services/city/subgraph';
import { ClusterMembership, ClusterRole } from '../../services/cluster/entities/cluster-membership';
import { Score } from '../../services/cluster/entities/score';
import { CriterionKind, ScoringCriterion } from '../../services/cluster/entities/scoring-criterion';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';
import type { Caller } from '../support/tokens';

const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN };
const admin = (cluster: string): Caller => ({ role: Role.CLUSTER_ADMIN, cluster });

const SET_MEMBERSHIP = `mutation ($input: SetMembershipInput!) { setMembership(input: $input) { role district { id } } }`;
const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { number awards { nodes { person { id fullName } district { id name } } } } }`;
const RECORD_PAR = `mutation ($input: RecordParIndexInput!) { recordParIndex(input: $input) { rank district { id } } }`;
const REMOVE_PAR = `mutation ($districtId: ID!, $year: Int!) { removeParIndex(districtId: $districtId, year: $year) { rank score district { id } } }`;
const ADD_PERSON = `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id district { id } } }`;
const MEMBERS = `query ($year: Int!) { cluster(id: "III") { members(year: $year) { role district { id } } } }`;
const CITY_RANKINGS = `query ($year: Int!) { cityRankings(year: $year) { rank percent cluster { id } district { id name } } }`;
const PAR_RANKING = `query ($year: Int!) { parIndexRanking(year: $year) { rank score district { id name } } }`;

// Khen thưởng đột xuất: outside the history rules, so that these tests are about ids, not about a record.
const AD_HOC = { adHocReason: 'Có thành tích đột xuất' };

/** A decision of one CSTD_TP to a person, in a year the demo data leaves free: ad hoc unless told. */
function individualAward(number: string, districtId: string, personId: string, basis: object = AD_HOC) {
  return {
    number,
    signedOn: '2026-01-15',
    signer: 'KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn Bình',
    awards: [{ awardTypeCode: 'CSTD_TP', year: 2025, recipientKind: 'INDIVIDUAL', districtId, personId, recipientName: personId, ...basis }],
  };
}

const codesOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (answer.errors ?? []).map((error) => error.extensions?.code);

describe.each(DATABASES)('ids of other levels are checked against their owner (%s)', (_name, make, describeFn) => {
  describeFn('through the graph or the local copy', () => {
    let databases: TestDatabases;
    let federation: Federation;
    // The cluster's and the city's databases, read and (for rows from before this check) written directly.
    let clusterDb: DataSource;
    let cityDb: DataSource;
    beforeAll(async () => {
      databases = make('references');
      federation = await startFederation(databases.urls);
      clusterDb = await openSubgraphDatabase(clusterSubgraph, databases.urls.cluster);
      cityDb = await openSubgraphDatabase(citySubgraph, databases.urls.city);
    }, 180_000);
    afterAll(async () => {
      await clusterDb?.destroy();
      await cityDb?.destroy();
      await federation?.stop();
      await databases?.drop();
    });

    const count = (db: DataSource, entity: Function) => db.getRepository(entity).count();

    test('a cluster member the graph does not know (atlantis) is NOT_FOUND, and nothing is stored', async () => {
      const before = (await federation.query(MEMBERS, { year: 2024 })).data.cluster.members;
      const audits = await count(clusterDb, AuditEntry);
      const members = [...before.map(({ role, district }: any) => ({ role, districtId: district.id })), { role: 'MEMBER', districtId: 'atlantis' }];
      const answer = await federation.query(SET_MEMBERSHIP, { input: { clusterId: 'III', year: 2024, members } }, admin('III'));
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message: 'there is no district atlantis',
          extensions: expect.objectContaining({ code: 'NOT_FOUND', field: `members.${before.length}.districtId`, id: 'atlantis' }),
        }),
      ]);
      expect((await federation.query(MEMBERS, { year: 2024 })).data.cluster.members).toEqual(before);
      expect(await count(clusterDb, AuditEntry)).toBe(audits);
      expect(await clusterDb.getRepository(KnownEntity).countBy({ id: 'atlantis' })).toBe(0);
    });

    test('a PAR index for a district the graph does not know is NOT_FOUND', async () => {
      const answer = await federation.query(RECORD_PAR, { input: { districtId: 'atlantis', year: 2023, score: 99 } }, CITY_ADMIN);
      expect(codesOf(answer)).toEqual(['NOT_FOUND']);
      expect(await cityDb.getRepository(ParIndex).countBy({ districtId: 'atlantis' })).toBe(0);
    });

    test("a Ba Đình person awarded under Đống Đa's id is refused, naming the person's district", async () => {
      const awards = await count(cityDb, Award);
      const answer = await federation.query(ISSUE, { input: individualAward('R-1/QĐ-UBND', 'dong-da', 'ba-dinh-p0001') }, CITY_ADMIN);
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message: 'person ba-dinh-p0001 belongs to ba-dinh, not dong-da',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'awards.0.personId', district: 'ba-dinh' }),
        }),
      ]);
      expect(await count(cityDb, Award)).toBe(awards);
    });

    test('an award to a person the graph does not know is NOT_FOUND, and nothing is stored', async () => {
      const awards = await count(cityDb, Award);
      const audits = await count(cityDb, AuditEntry);
      const answer = await federation.query(ISSUE, { input: individualAward('R-2/QĐ-UBND', 'dong-da', 'dong-da-p9999') }, CITY_ADMIN);
      expect(answer.errors).toEqual([
        expect.objectContaining({ message: 'there is no person dong-da-p9999', extensions: expect.objectContaining({ code: 'NOT_FOUND', field: 'awards.0.personId' }) }),
      ]);
      expect([await count(cityDb, Award), await count(cityDb, AuditEntry)]).toEqual([awards, audits]);
    });

    test('a person the district adds is verified through the graph when awarded, and kept in the local copy', async () => {
      const added = await federation.query(
        ADD_PERSON,
        { input: { unitId: 'dong-da-u002', fullName: 'Nguyễn Thị Mới', position: 'Chuyên viên', gender: 'FEMALE' } },
        { role: Role.DISTRICT_OFFICER, district: 'dong-da' },
      );
      expect(added.errors).toBeUndefined();
      const personId: string = added.data.addPerson.id;
      expect(await cityDb.getRepository(KnownEntity).countBy({ kind: 'Person', id: personId })).toBe(0);

      const answer = await federation.query(ISSUE, { input: individualAward('R-3/QĐ-UBND', 'dong-da', personId) }, CITY_ADMIN);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.issueDecision.awards.nodes).toEqual([
        { person: { id: personId, fullName: 'Nguyễn Thị Mới' }, district: { id: 'dong-da', name: 'Đống Đa' } },
      ]);
      expect(await cityDb.getRepository(KnownEntity).findOneBy({ kind: 'Person', id: personId })).toEqual({
        kind: 'Person',
        id: personId,
        districtId: 'dong-da',
        origin: 'graph',
      });
    });

    test('a scored phantom member from before the check: the city ranking answers with an error beside it, and its admin removes it', async () => {
      const YEAR = 2024;
      const [criterion] = await clusterDb.getRepository(ScoringCriterion).find({ where: { clusterId: 'III', year: YEAR, kind: CriterionKind.BASE }, order: { code: 'ASC' } });
      const members = (await federation.query(MEMBERS, { year: YEAR })).data.cluster.members;
      await clusterDb.getRepository(ClusterMembership).insert({ districtId: 'atlantis', year: YEAR, clusterId: 'III', role: ClusterRole.MEMBER, source: 'entered' });
      await clusterDb.getRepository(Score).insert({
        id: `${criterion.id}-atlantis`,
        clusterId: 'III',
        year: YEAR,
        districtId: 'atlantis',
        criterionId: criterion.id,
        points: criterion.maxPoints,
        note: null,
        source: 'entered',
      });

      const ranking = await federation.query(CITY_RANKINGS, { year: YEAR });
      expect(ranking.data).not.toBeNull();
      expect(ranking.data.cityRankings).toHaveLength(31);
      const phantom = ranking.data.cityRankings.findIndex((entry: any) => entry.district.id === 'atlantis');
      expect(ranking.data.cityRankings[phantom]).toMatchObject({ cluster: { id: 'III' }, district: { id: 'atlantis', name: null } });
      // Every real district keeps its name; the one error stands beside the unknown entity.
      expect(ranking.data.cityRankings.filter((entry: any) => entry.district.name === null)).toHaveLength(1);
      expect(ranking.errors).toEqual([
        expect.objectContaining({
          message: 'there is no district atlantis',
          path: ['cityRankings', phantom, 'district'],
          extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
        }),
      ]);

      const removed = await federation.query(
        SET_MEMBERSHIP,
        { input: { clusterId: 'III', year: YEAR, members: members.map(({ role, district }: any) => ({ role, districtId: district.id })) } },
        admin('III'),
      );
      expect(removed.errors).toBeUndefined();
      expect(await clusterDb.getRepository(Score).countBy({ districtId: 'atlantis' })).toBe(0);
      expect(await clusterDb.getRepository(ClusterMembership).countBy({ districtId: 'atlantis' })).toBe(0);
      const audited = await clusterDb.getRepository(AuditEntry).findBy({ operation: 'setMembership', entityId: `${criterion.id}-atlantis` });
      expect(audited).toEqual([expect.objectContaining({ entity: 'Score', after: null, role: Role.CLUSTER_ADMIN })]);

      const after = await federation.query(CITY_RANKINGS, { year: YEAR });
      expect(after.errors).toBeUndefined();
      expect(after.data.cityRankings.map((entry: any) => entry.rank)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    });

    test('a real scored member still cannot leave: only a phantom goes with its scores', async () => {
      const members = (await federation.query(MEMBERS, { year: 2024 })).data.cluster.members;
      const staying = members.filter(({ role }: any) => role !== 'MEMBER').concat(members.filter(({ role }: any) => role === 'MEMBER').slice(1));
      const answer = await federation.query(
        SET_MEMBERSHIP,
        { input: { clusterId: 'III', year: 2024, members: staying.map(({ role, district }: any) => ({ role, districtId: district.id })) } },
        admin('III'),
      );
      expect(codesOf(answer)).toEqual(['CONFLICT']);
    });

    test("a phantom PAR index from before the check: the ranking answers with an error beside it, and the city admin removes it", async () => {
      const YEAR = 2023;
      // What recordParIndex did for atlantis before ids were checked: first place, everyone else one down.
      await cityDb.query(`UPDATE par_index SET ${cityDb.driver.escape('rank')} = ${cityDb.driver.escape('rank')} + 1 WHERE year = ?`, [YEAR]);
      await cityDb.getRepository(ParIndex).insert({ districtId: 'atlantis', year: YEAR, score: 99, rank: 1, source: 'entered' });

      const ranking = await federation.query(PAR_RANKING, { year: YEAR });
      expect(ranking.data.parIndexRanking[0]).toEqual({ rank: 1, score: 99, district: { id: 'atlantis', name: null } });
      expect(ranking.data.parIndexRanking[1]).toEqual({ rank: 2, score: 96.3, district: { id: 'dong-da', name: 'Đống Đa' } });
      expect(ranking.errors).toEqual([
        expect.objectContaining({ message: 'there is no district atlantis', path: ['parIndexRanking', 0, 'district'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
      ]);

      // A real district's index is corrected, never removed.
      expect(codesOf(await federation.query(REMOVE_PAR, { districtId: 'dong-da', year: YEAR }, CITY_ADMIN))).toEqual(['CONFLICT']);
      expect(codesOf(await federation.query(REMOVE_PAR, { districtId: 'atlantis', year: YEAR }, admin('III')))).toEqual(['FORBIDDEN']);
      const removed = await federation.query(REMOVE_PAR, { districtId: 'atlantis', year: YEAR }, CITY_ADMIN);
      expect(removed.errors).toBeUndefined();
      expect(removed.data.removeParIndex[0]).toEqual({ rank: 1, score: 96.3, district: { id: 'dong-da' } });

      const after = await federation.query(PAR_RANKING, { year: YEAR });
      expect(after.errors).toBeUndefined();
      expect(after.data.parIndexRanking.map((entry: any) => entry.district.id)).not.toContain('atlantis');
      expect(after.data.parIndexRanking[0]).toEqual({ rank: 1, score: 96.3, district: { id: 'dong-da', name: 'Đống Đa' } });
      expect(await cityDb.getRepository(AuditEntry).findBy({ operation: 'removeParIndex', after: IsNull() })).toHaveLength(1);
    });

    test('with the district subgraph down, an id outside the local copy is REFERENCE_UNVERIFIED and nothing is stored; a known one still goes through', async () => {
      const district = federation.subgraphs.district;
      await district.stop();
      // Stopped for good: the federation's own stop at the end must not stop it again.
      district.stop = async () => undefined;
      const awards = await count(cityDb, Award);
      const unverified = await federation.query(ISSUE, { input: individualAward('R-4/QĐ-UBND', 'dong-da', 'dong-da-p9998') }, CITY_ADMIN);
      expect(unverified.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'REFERENCE_UNVERIFIED', ids: ['dong-da-p9998'] }) }),
      ]);
      expect(await count(cityDb, Award)).toBe(awards);
      const known = await federation.query(ISSUE, { input: individualAward('R-5/QĐ-UBND', 'dong-da', 'dong-da-p0007') }, CITY_ADMIN);
      expect(codesOf(known)).not.toContain('REFERENCE_UNVERIFIED');
      expect(known.data?.issueDecision?.number).toBe('R-5/QĐ-UBND');
      // An award under its rule needs the district's judgement of the record: none now, nothing stored.
      const audits = await count(cityDb, AuditEntry);
      const unjudged = await federation.query(ISSUE, { input: individualAward('R-6/QĐ-UBND', 'dong-da', 'dong-da-p0008', {}) }, CITY_ADMIN);
      expect(unjudged.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'REFERENCE_UNVERIFIED', fields: ['awards.0'] }) })]);
      expect([await count(cityDb, Award), await count(cityDb, AuditEntry)]).toEqual([awards + 1, audits]);
    });
  });
});
