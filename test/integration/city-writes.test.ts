import { IsNull, Not, type DataSource, type EntitySubscriberInterface, type ObjectLiteral } from 'typeorm';
import { citySubgraph } from '../../services/city/subgraph';
import { Award } from '../../services/city/entities/award';
import { AwardDecision } from '../../services/city/entities/award-decision';
import { ParIndex } from '../../services/city/entities/par-index';
import { AuditEntry } from '../../services/core/audit';
import { AwardStatus } from '../../services/core/award-status';
import { Role } from '../../services/core/auth';
import { DATABASES, type TestDatabases } from '../support/databases';
import { failOnInsert } from '../support/faults';
import { subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import { everyCaller, type Caller } from '../support/tokens';

const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN, subject: 'city-board' };
const TARGETS = ['ba-dinh', 'dong-da'];
const DIACRITICS = 'Phường Điện Biên – Tổ dân phố số 7 🏅';
const SQL_LOOKING = "Robert'); DROP TABLE award; --";

const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) {
  id number signedOn signer issuingAuthority source
  awards(first: 100) { nodes { id year awardType { code } recipientKind recipientName reason district { id } unit { id } person { id } nomination { id } decisionNumber source basis basisNote } } } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!, $decisionNumber: String) { revokeAward(id: $id, reason: $reason, decisionNumber: $decisionNumber) {
  id year awardType { code } recipientName district { id } status revocation { reason revokedAt revokedBy decisionNumber } } }`;
const RECORD_PAR = `mutation ($input: RecordParIndexInput!) { recordParIndex(input: $input) { district { id } year score rank source } }`;
const AUDIT = `query ($first: Int, $after: String) { cityAuditLog(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id actor role scope operation entity entityId before after requestId } } }`;

/** Khen thưởng đột xuất: an award outside the history rules, for the tests about something else than the rules (a lone subgraph has no graph to judge by). */
const AD_HOC = { adHocReason: 'Có thành tích đột xuất trong phòng, chống thiên tai' };

/** A decision of one city award (BK_TP) to a district as a whole, in a year the demo data leaves free (its rule has no condition on the record). */
function decisionFor(districtId: string, number: string, awards: object[] = [{}]) {
  return {
    number,
    signedOn: '2026-01-15',
    signer: 'KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn Bình',
    awards: awards.map((award) => ({ awardTypeCode: 'BK_TP', year: 2025, recipientKind: 'DISTRICT', districtId, recipientName: `UBND quận ${districtId}`, ...award })),
  };
}

function codeOf(result: { errors?: any[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Makes the `nth` update of an entity fail inside its transaction: a fault in the middle of a re-rank. */
function failOnUpdate(db: DataSource, entity: Function, nth: number): () => void {
  let updates = 0;
  const subscriber: EntitySubscriberInterface<ObjectLiteral> = {
    listenTo: () => entity,
    afterUpdate() {
      updates += 1;
      if (updates === nth) throw new Error(`injected failure after update ${nth - 1} of ${entity.name}`);
    },
  };
  db.subscribers.push(subscriber);
  return () => {
    db.subscribers.splice(db.subscribers.indexOf(subscriber), 1);
  };
}

describe.each(DATABASES)('city writes on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the city admin writes the city data', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    beforeAll(async () => {
      databases = makeDatabases('city_writes');
      subgraph = await subgraphUnderTest(citySubgraph, 'hanoi', databases.urls.city);
    }, 240000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    /** Everything a write could change. */
    async function snapshot() {
      const { db } = subgraph;
      return {
        decisions: await db.getRepository(AwardDecision).find({ order: { id: 'ASC' } }),
        awards: await db.getRepository(Award).count(),
        lastAward: await db.getRepository(Award).find({ order: { id: 'DESC' }, take: 1 }),
        audit: await db.getRepository(AuditEntry).count(),
        par: await db.getRepository(ParIndex).find({ order: { id: 'ASC' } }),
      };
    }

    /** Runs a write that must be refused with `code`, and checks that nothing changed. */
    async function refused(query: string, variables: Record<string, unknown>, code: string, as: Caller | null = CITY_ADMIN) {
      const before = await snapshot();
      const result = await subgraph.execute(query, variables, as);
      expect(codeOf(result)).toBe(code);
      expect(await snapshot()).toEqual(before);
      return result.errors![0];
    }

    async function auditRows(operation: string): Promise<AuditEntry[]> {
      return subgraph.db.getRepository(AuditEntry).find({ where: { operation }, order: { id: 'ASC' } });
    }

    describe('authorization: exactly the city admin writes', () => {
      const callers = everyCaller('ba-dinh', 'dong-da', 'III', 'IX');
      const cases = callers.flatMap(({ name, caller }) => TARGETS.map((target) => [name, target, caller] as const));
      const revocable = new Map<string, number>();
      beforeAll(async () => {
        for (const target of TARGETS) {
          const [award] = await subgraph.db.getRepository(Award).find({ where: { districtId: target }, order: { id: 'ASC' }, take: 1 });
          revocable.set(target, award.id);
        }
      });

      const operations: Array<[operation: string, query: string, variables: (target: string, caller: string) => Record<string, unknown>]> = [
        ['issueDecision', ISSUE, (target, caller) => ({ input: decisionFor(target, `M/${caller}/${target}`) })],
        ['revokeAward', REVOKE, (target) => ({ id: String(revocable.get(target)), reason: 'matrix' })],
        ['recordParIndex', RECORD_PAR, (target) => ({ input: { districtId: target, year: 2021, score: 90.5 } })],
      ];

      describe.each(operations)('%s', (operation, query, variables) => {
        test.each(cases)('%s on %s', async (name, target, caller) => {
          const before = await snapshot();
          const result = await subgraph.execute(query, variables(target, name), caller);
          if (caller?.role === Role.CITY_ADMIN) {
            expect(result.errors).toBeUndefined();
            const [entry] = (await auditRows(operation)).slice(-1);
            expect(entry).toMatchObject({ actor: 'test-city_admin', role: Role.CITY_ADMIN, scope: 'city', operation });
          } else {
            expect(codeOf(result)).toBe(caller ? 'FORBIDDEN' : 'UNAUTHENTICATED');
            expect(result.data?.[operation] ?? null).toBeNull();
            expect(await snapshot()).toEqual(before);
          }
        });
      });

      test.each(callers)('cityAuditLog for $name', async ({ caller }) => {
        const result = await subgraph.execute(AUDIT, { first: 1 }, caller);
        if (caller?.role === Role.CITY_ADMIN) {
          expect(result.errors).toBeUndefined();
          expect(result.data.cityAuditLog.nodes).toHaveLength(1);
        } else {
          expect(codeOf(result)).toBe(caller ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        }
      });
    });

    describe('issueDecision', () => {
      test('records the decision and its awards, with diacritics and emoji exactly, and audits every row', async () => {
        const input = {
          number: '15/QĐ-UBND – Điện Biên',
          signedOn: '2025-02-03',
          signer: 'KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn Bình',
          awards: [
            { awardTypeCode: 'BK_TP', year: 2024, recipientKind: 'COLLECTIVE', districtId: 'ba-dinh', unitId: 'ba-dinh-u001', recipientName: DIACRITICS, reason: 'Đã có thành tích xuất sắc 🏅' },
            { awardTypeCode: 'CSTD_TP', year: 2024, recipientKind: 'INDIVIDUAL', districtId: 'dong-da', personId: 'dong-da-p0799', recipientName: SQL_LOOKING, ...AD_HOC },
          ],
        };
        const result = await subgraph.execute(ISSUE, { input }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        const decision = result.data.issueDecision;
        expect(decision).toMatchObject({ number: input.number, signedOn: '2025-02-03', signer: input.signer, issuingAuthority: 'Chủ tịch UBND thành phố Hà Nội', source: 'entered' });
        expect(decision.awards.nodes).toEqual([
          {
            id: expect.any(String),
            year: 2024,
            awardType: { code: 'BK_TP' },
            recipientKind: 'COLLECTIVE',
            recipientName: DIACRITICS,
            reason: 'Đã có thành tích xuất sắc 🏅',
            district: { id: 'ba-dinh' },
            unit: { id: 'ba-dinh-u001' },
            person: null,
            nomination: null,
            decisionNumber: input.number,
            source: 'entered',
            basis: 'RULE',
            basisNote: null,
          },
          {
            id: expect.any(String),
            year: 2024,
            awardType: { code: 'CSTD_TP' },
            recipientKind: 'INDIVIDUAL',
            recipientName: SQL_LOOKING,
            reason: null,
            district: { id: 'dong-da' },
            unit: null,
            person: { id: 'dong-da-p0799' },
            nomination: null,
            decisionNumber: input.number,
            source: 'entered',
            basis: 'AD_HOC',
            basisNote: AD_HOC.adHocReason,
          },
        ]);
        // Read back from a fresh request: what the database stored.
        const read = await subgraph.execute(`query ($number: String!) { awardDecision(number: $number) { id awards { nodes { recipientName } } } }`, { number: input.number });
        expect(read.data.awardDecision.awards.nodes.map((award: any) => award.recipientName)).toEqual([DIACRITICS, SQL_LOOKING]);
        const audit = (await auditRows('issueDecision')).filter((entry) => entry.requestId === 'test').slice(-3);
        expect(audit.map((entry) => [entry.entity, entry.before])).toEqual([
          ['AwardDecision', null],
          ['Award', null],
          ['Award', null],
        ]);
        expect(JSON.parse(audit[1].after!)).toMatchObject({ recipientName: DIACRITICS, decisionId: Number(decision.id) });
      });

      test('a national award needs its issuing authority; given, it is kept as written', async () => {
        const input = decisionFor('hoan-kiem', '1/QĐ-TTg', [{ awardTypeCode: 'CO_CP' }]);
        const error = await refused(ISSUE, { input }, 'BAD_USER_INPUT');
        expect(error.extensions.field).toBe('issuingAuthority');
        const adHoc = { ...input, awards: input.awards.map((award) => ({ ...award, ...AD_HOC })) };
        const result = await subgraph.execute(ISSUE, { input: { ...adHoc, issuingAuthority: 'Thủ tướng Chính phủ' } }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        expect(result.data.issueDecision.issuingAuthority).toBe('Thủ tướng Chính phủ');
      });

      // `refused` checks that no decision, award or audit row was written.
      test('an award under its rule is judged by the graph before anything is written: with no graph to ask, REFERENCE_UNVERIFIED', async () => {
        const input = decisionFor('dong-da', '20/QĐ-UBND', [
          { recipientName: 'UBND quận Đống Đa' },
          { awardTypeCode: 'CSTD_TP', recipientKind: 'INDIVIDUAL', personId: 'dong-da-p0799', recipientName: 'Nguyễn Văn A' },
        ]);
        const error = await refused(ISSUE, { input }, 'REFERENCE_UNVERIFIED');
        expect(error.extensions.fields).toEqual(['awards.1']);
      });

      test('an ad hoc award (khen thưởng đột xuất) is recorded AD_HOC with its reason, and its rule is not asked', async () => {
        const input = decisionFor('dong-da', '21/QĐ-UBND', [{ awardTypeCode: 'CSTD_TP', recipientKind: 'INDIVIDUAL', personId: 'dong-da-p0799', recipientName: 'Nguyễn Văn A', ...AD_HOC }]);
        const result = await subgraph.execute(ISSUE, { input }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        expect(result.data.issueDecision.awards.nodes).toEqual([expect.objectContaining({ awardType: { code: 'CSTD_TP' }, basis: 'AD_HOC', basisNote: AD_HOC.adHocReason })]);
        const [audit] = (await auditRows('issueDecision')).filter((entry) => entry.entity === 'Award').slice(-1);
        expect(JSON.parse(audit.after!)).toMatchObject({ basis: 'AD_HOC', basisNote: AD_HOC.adHocReason });
      });

      test('a decision number is unique: CONFLICT', async () => {
        expect((await subgraph.execute(ISSUE, { input: decisionFor('tay-ho', '2/QĐ-UBND') }, CITY_ADMIN)).errors).toBeUndefined();
        const error = await refused(ISSUE, { input: decisionFor('long-bien', '2/QĐ-UBND') }, 'CONFLICT');
        expect(error.extensions.field).toBe('number');
      });

      test('one award of a type per recipient per year: CONFLICT, within the input and against the stored awards', async () => {
        const twice = decisionFor('cau-giay', '3/QĐ-UBND', [{}, { recipientName: 'the same district again' }]);
        expect((await refused(ISSUE, { input: twice }, 'CONFLICT')).extensions.field).toBe('awards.1');
        const held = await subgraph.db.getRepository(Award).findOneByOrFail({ awardTypeCode: 'CSTD_TP', personId: 'dong-da-do-trong-nam' });
        const again = decisionFor('dong-da', '4/QĐ-UBND', [{ awardTypeCode: 'CSTD_TP', year: held.year, recipientKind: 'INDIVIDUAL', personId: held.personId, ...AD_HOC }]);
        expect((await refused(ISSUE, { input: again }, 'CONFLICT')).extensions.field).toBe('awards.0');
        // Another year, or another type, is a different award.
        const other = decisionFor('dong-da', '4/QĐ-UBND', [{ awardTypeCode: 'BK_TP', year: held.year, recipientKind: 'INDIVIDUAL', personId: held.personId, ...AD_HOC }]);
        expect((await subgraph.execute(ISSUE, { input: other }, CITY_ADMIN)).errors).toBeUndefined();
      });

      test.each([
        ['an unknown award type', { awardTypeCode: 'NOPE' }, 'awards.0.awardTypeCode'],
        ['a district-level award type', { awardTypeCode: 'LDTT', recipientKind: 'INDIVIDUAL', personId: 'ba-dinh-p0001' }, 'awards.0.awardTypeCode'],
        ['a recipient kind the type does not allow', { awardTypeCode: 'CSTD_TP' }, 'awards.0.recipientKind'],
        ['an individual without a person', { recipientKind: 'INDIVIDUAL' }, 'awards.0.personId'],
        ['a collective without a unit', { recipientKind: 'COLLECTIVE' }, 'awards.0.unitId'],
        ['a district with a person', { personId: 'ba-dinh-p0001' }, 'awards.0.personId'],
        ['an individual with a unit too', { recipientKind: 'INDIVIDUAL', personId: 'ba-dinh-p0001', unitId: 'ba-dinh-u001' }, 'awards.0.unitId'],
        ['a year after the signing', { year: 2027 }, 'awards.0.year'],
      ])('%s: BAD_USER_INPUT naming the field', async (_case, award, field) => {
        const error = await refused(ISSUE, { input: decisionFor('ba-dinh', '5/QĐ-UBND', [award]) }, 'BAD_USER_INPUT');
        expect(error.extensions.field).toBe(field);
      });

      test.each([
        ['number', { number: 'x'.repeat(65) }],
        ['signer', { signer: 'ư'.repeat(256) }],
        ['issuingAuthority', { issuingAuthority: 'ư'.repeat(256) }],
        ['number', { number: '   ' }],
        ['awards', { awards: [] }],
        ['awards.0.recipientName', { awards: [{ ...decisionFor('ba-dinh', '').awards[0], recipientName: '🏅'.repeat(256) }] }],
        ['awards.0.districtId', { awards: [{ ...decisionFor('ba-dinh', '').awards[0], districtId: "ba-dinh' OR '1'='1" }] }],
        ['awards.0.reason', { awards: [{ ...decisionFor('ba-dinh', '').awards[0], reason: 'a'.repeat(16384) }] }],
        ['awards.0.adHocReason', { awards: [{ ...decisionFor('ba-dinh', '').awards[0], adHocReason: 'ư'.repeat(501) }] }],
        ['awards.0.adHocReason', { awards: [{ ...decisionFor('ba-dinh', '').awards[0], adHocReason: ' \u200b ' }] }],
      ])('an over-long, blank or malformed %s: BAD_USER_INPUT naming it', async (field, change) => {
        const error = await refused(ISSUE, { input: { ...decisionFor('ba-dinh', '6/QĐ-UBND'), ...change } }, 'BAD_USER_INPUT');
        expect(error.extensions.fields).toEqual([field]);
      });

      test('texts at their column lengths are stored exactly', async () => {
        const number = 'Đ'.repeat(61) + '/QĐ';
        const recipientName = 'ữ'.repeat(254) + '🏅';
        const reason = 'Ơ'.repeat(16383);
        const input = {
          ...decisionFor('hai-ba-trung', number, [{ recipientName, reason }]),
          signer: 'Ệ'.repeat(255),
          issuingAuthority: '🏅'.repeat(255),
        };
        const result = await subgraph.execute(ISSUE, { input }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        const decision = await subgraph.db.getRepository(AwardDecision).findOneByOrFail({ number });
        expect([decision.number, decision.signer, decision.issuingAuthority]).toEqual([number, input.signer, input.issuingAuthority]);
        const award = await subgraph.db.getRepository(Award).findOneByOrFail({ decisionId: decision.id });
        expect([award.recipientName, award.reason]).toEqual([recipientName, reason]);
      });

      test.each([
        ['a date that does not exist', { signedOn: '2025-02-30' }],
        ['a date in another form', { signedOn: '03/02/2025' }],
      ])('%s: BAD_USER_INPUT', async (_case, change) => {
        await refused(ISSUE, { input: { ...decisionFor('ba-dinh', '7/QĐ-UBND'), ...change } }, 'BAD_USER_INPUT');
      });

      test.each([
        ['a year before records begin', 1800],
        ['a huge year', 2147483647],
      ])('%s: BAD_USER_INPUT', async (_case, year) => {
        await refused(ISSUE, { input: decisionFor('ba-dinh', '8/QĐ-UBND', [{ year }]) }, 'BAD_USER_INPUT');
      });

      test('wrong types and missing fields are refused before anything runs', async () => {
        await refused(ISSUE, { input: { ...decisionFor('ba-dinh', '9/QĐ-UBND'), signer: undefined } }, 'BAD_USER_INPUT');
        await refused(ISSUE, { input: decisionFor('ba-dinh', '9/QĐ-UBND', [{ year: 'twenty' }]) }, 'BAD_USER_INPUT');
        await refused(ISSUE, { input: decisionFor('ba-dinh', '9/QĐ-UBND', [{ recipientKind: 'HOUSEHOLD' }]) }, 'BAD_USER_INPUT');
      });

      test('a failure between two award inserts leaves no decision, no award and no audit row', async () => {
        const input = decisionFor('thanh-xuan', '10/QĐ-UBND', [
          { recipientName: 'UBND quận Thanh Xuân' },
          { recipientKind: 'COLLECTIVE', unitId: 'thanh-xuan-u001', recipientName: 'Phường Khương Trung' },
          { recipientKind: 'INDIVIDUAL', personId: 'thanh-xuan-p0001', recipientName: 'Nguyễn Thị Hà', ...AD_HOC },
        ]);
        const before = await snapshot();
        const release = failOnInsert(subgraph.db, Award, 2);
        try {
          const result = await subgraph.execute(ISSUE, { input }, CITY_ADMIN);
          expect(result.errors).toBeDefined();
        } finally {
          release();
        }
        expect(await snapshot()).toEqual(before);
        expect((await subgraph.execute(`{ awardDecision(number: "10/QĐ-UBND") { id } }`)).data.awardDecision).toBeNull();
        // The same decision goes through once the fault is gone.
        const result = await subgraph.execute(ISSUE, { input }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        expect(result.data.issueDecision.awards.nodes).toHaveLength(3);
      });
    });

    describe('revokeAward', () => {
      test('keeps the award, REVOKED with who, when, why and by which decision, audited before and after', async () => {
        const award = await subgraph.db.getRepository(Award).findOneByOrFail({ districtId: 'hoang-mai', decisionId: Not(IsNull()), status: AwardStatus.CONFERRED });
        const reason = `Quyết định thu hồi số 12/QĐ-UBND – ${DIACRITICS}`;
        const result = await subgraph.execute(REVOKE, { id: String(award.id), reason, decisionNumber: '12/QĐ-UBND' }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        const revocation = { reason, revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), revokedBy: CITY_ADMIN.subject, decisionNumber: '12/QĐ-UBND' };
        expect(result.data.revokeAward).toEqual({
          id: String(award.id),
          year: award.year,
          awardType: { code: award.awardTypeCode },
          recipientName: award.recipientName,
          district: { id: 'hoang-mai' },
          status: 'REVOKED',
          revocation,
        });
        const kept = await subgraph.db.getRepository(Award).findOneByOrFail({ id: award.id });
        expect(kept).toEqual({
          ...award,
          status: AwardStatus.REVOKED,
          inForce: null,
          revokedAt: result.data.revokeAward.revocation.revokedAt,
          revokedBy: CITY_ADMIN.subject,
          revocationReason: reason,
          revokingDecision: '12/QĐ-UBND',
        });
        const entry = (await auditRows('revokeAward')).findLast((row) => row.entity === 'Award')!;
        expect(entry).toMatchObject({ entityId: String(award.id), scope: 'city' });
        expect(JSON.parse(entry.before!)).toEqual(award);
        expect(JSON.parse(entry.after!)).toEqual(kept);
        // Revoked once: a second revocation is refused, and the first one stands.
        const again = await refused(REVOKE, { id: String(award.id), reason: 'again' }, 'CONFLICT');
        expect(again.extensions).toMatchObject({ field: 'id', id: String(award.id) });
      });

      test.each([['999999999'], ['abc'], ["1 OR 1=1"], ['-1']])('an unknown id %s: NOT_FOUND', async (id) => {
        await refused(REVOKE, { id, reason: 'no such award' }, 'NOT_FOUND');
      });

      test('a blank or over-long reason: BAD_USER_INPUT', async () => {
        const [award] = await subgraph.db.getRepository(Award).find({ take: 1 });
        for (const reason of [' ', 'x'.repeat(1001)]) {
          const error = await refused(REVOKE, { id: String(award.id), reason }, 'BAD_USER_INPUT');
          expect(error.extensions.fields).toEqual(['reason']);
        }
      });
    });

    describe('recordParIndex', () => {
      const ranking = async (year: number) =>
        (await subgraph.db.getRepository(ParIndex).find({ where: { year }, order: { rank: 'ASC', districtId: 'ASC' } })).map(({ districtId, score, rank }) => ({ districtId, score, rank }));

      test("replaces a district's score and ranks the year again, sharing ranks on equal scores", async () => {
        const before = await ranking(2019);
        const auditedBefore = await subgraph.db.getRepository(AuditEntry).count();
        const last = before.at(-1)!;
        const second = before[1];
        const result = await subgraph.execute(RECORD_PAR, { input: { districtId: last.districtId, year: 2019, score: second.score } }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        const answered = result.data.recordParIndex;
        expect(answered).toHaveLength(before.length);
        // The last district now ties with the second: both 2nd, the next one 4th.
        const ranks = new Map(answered.map((row: any) => [row.district.id, row.rank]));
        expect([ranks.get(last.districtId), ranks.get(second.districtId), ranks.get(before[2].districtId)]).toEqual([2, 2, 4]);
        expect(answered.find((row: any) => row.district.id === last.districtId)).toMatchObject({ score: second.score, source: 'entered', year: 2019 });
        expect(answered.map((row: any) => row.rank)).toEqual([...answered.map((row: any) => row.rank)].sort((a, b) => a - b));
        expect(await ranking(2019)).toEqual(answered.map((row: any) => ({ districtId: row.district.id, score: row.score, rank: row.rank })));
        // Audited: the recorded row, then every district whose rank moved.
        const entries = (await auditRows('recordParIndex')).slice(-((await subgraph.db.getRepository(AuditEntry).count()) - auditedBefore));
        const moved = before.filter((row) => row.districtId !== last.districtId && ranks.get(row.districtId) !== row.rank);
        expect(entries.map((entry) => entry.entityId)).toHaveLength(1 + moved.length);
        expect(entries.every((entry) => entry.entity === 'ParIndex')).toBe(true);
        expect(JSON.parse(entries[0].before!)).toMatchObject({ districtId: last.districtId, score: last.score });
        expect(JSON.parse(entries[0].after!)).toMatchObject({ districtId: last.districtId, score: second.score, rank: 2 });
      });

      test('a district new to the year is added and ranked', async () => {
        const result = await subgraph.execute(RECORD_PAR, { input: { districtId: 'ba-dinh', year: 2030, score: 94.25 } }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        expect(result.data.recordParIndex).toEqual([{ district: { id: 'ba-dinh' }, year: 2030, score: 94.25, rank: 1, source: 'entered' }]);
        const [entry] = (await auditRows('recordParIndex')).slice(-1);
        expect(entry.before).toBeNull();
      });

      test.each([
        ['score', { score: 101 }],
        ['score', { score: -1 }],
        ['score', { score: 1e308 }],
        ['districtId', { districtId: "dong-da'; DROP TABLE par_index; --" }],
        ['districtId', { districtId: 'd'.repeat(65) }],
      ])('a bad %s: BAD_USER_INPUT naming it', async (field, change) => {
        const error = await refused(RECORD_PAR, { input: { districtId: 'dong-da', year: 2023, score: 90, ...change } }, 'BAD_USER_INPUT');
        expect(error.extensions.fields).toEqual([field]);
      });

      test.each([[1800], [3000]])('year %s: BAD_USER_INPUT', async (year) => {
        await refused(RECORD_PAR, { input: { districtId: 'dong-da', year, score: 90 } }, 'BAD_USER_INPUT');
      });

      test('a failure in the middle of the re-rank leaves the old scores and ranks', async () => {
        const before = await ranking(2018);
        const input = { districtId: before.at(-1)!.districtId, year: 2018, score: 100 };
        const release = failOnUpdate(subgraph.db, ParIndex, 3);
        try {
          const result = await subgraph.execute(RECORD_PAR, { input }, CITY_ADMIN);
          expect(result.errors).toBeDefined();
        } finally {
          release();
        }
        expect(await ranking(2018)).toEqual(before);
        const result = await subgraph.execute(RECORD_PAR, { input }, CITY_ADMIN);
        expect(result.errors).toBeUndefined();
        expect(result.data.recordParIndex[0]).toMatchObject({ district: { id: input.districtId }, rank: 1 });
      });
    });

    describe('cityAuditLog', () => {
      test("pages the city's audit rows, oldest first, for the city admin", async () => {
        const all = await subgraph.db.getRepository(AuditEntry).find({ where: { scope: 'city' }, order: { id: 'ASC' } });
        const first = await subgraph.execute(AUDIT, { first: 2 }, CITY_ADMIN);
        expect(first.errors).toBeUndefined();
        expect(first.data.cityAuditLog.totalCount).toBe(all.length);
        expect(first.data.cityAuditLog.nodes.map((entry: any) => Number(entry.id))).toEqual(all.slice(0, 2).map((entry) => entry.id));
        const next = await subgraph.execute(AUDIT, { first: 2, after: first.data.cityAuditLog.pageInfo.endCursor }, CITY_ADMIN);
        expect(next.data.cityAuditLog.nodes.map((entry: any) => Number(entry.id))).toEqual(all.slice(2, 4).map((entry) => entry.id));
        expect(next.data.cityAuditLog.nodes[0]).toMatchObject({ scope: 'city', role: 'CITY_ADMIN' });
      });
    });
  });
});
