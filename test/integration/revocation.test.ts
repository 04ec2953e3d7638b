import type { DataSource } from 'typeorm';
import { Award } from '../../services/city/entities/award';
import { Proposal, ProposalStatus, ProposingLevel } from '../../services/city/entities/proposal';
import { RecipientKind } from '../../services/city/entities/award-type';
import { citySubgraph } from '../../services/city/subgraph';
import { Role } from '../../services/core/auth';
import type { SubgraphName } from '../../services/core/config';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation, type GraphQLBody } from '../support/federation';
import type { Caller } from '../support/tokens';

// Revocation keeps the record (thu hồi), through the gateway on each database: a revoked award of
// the district or the city stays readable, REVOKED with its revocation, and counts for nothing
// (histories, lists, counts, statistics, eligibility) unless a reader asks for it with
// includeRevoked; it is audited, revoked once only, and may be conferred again.

const YEAR = 2025;
const DISTRICT = 'ba-dinh';
const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: DISTRICT, subject: `officer-${DISTRICT}` };
const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN, subject: 'city-board' };
const RACERS = 20;

const REVOCATION = 'status revocation { reason revokedAt revokedBy decisionNumber }';
const RATE = `mutation ($input: RateYearInput!) { rateYear(input: $input) { id } }`;
const RECOGNIZE = `mutation ($input: RecognizeInitiativeInput!) { recognizeInitiative(input: $input) { id } }`;
const CONFER = `mutation ($input: ConferLocalAwardInput!) { conferLocalAward(input: $input) { id ${REVOCATION} } }`;
const REVOKE_LOCAL = `mutation ($id: ID!, $reason: String!, $decisionNumber: String) {
  revokeLocalAward(id: $id, reason: $reason, decisionNumber: $decisionNumber) { id ${REVOCATION} } }`;
