import { Role } from '../../services/core/auth';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';
import type { Caller } from '../support/tokens';

// Issue 12 through the gateway, on the demo data: a district officer proposes, the city's board
// reviews and returns the dossier, the officer amends and resubmits, the board approves and the
// chair decides. One query then shows the dossier's timeline, its decision and its award (city),
// the recipient's name (district) and the district's cluster standing (cluster); the award is in
// the person's history, and the person's proposals show the decision that answered each.

const DISTRICT = 'dong-da';
const YEAR = 2025;
const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: DISTRICT, subject: 'officer-dong-da' };
const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN, subject: 'board-reviewer' };

const CANDIDATES = `query ($district: ID!, $year: Int!) {
  eligibleCandidates(awardType: "CSTD_TP", year: $year, district: $district, recipientKind: INDIVIDUAL, first: 1) {
    edges { node { person { id fullName } } }
  }
}`;
const PROPOSE = `mutation ($input: ProposeAwardInput!) { proposeAward(input: $input) { id status proposingLevel allowedActions } }`;
const SUBMIT = `mutation ($id: ID!) { submitProposal(id: $id) { id status submittedAt eligibility { eligible ruleVersion failed } } }`;
const START_REVIEW = `mutation ($id: ID!) { startReview(id: $id) { id status } }`;
const RETURN = `mutation ($id: ID!, $note: String!) { returnProposal(id: $id, note: $note) { id status } }`;
const AMEND = `mutation ($id: ID!, $input: AmendProposalInput!) { amendProposal(id: $id, input: $input) { id status documents { position number title } } }`;
const APPROVE = `mutation ($id: ID!) { approveProposal(id: $id) { id status } }`;
const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { id number awards { nodes { id proposal { id status } } } } }`;

const DOSSIER = `query ($id: ID!) {
  proposal(id: $id) {
    id year status proposingLevel proposedBy summary
    awardType { code name }
    person { id fullName }
    district { id name }
    standing { rank cluster { id } }
    eligibility { eligible ruleVersion }
    documents { position number issuedOn title }
    timeline { action fromStatus toStatus actor role at note }
    review { action actor note }
    decision { number signedOn }
    award { id year status awardType { code } decisionNumber }
  }
}`;
const HISTORY = `query ($id: ID!) {
  person(id: $id) {
    awardHistory(first: 100, fromYear: ${YEAR}) { nodes { year level awardType { code } decisionNumber award { id } } }
    proposals(first: 20) { nodes { id status awardType { code } timeline { action toStatus at } decision { number } } }
  }
}`;
const QUEUE = `query {
  reviewQueue(first: 100) {
    totalCount
    nodes { id status daysWaiting submittedAt awardType { code } recipientKind person { fullName } unit { name } district { name } standing { rank cluster { id } } eligibility { eligible failed } }
  }
}`;

const WAITING = `query ($id: ID!) { proposal(id: $id) { status daysWaiting person { fullName } district { name } eligibility { eligible } } }`;

const codesOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (body.errors ?? []).map((error) => error.extensions?.code);

describe.each(DATABASES)('a dossier from proposal to decision through the gateway on %s', (_name, makeDatabases, describeOn) => {
  describeOn('with the demo data', () => {
    let databases: TestDatabases;
    let federation: Federation;

    beforeAll(async () => {
      databases = makeDatabases('proposal_flow');
      federation = await startFederation(databases.urls);
    }, 600_000);
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    /** Runs an operation that must succeed and answers its data. */
    async function ok(query: string, variables: Record<string, unknown>, as: Caller | null) {
      const body = await federation.query(query, variables, as);
      expect(body.errors).toBeUndefined();
      return body.data;
    }

    test('proposed, returned, amended, resubmitted, approved and decided: one query shows it all, and the award is in the history', async () => {
      const [candidate] = (await ok(CANDIDATES, { district: DISTRICT, year: YEAR }, OFFICER)).eligibleCandidates.edges;
      const person = candidate.node.person as { id: string; fullName: string };

      const proposed = (
        await ok(
          PROPOSE,
          {
            input: {
              awardTypeCode: 'CSTD_TP',
              year: YEAR,
              recipientKind: 'INDIVIDUAL',
              districtId: DISTRICT,
              personId: person.id,
              summary: `Ba năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở, có sáng kiến được áp dụng trong phạm vi Thành phố.`,
              documents: [{ number: '41/TTr-UBND', issuedOn: '2026-01-12', title: 'Tờ trình đề nghị tặng danh hiệu Chiến sĩ thi đua Thành phố' }],
            },
          },
          OFFICER,
        )
      ).proposeAward;
      expect(proposed).toMatchObject({ status: 'DRAFT', proposingLevel: 'DISTRICT', allowedActions: expect.arrayContaining(['SUBMIT', 'WITHDRAW']) });
      const id = proposed.id as string;

      // A draft is the proposer's: the board cannot review it yet, and another district cannot see it.
      expect(codesOf(await federation.query(START_REVIEW, { id }, CITY_ADMIN))).toEqual(['INVALID_TRANSITION']);
      expect((await ok(`query ($id: ID!) { proposal(id: $id) { id } }`, { id }, { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' })).proposal).toBeNull();

      const submitted = (await ok(SUBMIT, { id }, OFFICER)).submitProposal;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', eligibility: { eligible: true, ruleVersion: 'LAW_06_2022', failed: [] } });

      // The officer cannot review their own dossier; the board can.
      expect(codesOf(await federation.query(START_REVIEW, { id }, OFFICER))).toEqual(['FORBIDDEN']);
      expect((await ok(START_REVIEW, { id }, CITY_ADMIN)).startReview.status).toBe('UNDER_REVIEW');
      const reasons = 'Bổ sung biên bản họp Hội đồng Thi đua – Khen thưởng quận';
      expect((await ok(RETURN, { id, note: reasons }, CITY_ADMIN)).returnProposal.status).toBe('RETURNED');

      const amended = (
        await ok(
          AMEND,
          {
            id,
            input: {
              documents: [
                { number: '41/TTr-UBND', issuedOn: '2026-01-12', title: 'Tờ trình đề nghị tặng danh hiệu Chiến sĩ thi đua Thành phố' },
                { number: '07/BB-HĐTĐKT', issuedOn: '2026-01-20', title: 'Biên bản họp Hội đồng Thi đua – Khen thưởng quận Đống Đa' },
              ],
            },
          },
          OFFICER,
        )
      ).amendProposal;
      expect(amended).toMatchObject({ status: 'RETURNED', documents: [{ position: 1 }, { position: 2, number: '07/BB-HĐTĐKT' }] });
      expect((await ok(SUBMIT, { id }, OFFICER)).submitProposal.status).toBe('SUBMITTED');

      const waiting = (await ok(WAITING, { id }, CITY_ADMIN)).proposal;
      expect(waiting).toMatchObject({ status: 'SUBMITTED', daysWaiting: 0, person: { fullName: person.fullName }, district: { name: expect.any(String) }, eligibility: { eligible: true } });

      expect((await ok(START_REVIEW, { id }, CITY_ADMIN)).startReview.status).toBe('UNDER_REVIEW');
      expect((await ok(APPROVE, { id }, CITY_ADMIN)).approveProposal.status).toBe('APPROVED');

      const decision = (
        await ok(
          ISSUE,
          {
            input: {
              number: 'T12-812/QĐ-UBND',
              signedOn: '2026-03-02',
              signer: 'KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn Bình',
              awards: [{ awardTypeCode: 'CSTD_TP', year: YEAR, recipientKind: 'INDIVIDUAL', districtId: DISTRICT, personId: person.id, recipientName: person.fullName, proposalId: id }],
            },
          },
          CITY_ADMIN,
        )
      ).issueDecision;
      expect(decision.awards.nodes).toEqual([{ id: expect.any(String), proposal: { id, status: 'DECIDED' } }]);
      const awardId = decision.awards.nodes[0].id as string;

      const dossier = (await ok(DOSSIER, { id }, CITY_ADMIN)).proposal;
      expect(dossier).toMatchObject({
        status: 'DECIDED',
        proposingLevel: 'DISTRICT',
        proposedBy: 'officer-dong-da',
        awardType: { code: 'CSTD_TP' },
        person: { id: person.id, fullName: person.fullName },
        district: { id: DISTRICT },
        // The clusters have not scored 2025 yet: the dossier has no standing to show (the queue's 2024 ones do).
        standing: null,
        eligibility: { eligible: true },
        review: { action: 'APPROVE', actor: 'board-reviewer' },
        decision: { number: 'T12-812/QĐ-UBND', signedOn: '2026-03-02' },
        award: { id: awardId, year: YEAR, status: 'CONFERRED', awardType: { code: 'CSTD_TP' }, decisionNumber: 'T12-812/QĐ-UBND' },
      });
      expect(dossier.timeline.map((step: { action: string; fromStatus: string | null; toStatus: string }) => [step.action, step.fromStatus, step.toStatus])).toEqual([
        ['CREATE', null, 'DRAFT'],
        ['SUBMIT', 'DRAFT', 'SUBMITTED'],
        ['START_REVIEW', 'SUBMITTED', 'UNDER_REVIEW'],
        ['RETURN', 'UNDER_REVIEW', 'RETURNED'],
        ['AMEND', 'RETURNED', 'RETURNED'],
        ['SUBMIT', 'RETURNED', 'SUBMITTED'],
        ['START_REVIEW', 'SUBMITTED', 'UNDER_REVIEW'],
        ['APPROVE', 'UNDER_REVIEW', 'APPROVED'],
        ['DECIDE', 'APPROVED', 'DECIDED'],
      ]);
      expect(dossier.timeline.find((step: { action: string }) => step.action === 'RETURN')).toMatchObject({ actor: 'board-reviewer', role: 'CITY_ADMIN', note: reasons });
      const times = dossier.timeline.map((step: { at: string }) => step.at);
      expect([...times].sort()).toEqual(times);

      const { person: record } = await ok(HISTORY, { id: person.id }, OFFICER);
      expect(record.awardHistory.nodes).toContainEqual({ year: YEAR, level: 'CITY', awardType: { code: 'CSTD_TP' }, decisionNumber: 'T12-812/QĐ-UBND', award: { id: awardId } });
      expect(record.proposals.nodes).toContainEqual({
        id,
        status: 'DECIDED',
        awardType: { code: 'CSTD_TP' },
        timeline: expect.arrayContaining([expect.objectContaining({ action: 'DECIDE', toStatus: 'DECIDED' })]),
        decision: { number: 'T12-812/QĐ-UBND' },
      });
      // Decided, the dossier left the board's queue.
      expect((await ok(QUEUE, {}, CITY_ADMIN)).reviewQueue.nodes.map((node: { id: string }) => node.id)).not.toContain(id);
    }, 120_000);

    test("the review queue of a fresh start: the demo's open dossiers, oldest first, each with its recipient's name, cluster standing, days waiting and verdict", async () => {
      const queue = (await ok(QUEUE, {}, CITY_ADMIN)).reviewQueue;
      expect(queue.totalCount).toBeGreaterThan(0);
      const submitted = queue.nodes.map((node: { submittedAt: string }) => node.submittedAt);
      expect([...submitted].sort()).toEqual(submitted);
      for (const node of queue.nodes) {
        expect(['SUBMITTED', 'UNDER_REVIEW']).toContain(node.status);
        expect(node.daysWaiting).toBeGreaterThanOrEqual(0);
        expect(node.district.name).toEqual(expect.any(String));
        const name = node.person?.fullName ?? node.unit?.name ?? node.district.name;
        expect(name).toEqual(expect.any(String));
      }
      expect(queue.nodes.some((node: { standing: unknown }) => node.standing !== null)).toBe(true);
      expect(queue.nodes.some((node: { eligibility: unknown }) => node.eligibility !== null)).toBe(true);
      // The queue is the board's worklist: a token is needed, and a viewer's is not enough.
      expect(codesOf(await federation.query(QUEUE, {}, null))).toEqual(['UNAUTHENTICATED']);
      expect(codesOf(await federation.query(QUEUE, {}, { role: Role.VIEWER }))).toEqual(['FORBIDDEN']);
    }, 60_000);
  });
});
