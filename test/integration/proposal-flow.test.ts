import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { RACE_WINDOW_MS } from '../../services/city/proposal-steps';
import { citySubgraph } from '../../services/city/subgraph';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { Role } from '../../services/core/auth';
import { allowedActions, PROPOSAL_FLOW, PROPOSAL_STATUSES, proposalAction, type ProposalActionName, type ProposalStatusName } from '../../services/core/rules';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation, type GraphQLBody } from '../support/federation';
import type { Caller } from '../support/tokens';

// The dossier's state machine as clients meet it: through the gateway, in front of the real
// subgraphs (a submission asks the graph for the recipient's eligibility). Every step the flow
// allows is taken by its actor; every other one is refused, and so is every caller of the wrong role
// or scope; after each refusal the dossier's row, its timeline and the audit log are as they were.
// Then steps race: one wins, the others answer CONFLICT.

const YEAR = 2025;
const DISTRICT = 'ba-dinh';
const OTHER_DISTRICT = 'dong-da';
const AWARD_TYPE = 'BK_TP';
const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: DISTRICT, subject: 'officer-ba-dinh' };
const OTHER_OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: OTHER_DISTRICT };
const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN, subject: 'board' };
const VIEWER: Caller = { role: Role.VIEWER, district: DISTRICT };
const AD_HOC = 'Dũng cảm cứu người trong vụ cháy';

// What a client must never read: the driver's words (a MySQL code starts a word: UNDER_REVIEW is a state).
const DRIVER_TEXT = /Duplicate entry|constraint failed|SQLITE_|\bER_[A-Z_]{3,}|deadlock|lock wait|savepoint/i;