const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { number awards { nodes { id ${REVOCATION} } } } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!, $decisionNumber: String) {
  revokeAward(id: $id, reason: $reason, decisionNumber: $decisionNumber) { id ${REVOCATION} } }`;

/** A person's awards as every reader sees them, with or without the revoked ones. */
const PERSON = `query ($id: ID!, $all: Boolean!) {
  person(id: $id) {
    localAwards(first: 100, includeRevoked: $all) { totalCount nodes { id awardType { code } ${REVOCATION} } }
    awardHistory(first: 100, includeRevoked: $all) { totalCount nodes { id awardType { code } status } }
    eligibility(awardType: "CSTDCS", year: ${YEAR}) { eligible }
    initiatives { id usedFor { code } }
  }
}`;
/** What the district and the city count of the year, with or without the revoked awards. */
const COUNTS = `query ($all: Boolean!) {
  district(id: "${DISTRICT}") {
    localAwards(year: ${YEAR}, awardType: "LDTT", first: 0, includeRevoked: $all) { totalCount }
    localAwardCounts(year: ${YEAR}, includeRevoked: $all) { awardType { code } count }
  }
  awardStatistics(year: ${YEAR}, groupBy: LEVEL, includeRevoked: $all) { total groups { key count } }
}`;
/** A district's city awards as every reader sees them, and whether it holds CO_TP for CO_CP's rule. */
const CITY_DISTRICT = `query ($id: ID!, $all: Boolean!) {
  district(id: $id) {
    awards(first: 100, fromYear: ${YEAR}, includeRevoked: $all) { totalCount nodes { id awardType { code } ${REVOCATION} } }
    awardHistory(first: 100, includeRevoked: $all) { totalCount nodes { id awardType { code } status } }
    eligibility(awardType: "CO_CP", year: ${YEAR}) { conditions { code met } }
  }
}`;
const DECISION = `query ($number: String!, $all: Boolean!) { awardDecision(number: $number) { awards(includeRevoked: $all) { totalCount nodes { id status } } } }`;

const codeOf = (body: GraphQLBody<unknown>) => body.errors?.[0]?.extensions?.code;

describe.each(DATABASES)('revocation on %s', (_name, makeDatabases, describeOn) => {
  describeOn('keeps the record', () => {
    let databases: TestDatabases;
    let federation: Federation;
    const dbs = {} as Record<SubgraphName, DataSource>;
    /** People of the district free in YEAR: no discipline in force, no title yet. */
    let people: string[];

    const rows = (subgraph: SubgraphName, sql: string, parameters: unknown[] = []): Promise<any[]> => dbs[subgraph].query(sql, parameters);
    async function ok<T = any>(query: string, variables: Record<string, unknown>, as: Caller | null = null): Promise<T> {
      const body = await federation.query<T>(query, variables, as);
      expect(body.errors).toBeUndefined();
      return body.data!;
    }
    const person = async (id: string, all = false) => (await ok(PERSON, { id, all }, OFFICER)).person;
    const counts = async (all = false) => {
      const { district, awardStatistics } = await ok(COUNTS, { all });
      const ldtt = district.localAwardCounts.find((count: any) => count.awardType.code === 'LDTT')?.count ?? 0;
      const level = (key: string) => awardStatistics.groups.find((group: any) => group.key === key)?.count ?? 0;
      return { listed: district.localAwards.totalCount, ldtt, total: awardStatistics.total, district: level('DISTRICT'), city: level('CITY') };
    };
    const audits = (subgraph: SubgraphName, operation: string, entity: string, entityId: string) =>
      rows(subgraph, 'SELECT `before`, `after` FROM audit_log WHERE operation = ? AND entity = ? AND entity_id = ? ORDER BY id', [operation, entity, entityId]);

    beforeAll(async () => {
      databases = makeDatabases('revocation');
      // Racing revocations queue on one row lock: let the gateway wait for the last of them.
      federation = await startFederation(databases.urls, { SUBGRAPH_TIMEOUT_MS: '30000' });
      dbs.district = await openSubgraphDatabase(districtSubgraph, databases.urls.district);
      dbs.city = await openSubgraphDatabase(citySubgraph, databases.urls.city);
      people = (
        await rows(
          'district',
          `SELECT id FROM person WHERE district_id = ?
             AND id NOT IN (SELECT person_id FROM discipline WHERE to_date >= ? AND from_date <= ?)
             AND id NOT IN (SELECT person_id FROM local_award WHERE year = ? AND person_id IS NOT NULL)
           ORDER BY id LIMIT 3`,
          [DISTRICT, `${YEAR}-01-01`, `${YEAR}-12-31`, YEAR],
        )
      ).map((row) => row.id);
      expect(people).toHaveLength(3);
    }, 300000);
    afterAll(async () => {
      for (const db of Object.values(dbs)) await db.destroy();
      await federation?.stop();
      await databases?.drop();
    });

    describe('a district title', () => {
      test('revoked, it stays readable and audited, leaves the lists, counts, statistics, history and eligibility, and may be conferred again', async () => {
        const holder = people[0];
        // LDTT needs a GOOD year or better; an EXCELLENT one makes its holder eligible for CSTDCS as well.
        await ok(RATE, { input: { personId: holder, year: YEAR, rating: 'EXCELLENT' } }, OFFICER);
        const before = { counts: await counts(), all: await counts(true) };
        const { conferLocalAward: ldtt } = await ok(CONFER, { input: { personId: holder, year: YEAR, awardTypeCode: 'LDTT', decisionNumber: '5/QĐ-UBND' } }, OFFICER);
        expect(ldtt).toMatchObject({ status: 'CONFERRED', revocation: null });
        const held = await person(holder);
        expect(held.eligibility.eligible).toBe(true);
        expect(await counts()).toEqual({ ...before.counts, listed: before.counts.listed + 1, ldtt: before.counts.ldtt + 1, total: before.counts.total + 1, district: before.counts.district + 1 });

        const reason = 'Kê khai sai thành tích – Quyết định thu hồi 7/QĐ-UBND';
        const { revokeLocalAward } = await ok(REVOKE_LOCAL, { id: ldtt.id, reason, decisionNumber: '7/QĐ-UBND' }, OFFICER);
        const revocation = { reason, revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/), revokedBy: OFFICER.subject, decisionNumber: '7/QĐ-UBND' };
        expect(revokeLocalAward).toEqual({ id: ldtt.id, status: 'REVOKED', revocation });

        // Left out by default: the person's list and history, the district's counts, the statistics, the rules.
        const after = await person(holder);
        expect(after.localAwards.nodes.map((award: any) => award.id)).not.toContain(ldtt.id);
        expect(after.awardHistory.nodes.map((record: any) => record.id)).not.toContain(`district-${ldtt.id}`);
        expect(after.localAwards.totalCount).toBe(held.localAwards.totalCount - 1);
        expect(after.awardHistory.totalCount).toBe(held.awardHistory.totalCount - 1);
        expect(after.eligibility.eligible).toBe(false);
        expect(await counts()).toEqual(before.counts);
        expect(codeOf(await federation.query(CONFER, { input: { personId: holder, year: YEAR, awardTypeCode: 'CSTDCS' } }, OFFICER))).toBe('NOT_ELIGIBLE');

        // On record for whoever asks: the title with its revocation, in the lists, the history and the counts.
        const kept = await person(holder, true);
        expect(kept.localAwards.nodes).toContainEqual({ id: ldtt.id, awardType: { code: 'LDTT' }, status: 'REVOKED', revocation });
        expect(kept.awardHistory.nodes).toContainEqual({ id: `district-${ldtt.id}`, awardType: { code: 'LDTT' }, status: 'REVOKED' });
        expect(await counts(true)).toEqual({ ...before.all, listed: before.all.listed + 1, ldtt: before.all.ldtt + 1, total: before.all.total + 1, district: before.all.district + 1 });

        const [audit] = await audits('district', 'revokeLocalAward', 'LocalAward', ldtt.id);
        expect(JSON.parse(audit.before)).toMatchObject({ id: Number(ldtt.id), status: 'CONFERRED', inForce: 1 });
        expect(JSON.parse(audit.after)).toMatchObject({ id: Number(ldtt.id), status: 'REVOKED', inForce: null, revokedBy: OFFICER.subject, revocationReason: reason, revokingDecision: '7/QĐ-UBND' });

        // Revoked once: the first revocation stands.
        const again = await federation.query(REVOKE_LOCAL, { id: ldtt.id, reason: 'lần nữa' }, OFFICER);
        expect(codeOf(again)).toBe('CONFLICT');
        expect((await person(holder, true)).localAwards.nodes).toContainEqual({ id: ldtt.id, awardType: { code: 'LDTT' }, status: 'REVOKED', revocation });

        // Conferred again: a new record, in force, beside the revoked one.
        const { conferLocalAward: anew } = await ok(CONFER, { input: { personId: holder, year: YEAR, awardTypeCode: 'LDTT', decisionNumber: '9/QĐ-UBND' } }, OFFICER);
        expect(anew.id).not.toBe(ldtt.id);
        expect(anew).toMatchObject({ status: 'CONFERRED', revocation: null });
        const both = await person(holder, true);
        expect(both.eligibility.eligible).toBe(true);
        expect(both.awardHistory.nodes.filter((record: any) => record.awardType.code === 'LDTT' && [`district-${ldtt.id}`, `district-${anew.id}`].includes(record.id))).toHaveLength(2);
        expect((await person(holder)).awardHistory.nodes.map((record: any) => record.id)).toContain(`district-${anew.id}`);
      }, 60000);

      test('revoked, a CSTDCS releases the initiative it used, audited; conferred again, it uses it again', async () => {
        const holder = people[1];
        await ok(RATE, { input: { personId: holder, year: YEAR, rating: 'GOOD' } }, OFFICER);
        const { recognizeInitiative: initiative } = await ok(RECOGNIZE, { input: { personId: holder, year: YEAR, title: 'Sáng kiến số hoá hồ sơ', scope: 'GRASSROOTS' } }, OFFICER);
        const usedFor = async () => (await person(holder)).initiatives.find((found: any) => found.id === initiative.id).usedFor;
        await ok(CONFER, { input: { personId: holder, year: YEAR, awardTypeCode: 'LDTT' } }, OFFICER);
        // Rated GOOD, not EXCELLENT: the CSTDCS rests on the initiative.
        const { conferLocalAward: cstdcs } = await ok(CONFER, { input: { personId: holder, year: YEAR, awardTypeCode: 'CSTDCS' } }, OFFICER);
        expect(await usedFor()).toEqual({ code: 'CSTDCS' });

        await ok(REVOKE_LOCAL, { id: cstdcs.id, reason: 'Sáng kiến không được công nhận đúng thủ tục' }, OFFICER);
        expect(await usedFor()).toBeNull();
        const [released] = await audits('district', 'revokeLocalAward', 'Initiative', initiative.id);
        expect([JSON.parse(released.before).usedForAwardCode, JSON.parse(released.after).usedForAwardCode]).toEqual(['CSTDCS', null]);

        await ok(CONFER, { input: { personId: holder, year: YEAR, awardTypeCode: 'CSTDCS' } }, OFFICER);
        expect(await usedFor()).toEqual({ code: 'CSTDCS' });
      }, 60000);
    });

    describe('a city award', () => {
      test('revoked, it stays readable and audited, frees its dossier, leaves the lists, statistics, history and facts, and may be conferred again', async () => {
        // A district that never held the City Emulation Flag: CO_CP's rule asks whether it holds one.
        const flagged = new Set((await rows('city', "SELECT district_id FROM award WHERE award_type_code = 'CO_TP'")).map((row) => row.district_id));
        const recipient = (await rows('district', 'SELECT id FROM district ORDER BY id')).map((row) => row.id).find((id: string) => !flagged.has(id))!;
        const holdsFlag = async () => (await ok(CITY_DISTRICT, { id: recipient, all: false })).district.eligibility.conditions.find((condition: any) => condition.code === 'HOLDS_CO_TP').met;
        const decide = (number: string) =>
          ok(
            ISSUE,
            {
              input: {
                number,
                signedOn: `${YEAR + 1}-01-20`,
                signer: 'Chủ tịch UBND Thành phố',
                awards: [{ awardTypeCode: 'CO_TP', year: YEAR, recipientKind: 'DISTRICT', districtId: recipient, recipientName: `UBND ${recipient}`, adHocReason: 'Dẫn đầu phong trào chuyển đổi số' }],
              },
            },
            CITY_ADMIN,
          );
        expect(await holdsFlag()).toBe(false);
        const before = { counts: await counts(), all: await counts(true), district: (await ok(CITY_DISTRICT, { id: recipient, all: false })).district };
        const [award] = (await decide('21/QĐ-UBND')).issueDecision.awards.nodes;
        expect(award).toMatchObject({ status: 'CONFERRED', revocation: null });
        expect(await holdsFlag()).toBe(true);
        // The dossier it answered: decided, and holding its recipient's place while the award stands.
        const { identifiers } = await dbs.city.getRepository(Proposal).insert({
          year: YEAR,
          awardTypeCode: 'CO_TP',
          recipientKind: RecipientKind.DISTRICT,
          districtId: recipient,
          unitId: null,
          personId: null,
          recipientKey: `DISTRICT:${recipient}`,
          proposingLevel: ProposingLevel.DISTRICT,
          proposerId: recipient,
          proposedBy: `officer-${recipient}`,
          summary: 'Dẫn đầu phong trào chuyển đổi số',
          adHocReason: 'Dẫn đầu phong trào chuyển đổi số',
          nominationId: null,
          status: ProposalStatus.DECIDED as Proposal['status'],
          openKey: 1,
          createdAt: `${YEAR + 1}-01-02T08:00:00.000Z`,
          submittedAt: `${YEAR + 1}-01-03T08:00:00.000Z`,
          updatedAt: `${YEAR + 1}-01-20T08:00:00.000Z`,
          verdictEligible: null,
          verdictVersion: null,
          verdictConditions: null,
          verdictAt: null,
          awardId: Number(award.id),
          source: 'test',
        });
        const dossier = identifiers[0].id as number;
        // Linked both ways, as issueDecision links them.
        await dbs.city.getRepository(Award).update({ id: Number(award.id) }, { proposalId: dossier });

        const reason = 'Phát hiện vi phạm sau khi khen thưởng';
        const { revokeAward } = await ok(REVOKE, { id: award.id, reason, decisionNumber: '30/QĐ-UBND' }, CITY_ADMIN);
        const revocation = { reason, revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/), revokedBy: CITY_ADMIN.subject, decisionNumber: '30/QĐ-UBND' };
        expect(revokeAward).toEqual({ id: award.id, status: 'REVOKED', revocation });
        expect(await rows('city', 'SELECT status, open_key FROM proposal WHERE id = ?', [dossier])).toEqual([{ status: 'DECIDED', open_key: null }]);

        // Left out by default: the district's awards and history, the decision's awards, the statistics, the rules' facts.
        const after = (await ok(CITY_DISTRICT, { id: recipient, all: false })).district;
        expect(after.awards.totalCount).toBe(before.district.awards.totalCount);
        expect(after.awardHistory.totalCount).toBe(before.district.awardHistory.totalCount);
        expect(after.awardHistory.nodes.map((record: any) => record.id)).not.toContain(`city-${award.id}`);
        expect((await ok(DECISION, { number: '21/QĐ-UBND', all: false })).awardDecision.awards.totalCount).toBe(0);
        expect(await counts()).toEqual(before.counts);
        expect(await holdsFlag()).toBe(false);

        // On record for whoever asks.
        const kept = (await ok(CITY_DISTRICT, { id: recipient, all: true })).district;
        expect(kept.awards.nodes).toContainEqual({ id: award.id, awardType: { code: 'CO_TP' }, status: 'REVOKED', revocation });
        expect(kept.awardHistory.nodes).toContainEqual({ id: `city-${award.id}`, awardType: { code: 'CO_TP' }, status: 'REVOKED' });
        expect((await ok(DECISION, { number: '21/QĐ-UBND', all: true })).awardDecision.awards.nodes).toEqual([{ id: award.id, status: 'REVOKED' }]);
        expect(await counts(true)).toEqual({ ...before.all, total: before.all.total + 1, city: before.all.city + 1 });

        const [audit] = await audits('city', 'revokeAward', 'Award', award.id);
        expect(JSON.parse(audit.before)).toMatchObject({ status: 'CONFERRED', inForce: 1 });
        expect(JSON.parse(audit.after)).toMatchObject({ status: 'REVOKED', inForce: null, revokedBy: CITY_ADMIN.subject, revocationReason: reason, revokingDecision: '30/QĐ-UBND' });
        const [freed] = await audits('city', 'revokeAward', 'Proposal', String(dossier));
        expect([JSON.parse(freed.before).openKey, JSON.parse(freed.after).openKey]).toEqual([1, null]);

        expect(codeOf(await federation.query(REVOKE, { id: award.id, reason: 'lần nữa' }, CITY_ADMIN))).toBe('CONFLICT');

        // Conferred again, by a new decision: the rules read it again.
        const [anew] = (await decide('22/QĐ-UBND')).issueDecision.awards.nodes;
        expect(anew.id).not.toBe(award.id);
        expect(await holdsFlag()).toBe(true);
        expect((await ok(CITY_DISTRICT, { id: recipient, all: true })).district.awards.nodes.filter((found: any) => found.awardType.code === 'CO_TP')).toHaveLength(2);
      }, 90000);
    });

    describe(`${RACERS} revocations of one award at once`, () => {
      async function race(query: string, id: string, as: Caller): Promise<Array<string | undefined>> {
        const bodies = await Promise.all(Array.from({ length: RACERS }, (_, i) => federation.query(query, { id, reason: `Thu hồi lần ${i}` }, as)));
        return bodies.map((body) => (body.errors ? String(codeOf(body)) : undefined));
      }

      test('a district title: one revocation, the others CONFLICT', async () => {
        const { conferLocalAward: gk } = await ok(CONFER, { input: { personId: people[2], year: YEAR, awardTypeCode: 'GK' } }, OFFICER);
        const outcomes = await race(REVOKE_LOCAL, gk.id, OFFICER);
        expect(outcomes.filter((code) => code === undefined)).toHaveLength(1);
        expect(outcomes.filter((code) => code !== undefined)).toEqual(Array(RACERS - 1).fill('CONFLICT'));
        expect(await audits('district', 'revokeLocalAward', 'LocalAward', gk.id)).toHaveLength(1);
        expect(await rows('district', 'SELECT status, in_force FROM local_award WHERE id = ?', [gk.id])).toEqual([{ status: 'REVOKED', in_force: null }]);
      }, 90000);

      test('a city award: one revocation, the others CONFLICT', async () => {
        const input = {
          number: '40/QĐ-UBND',
          signedOn: `${YEAR + 1}-02-01`,
          signer: 'Chủ tịch UBND Thành phố',
          awards: [{ awardTypeCode: 'BK_TP', year: YEAR, recipientKind: 'INDIVIDUAL', districtId: DISTRICT, personId: people[2], recipientName: `Người ${people[2]}`, adHocReason: 'Dũng cảm cứu người' }],
        };
        const [award] = (await ok(ISSUE, { input }, CITY_ADMIN)).issueDecision.awards.nodes;
        const outcomes = await race(REVOKE, award.id, CITY_ADMIN);
        expect(outcomes.filter((code) => code === undefined)).toHaveLength(1);
        expect(outcomes.filter((code) => code !== undefined)).toEqual(Array(RACERS - 1).fill('CONFLICT'));
        expect(await audits('city', 'revokeAward', 'Award', award.id)).toHaveLength(1);
        expect(await rows('city', 'SELECT status, in_force FROM award WHERE id = ?', [award.id])).toEqual([{ status: 'REVOKED', in_force: null }]);
      }, 90000);
    });
  });
});