const PROPOSE = `mutation ($input: ProposeAwardInput!) { proposeAward(input: $input) { id status proposingLevel } }`;
const AMEND = `mutation ($id: ID!, $input: AmendProposalInput!) { amendProposal(id: $id, input: $input) { id status summary } }`;
const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { id number } }`;
const FILE = `mutation ($clusterId: ID!, $year: Int!) { fileNominations(clusterId: $clusterId, year: $year) { id status proposingLevel summary } }`;

/** The mutation of each action the proposer or the board takes by name (DECIDE is issueDecision's). */
const MUTATION: Record<Exclude<ProposalActionName, 'DECIDE'>, string> = {
  SUBMIT: 'submitProposal',
  WITHDRAW: 'withdrawProposal',
  START_REVIEW: 'startReview',
  APPROVE: 'approveProposal',
  RETURN: 'returnProposal',
  REJECT: 'rejectProposal',
};

function stepMutation(action: Exclude<ProposalActionName, 'DECIDE'>): string {
  const note = proposalAction(action).noteRequired ? 'String!' : 'String';
  return `mutation ($id: ID!, $note: ${note}) { ${MUTATION[action]}(id: $id, note: $note) { id status } }`;
}

/** The shortest way through the flow from its first state to each state, as actions. */
function pathsThroughFlow(): Map<ProposalStatusName, ProposalActionName[]> {
  const paths = new Map<ProposalStatusName, ProposalActionName[]>([[PROPOSAL_FLOW.initial, []]]);
  const queue: ProposalStatusName[] = [PROPOSAL_FLOW.initial];
  while (queue.length) {
    const status = queue.shift()!;
    for (const step of PROPOSAL_FLOW.actions) {
      if (step.from.includes(status) && !paths.has(step.to)) {
        paths.set(step.to, [...paths.get(status)!, step.action]);
        queue.push(step.to);
      }
    }
  }
  return paths;
}
const PATHS = pathsThroughFlow();
const ALLOWED = PROPOSAL_FLOW.actions.flatMap((step) => step.from.map((from) => [step.action, from, step.to] as const));
const ILLEGAL = PROPOSAL_FLOW.actions.flatMap((step) => PROPOSAL_STATUSES.filter((status) => !step.from.includes(status)).map((status) => [step.action, status] as const));

const codeOf = (body: GraphQLBody<unknown>) => body.errors?.[0]?.extensions?.code;

describe.each(DATABASES)('the proposal flow through the gateway on %s', (_name, makeDatabases, describeOn) => {
  describeOn('moves dossiers by PROPOSAL_FLOW', () => {
    let databases: TestDatabases;
    let federation: Federation;
    let city: DataSource;
    let district: DataSource;
    let cluster: DataSource;
    let people: string[];
    let decisions = 0;

    const rows = (sql: string, parameters: unknown[] = []): Promise<any[]> => city.query(sql, parameters);
    const count = async (sql: string, parameters: unknown[] = []): Promise<number> => Number((await rows(sql, parameters))[0].n);

    /** A person of the district no one proposed or awarded BK_TP for the year: each dossier its own recipient. */
    const nextPerson = (): string => {
      const person = people.shift();
      if (!person) throw new Error('the test ran out of recipients');
      return person;
    };

    /** Sends a query, checks that no refusal speaks the driver's words, and answers the body. */
    async function send(query: string, variables: Record<string, unknown>, as: Caller | null): Promise<GraphQLBody<any>> {
      const body = await federation.query(query, variables, as);
      for (const error of body.errors ?? []) {
        expect(error.message).not.toMatch(DRIVER_TEXT);
        expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
      return body;
    }
    async function ok(query: string, variables: Record<string, unknown>, as: Caller): Promise<any> {
      const body = await send(query, variables, as);
      expect(body.errors).toBeUndefined();
      return body.data;
    }

    const proposalInput = (personId: string, extra: object = {}) => ({
      awardTypeCode: AWARD_TYPE,
      year: YEAR,
      recipientKind: 'INDIVIDUAL',
      districtId: DISTRICT,
      personId,
      summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
      documents: [{ number: '12/TTr-UBND', issuedOn: '2026-01-10', title: 'Tờ trình đề nghị tặng Bằng khen của UBND Thành phố' }],
      ...extra,
    });

    /** A decision conferring the dossier's award (ad hoc: the test is about the flow, not the person's record). */
    const decisionFor = (proposal: { id: string; personId: string }, extra: object = {}) => ({
      input: {
        number: `${++decisions}/QĐ-FLOW`,
        signedOn: '2026-03-01',
        signer: 'KT. Chủ tịch – Phó Chủ tịch',
        awards: [{ awardTypeCode: AWARD_TYPE, year: YEAR, recipientKind: 'INDIVIDUAL', districtId: DISTRICT, personId: proposal.personId, recipientName: 'Người được đề nghị', adHocReason: AD_HOC, proposalId: proposal.id, ...extra }],
      },
    });

    interface Dossier {
      id: string;
      personId: string;
    }

    /** Takes an action on a dossier as `as` (its actor unless told) and answers the body. */
    function take(action: ProposalActionName, dossier: Dossier, as?: Caller | null): Promise<GraphQLBody<any>> {
      const step = proposalAction(action);
      const caller = as === undefined ? (step.actor === 'CITY' ? CITY_ADMIN : OFFICER) : as;
      if (action === 'DECIDE') return send(ISSUE, decisionFor(dossier), caller);
      return send(stepMutation(action), { id: dossier.id, note: step.noteRequired ? 'Thiếu biên bản họp Hội đồng' : null }, caller);
    }

    /** A fresh dossier of the officer's, moved to `status` along the flow. */
    async function dossierIn(status: ProposalStatusName): Promise<Dossier> {
      const personId = nextPerson();
      const dossier: Dossier = { id: (await ok(PROPOSE, { input: proposalInput(personId) }, OFFICER)).proposeAward.id, personId };
      for (const action of PATHS.get(status)!) expect(codeOf(await take(action, dossier))).toBeUndefined();
      expect(await stateOf(dossier)).toBe(status);
      return dossier;
    }

    const stateOf = async (dossier: Dossier): Promise<string> => (await rows('SELECT status FROM proposal WHERE id = ?', [Number(dossier.id)]))[0].status;

    /** Everything a refused step must leave as it was. */
    async function snapshot(dossier?: Dossier) {
      const id = dossier ? Number(dossier.id) : 0;
      return {
        proposal: await rows('SELECT * FROM proposal WHERE id = ?', [id]),
        timeline: await rows('SELECT * FROM proposal_transition WHERE proposal_id = ? ORDER BY id', [id]),
        documents: await rows('SELECT * FROM proposal_document WHERE proposal_id = ? ORDER BY position', [id]),
        proposals: await count('SELECT COUNT(*) AS n FROM proposal'),
        transitions: await count('SELECT COUNT(*) AS n FROM proposal_transition'),
        audit: await count('SELECT COUNT(*) AS n FROM audit_log'),
        awards: await count('SELECT COUNT(*) AS n FROM award'),
        decisions: await count('SELECT COUNT(*) AS n FROM award_decision'),
      };
    }

    beforeAll(async () => {
      databases = makeDatabases('proposal_flow');
      // Races queue many writes on one row lock: more than the default 5 s on a busy machine.
      federation = await startFederation(databases.urls, { SUBGRAPH_TIMEOUT_MS: '30000' });
      city = await openSubgraphDatabase(citySubgraph, databases.urls.city);
      district = await openSubgraphDatabase(districtSubgraph, databases.urls.district);
      cluster = await openSubgraphDatabase(clusterSubgraph, databases.urls.cluster);
      const taken = new Set(
        (await rows('SELECT person_id FROM award WHERE year = ? AND award_type_code = ? AND person_id IS NOT NULL UNION SELECT person_id FROM proposal WHERE year = ? AND award_type_code = ? AND person_id IS NOT NULL', [YEAR, AWARD_TYPE, YEAR, AWARD_TYPE])).map(
          (row) => row.person_id,
        ),
      );
      people = (await district.query('SELECT id FROM person WHERE district_id = ? ORDER BY id LIMIT 200', [DISTRICT])).map((row: { id: string }) => row.id).filter((id: string) => !taken.has(id));
    }, 600_000);
    afterAll(async () => {
      for (const db of [city, district, cluster]) await db?.destroy();
      await federation?.stop();
      await databases?.drop();
    });

    describe('every step the flow allows, by its actor', () => {
      test.each(ALLOWED)('%s from %s leads to %s, with one transition and its audit rows', async (action, from, to) => {
        const dossier = await dossierIn(from);
        const before = await snapshot(dossier);
        expect(codeOf(await take(action, dossier))).toBeUndefined();
        const after = await snapshot(dossier);
        expect(after.proposal[0].status).toBe(to);
        expect(after.timeline).toHaveLength(before.timeline.length + 1);
        expect(after.timeline[after.timeline.length - 1]).toMatchObject({ action, from_status: from, to_status: to, role: proposalAction(action).actor === 'CITY' ? 'CITY_ADMIN' : 'DISTRICT_OFFICER' });
        // The dossier's row and its transition (and for DECIDE the decision and its award) each leave an audit row.
        const entities = (await rows('SELECT entity FROM audit_log ORDER BY id DESC LIMIT ?', [after.audit - before.audit])).map((row) => row.entity).reverse();
        expect(entities).toEqual(action === 'DECIDE' ? ['AwardDecision', 'Award', 'Proposal', 'ProposalTransition'] : ['Proposal', 'ProposalTransition']);
        expect(after.proposal[0].open_key === null).toBe(PROPOSAL_FLOW.closed.includes(to));
        if (action === 'SUBMIT') expect(after.proposal[0].submitted_at).toBe(after.timeline[after.timeline.length - 1].at);
      });

      test('amending a draft and a returned dossier replaces its content and documents, the state unchanged', async () => {
        for (const status of PROPOSAL_FLOW.amendable) {
          const dossier = await dossierIn(status);
          const documents = [
            { number: '12/TTr-UBND', issuedOn: '2026-01-10', title: 'Tờ trình' },
            { number: '07/BB-HĐTĐKT', issuedOn: '2026-01-20', title: 'Biên bản họp Hội đồng Thi đua – Khen thưởng' },
          ];
          const amended = (await ok(AMEND, { id: dossier.id, input: { summary: 'Bổ sung thành tích 🏅', documents, note: 'Bổ sung biên bản' } }, OFFICER)).amendProposal;
          expect(amended).toEqual({ id: dossier.id, status, summary: 'Bổ sung thành tích 🏅' });
          const after = await snapshot(dossier);
          expect(after.documents.map((row) => [row.position, row.number])).toEqual([
            [1, '12/TTr-UBND'],
            [2, '07/BB-HĐTĐKT'],
          ]);
          expect(after.timeline[after.timeline.length - 1]).toMatchObject({ action: 'AMEND', from_status: status, to_status: status, note: 'Bổ sung biên bản' });
        }
      });

      test('a submission captures the verdict the graph answers for the year', async () => {
        const dossier = await dossierIn('SUBMITTED');
        const [row] = await rows('SELECT verdict_eligible, verdict_version, verdict_conditions, verdict_at FROM proposal WHERE id = ?', [Number(dossier.id)]);
        expect(row.verdict_version).toBe('LAW_06_2022');
        expect([true, false]).toContain(Boolean(row.verdict_eligible));
        expect(JSON.parse(row.verdict_conditions)).toEqual(expect.arrayContaining([expect.objectContaining({ code: expect.any(String), met: expect.any(Boolean), descriptionVi: expect.any(String) })]));
        expect(row.verdict_at).toEqual(expect.any(String));
      });

      test('a decided dossier links its award, and the award its dossier', async () => {
        const dossier = await dossierIn('DECIDED');
        const [proposal] = await rows('SELECT award_id FROM proposal WHERE id = ?', [Number(dossier.id)]);
        const [award] = await rows('SELECT id, proposal_id, person_id FROM award WHERE proposal_id = ?', [Number(dossier.id)]);
        expect(award).toMatchObject({ id: proposal.award_id, person_id: dossier.personId });
        expect(Number(award.proposal_id)).toBe(Number(dossier.id));
      });
    });

    describe('every step the state does not allow', () => {
      const dossiers = new Map<ProposalStatusName, Dossier>();
      beforeAll(async () => {
        for (const status of PROPOSAL_STATUSES) dossiers.set(status, await dossierIn(status));
        // A step just after the one that moved the dossier may have raced it (CONFLICT): these come late.
        await sleep(RACE_WINDOW_MS);
      }, 120_000);

      test.each(ILLEGAL)('%s from %s: INVALID_TRANSITION naming the state; nothing written', async (action, status) => {
        const dossier = dossiers.get(status)!;
        const before = await snapshot(dossier);
        const body = await take(action, dossier);
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', status, action, allowed: allowedActions(status) });
        expect(body.errors?.[0].message).toContain(status);
        expect(await snapshot(dossier)).toEqual(before);
      });

      test.each(PROPOSAL_STATUSES.filter((status) => !PROPOSAL_FLOW.amendable.includes(status)))('AMEND in %s: INVALID_TRANSITION; nothing written', async (status) => {
        const dossier = dossiers.get(status)!;
        const before = await snapshot(dossier);
        const body = await send(AMEND, { id: dossier.id, input: { summary: 'Sửa' } }, OFFICER);
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', status, action: 'AMEND' });
        expect(await snapshot(dossier)).toEqual(before);
      });
    });

    describe('every caller of the wrong role or scope', () => {
      const CLUSTER_ADMIN: Caller = { role: Role.CLUSTER_ADMIN, cluster: 'I' };
      const notBoard: Array<[string, string, Caller | null]> = [
        ['anonymous', 'UNAUTHENTICATED', null],
        ['a VIEWER', 'FORBIDDEN', VIEWER],
        ['the proposing officer', 'FORBIDDEN', OFFICER],
        ['a CLUSTER_ADMIN', 'FORBIDDEN', CLUSTER_ADMIN],
      ];
      const notProposer: Array<[string, string, Caller | null]> = [
        ['anonymous', 'UNAUTHENTICATED', null],
        ['a VIEWER of the district', 'FORBIDDEN', VIEWER],
        ['the CITY_ADMIN', 'FORBIDDEN', CITY_ADMIN],
        ["another district's officer", 'FORBIDDEN', OTHER_OFFICER],
        ['a CLUSTER_ADMIN', 'FORBIDDEN', CLUSTER_ADMIN],
      ];
      const cases = PROPOSAL_FLOW.actions.flatMap((step) =>
        (step.actor === 'CITY' ? notBoard : notProposer).flatMap(([name, code, caller]) =>
          // Where the action is allowed, and where it is not: the caller is refused before the state is read.
          [step.from[0], PROPOSAL_STATUSES.find((status) => status !== 'DRAFT' && !step.from.includes(status))!].map((status) => [step.action, name, status, code, caller] as const),
        ),
      );
      const dossiers = new Map<ProposalStatusName, Dossier>();
      beforeAll(async () => {
        for (const status of new Set(cases.map((entry) => entry[2]))) dossiers.set(status, await dossierIn(status));
      }, 120_000);

      test.each(cases)('%s by %s on a %s dossier: %s; nothing written', async (action, _name, status, code, caller) => {
        const dossier = dossiers.get(status)!;
        const before = await snapshot(dossier);
        // Another proposing office does not see a draft at all.
        const expected = status === 'DRAFT' && (caller === OTHER_OFFICER || caller === CLUSTER_ADMIN) ? 'NOT_FOUND' : code;
        expect(codeOf(await take(action, dossier, caller))).toBe(expected);
        expect(await snapshot(dossier)).toEqual(before);
      });

      test.each(notProposer)('amendProposal by %s: %s; nothing written', async (_name, code, caller) => {
        const dossier = dossiers.get('SUBMITTED') ?? (await dossierIn('RETURNED'));
        const before = await snapshot(dossier);
        expect(codeOf(await send(AMEND, { id: dossier.id, input: { summary: 'Sửa' } }, caller))).toBe(code);
        expect(await snapshot(dossier)).toEqual(before);
      });

      test.each(notProposer)('proposeAward by %s: %s; nothing written', async (_name, code, caller) => {
        const before = await snapshot();
        expect(codeOf(await send(PROPOSE, { input: proposalInput(people[0]) }, caller))).toBe(code);
        expect(await snapshot()).toEqual(before);
      });

      test('unknown ids: NOT_FOUND, and nothing written', async () => {
        const before = await snapshot();
        for (const id of ['999999', 'not-a-number']) expect(codeOf(await take('SUBMIT', { id, personId: people[0] }))).toBe('NOT_FOUND');
        expect(codeOf(await take('APPROVE', { id: '999999', personId: people[0] }))).toBe('NOT_FOUND');
        expect(codeOf(await send(PROPOSE, { input: proposalInput('ba-dinh-p9999999') }, OFFICER))).toBe('NOT_FOUND');
        expect(await snapshot()).toEqual(before);
      });

      test('returning or rejecting without a reason: BAD_USER_INPUT; nothing written', async () => {
        const dossier = dossiers.get(proposalAction('RETURN').from[0])!;
        const before = await snapshot(dossier);
        for (const action of ['RETURN', 'REJECT'] as const) {
          expect(codeOf(await send(stepMutation(action), { id: dossier.id, note: '   ' }, CITY_ADMIN))).toBe('BAD_USER_INPUT');
        }
        expect(await snapshot(dossier)).toEqual(before);
      });
    });

    describe('proposing and deciding', () => {
      test('a second open dossier for the recipient, type and year: CONFLICT; after a withdrawal, a new one may be opened', async () => {
        const dossier = await dossierIn('SUBMITTED');
        const before = await snapshot();
        expect(codeOf(await send(PROPOSE, { input: proposalInput(dossier.personId) }, OFFICER))).toBe('CONFLICT');
        expect(await snapshot()).toEqual(before);
        expect(codeOf(await take('WITHDRAW', dossier))).toBeUndefined();
        expect((await ok(PROPOSE, { input: proposalInput(dossier.personId) }, OFFICER)).proposeAward.status).toBe(PROPOSAL_FLOW.initial);
      });

      test('a decision whose award differs from its dossier: BAD_USER_INPUT; nothing written', async () => {
        const dossier = await dossierIn('APPROVED');
        const before = await snapshot(dossier);
        expect(codeOf(await send(ISSUE, decisionFor(dossier, { awardTypeCode: 'CSTD_TP' }), CITY_ADMIN))).toBe('BAD_USER_INPUT');
        expect(codeOf(await send(ISSUE, decisionFor(dossier, { year: YEAR - 1 }), CITY_ADMIN))).toBe('BAD_USER_INPUT');
        expect(await snapshot(dossier)).toEqual(before);
      });

      test("a cluster's vote is filed as dossiers once; the cluster admin moves them, and the award carries the nomination", async () => {
        const [{ cluster_id: clusterId }] = await cluster.query('SELECT cluster_id FROM cluster_membership WHERE district_id = ? ORDER BY year DESC LIMIT 1', [DISTRICT]);
        const members: string[] = (await cluster.query('SELECT district_id FROM cluster_membership WHERE cluster_id = ? AND year = (SELECT MAX(year) FROM cluster_membership WHERE cluster_id = ?) ORDER BY district_id LIMIT 2', [clusterId, clusterId])).map(
          (row: { district_id: string }) => row.district_id,
        );
        const year = YEAR;
        expect(await cluster.query('SELECT id FROM nomination WHERE cluster_id = ? AND year = ?', [clusterId, year])).toEqual([]);
        for (const [index, districtId] of members.entries()) {
          await cluster.query('INSERT INTO nomination (id, cluster_id, year, district_id, award_type_code, vote_percent, source) VALUES (?, ?, ?, ?, ?, ?, ?)', [
            `${clusterId}-${year}-${districtId}-BK_TP`,
            clusterId,
            year,
            districtId,
            'BK_TP',
            index === 0 ? 92.5 : null,
            'synthetic',
          ]);
        }
        const admin: Caller = { role: Role.CLUSTER_ADMIN, cluster: clusterId, subject: 'cluster-secretariat' };
        for (const caller of [{ role: Role.CLUSTER_ADMIN, cluster: `${clusterId}X` }, OFFICER, CITY_ADMIN] as Caller[]) {
          const before = await snapshot();
          expect(codeOf(await send(FILE, { clusterId, year }, caller))).toBe('FORBIDDEN');
          expect(await snapshot()).toEqual(before);
        }
        const filed = (await ok(FILE, { clusterId, year }, admin)).fileNominations;
        expect(filed).toHaveLength(members.length);
        for (const dossier of filed) expect(dossier).toMatchObject({ status: PROPOSAL_FLOW.initial, proposingLevel: 'CLUSTER', summary: expect.stringContaining(`Cụm thi đua ${clusterId}`) });
        expect(filed[0].summary).toContain('92.5%');
        // Filed again: the same dossiers, nothing new written.
        const before = await snapshot();
        expect((await ok(FILE, { clusterId, year }, admin)).fileNominations).toEqual(filed);
        expect(await snapshot()).toEqual(before);

        const dossier = { id: filed[0].id, personId: '' };
        // The cluster's dossier is the cluster's: the district's officer does not see its draft, and may not move it once filed.
        expect(codeOf(await take('SUBMIT', dossier, { role: Role.DISTRICT_OFFICER, district: members[0] }))).toBe('NOT_FOUND');
        for (const action of ['SUBMIT', 'START_REVIEW', 'APPROVE'] as const) expect(codeOf(await take(action, dossier, proposalAction(action).actor === 'CITY' ? CITY_ADMIN : admin))).toBeUndefined();
        expect(codeOf(await take('WITHDRAW', dossier, { role: Role.DISTRICT_OFFICER, district: members[0] }))).toBe('FORBIDDEN');
        const decision = {
          input: {
            number: `${++decisions}/QĐ-FLOW`,
            signedOn: `${year + 1}-02-01`,
            signer: 'Chủ tịch',
            awards: [{ awardTypeCode: 'BK_TP', year, recipientKind: 'DISTRICT', districtId: members[0], recipientName: 'UBND quận', adHocReason: AD_HOC, proposalId: dossier.id }],
          },
        };
        expect(codeOf(await send(ISSUE, decision, CITY_ADMIN))).toBeUndefined();
        const [award] = await rows('SELECT nomination_id, proposal_id FROM award WHERE proposal_id = ?', [Number(dossier.id)]);
        expect(award.nomination_id).toBe(`${clusterId}-${year}-${members[0]}-BK_TP`);
        const [{ scope }] = await rows("SELECT scope FROM audit_log WHERE operation = 'submitProposal' AND entity = 'Proposal' AND entity_id = ?", [dossier.id]);
        expect(scope).toBe(`cluster:${clusterId}`);
      });
    });

    describe('steps that race', () => {
      /** Sends every call at once; exactly one commits, every other one answers CONFLICT. */
      async function expectOneWins(calls: Array<() => Promise<GraphQLBody<any>>>): Promise<void> {
        const bodies = await Promise.all(calls.map((call) => call()));
        const codes = bodies.map(codeOf);
        expect(codes.filter((code) => code === undefined)).toHaveLength(1);
        expect(codes.filter((code) => code !== undefined)).toEqual(Array(calls.length - 1).fill('CONFLICT'));
      }
      const N = 10;

      test(`${N} approve, return and reject of one dossier at once: one wins, the others CONFLICT; a late one INVALID_TRANSITION`, async () => {
        const dossier = await dossierIn('UNDER_REVIEW');
        const before = await snapshot(dossier);
        const actions: ProposalActionName[] = ['APPROVE', 'RETURN', 'REJECT'];
        await expectOneWins(Array.from({ length: N }, (_, i) => () => take(actions[i % actions.length], dossier)));
        const after = await snapshot(dossier);
        expect(after.timeline).toHaveLength(before.timeline.length + 1);
        expect(after.audit).toBe(before.audit + 2);
        await sleep(RACE_WINDOW_MS);
        const late = await take('APPROVE', dossier);
        expect(late.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: after.proposal[0].status });
      }, 60_000);

      test(`${N} withdrawals and rejections of one dossier at once: one wins, the others CONFLICT`, async () => {
        const dossier = await dossierIn('UNDER_REVIEW');
        const before = await snapshot(dossier);
        await expectOneWins(Array.from({ length: N }, (_, i) => () => take(i % 2 ? 'WITHDRAW' : 'REJECT', dossier)));
        expect((await snapshot(dossier)).timeline).toHaveLength(before.timeline.length + 1);
      }, 60_000);

      test(`${N} submissions of one draft at once: one wins, the others CONFLICT`, async () => {
        const dossier = await dossierIn('DRAFT');
        const before = await snapshot(dossier);
        await expectOneWins(Array.from({ length: N }, () => () => take('SUBMIT', dossier)));
        expect((await snapshot(dossier)).timeline).toHaveLength(before.timeline.length + 1);
      }, 60_000);

      test(`${N} dossiers proposed at once for one recipient, type and year: one is opened, the others CONFLICT`, async () => {
        const personId = nextPerson();
        const before = await snapshot();
        await expectOneWins(Array.from({ length: N }, () => () => send(PROPOSE, { input: proposalInput(personId) }, OFFICER)));
        expect((await snapshot()).proposals).toBe(before.proposals + 1);
      }, 60_000);

      test(`${N} decisions naming one dossier at once: one award, the others CONFLICT`, async () => {
        const dossier = await dossierIn('APPROVED');
        const before = await snapshot(dossier);
        await expectOneWins(Array.from({ length: N }, () => () => take('DECIDE', dossier)));
        const after = await snapshot(dossier);
        expect(after.proposal[0].status).toBe('DECIDED');
        expect([after.awards, after.decisions]).toEqual([before.awards + 1, before.decisions + 1]);
        expect(await count('SELECT COUNT(*) AS n FROM award WHERE proposal_id = ?', [Number(dossier.id)])).toBe(1);
      }, 60_000);
    });
  });
});
