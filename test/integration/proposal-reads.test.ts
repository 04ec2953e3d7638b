import type { DataSource } from 'typeorm';
import { citySubgraph } from '../../services/city/subgraph';
import { Award } from '../../services/city/entities/award';
import { AwardDecision } from '../../services/city/entities/award-decision';
import { RecipientKind } from '../../services/city/entities/award-type';
import { Proposal, ProposalStatus, ProposingLevel } from '../../services/city/entities/proposal';
import { ProposalDocument } from '../../services/city/entities/proposal-document';
import { ProposalTransition } from '../../services/city/entities/proposal-transition';
import { Role } from '../../services/core/auth';
import { AwardStatus } from '../../services/core/award-status';
import { foldText } from '../../services/core/fold-text';
import { allowedActions, type ProposalStatusName } from '../../services/core/rules';
import { DATABASES, type TestDatabases } from '../support/databases';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

const HOUR_MS = 60 * 60 * 1000;

const BA_DINH_OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' };
const DONG_DA_OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'dong-da' };
const CLUSTER_III: Caller = { role: Role.CLUSTER_ADMIN, cluster: 'III' };
const CLUSTER_IX: Caller = { role: Role.CLUSTER_ADMIN, cluster: 'IX' };
const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN };
const VIEWER: Caller = { role: Role.VIEWER, district: 'ba-dinh' };

/** `hours` ago, as the flow writes its times (ISO, UTC). */
const ago = (hours: number) => new Date(Date.now() - hours * HOUR_MS).toISOString();

type Recipient = { kind: RecipientKind; districtId: string; unitId?: string; personId?: string };

interface Dossier {
  key: string;
  year: number;
  awardTypeCode: string;
  recipient: Recipient;
  level: ProposingLevel;
  proposerId: string;
  status: ProposalStatus;
  /** Hours since it was last submitted; none while a draft. */
  submittedHoursAgo?: number;
  nominationId?: string;
  /** The path of actions after CREATE, each leading to its state. */
  steps?: Array<[action: string, to: ProposalStatus, note?: string]>;
  documents?: number;
  verdict?: { eligible: boolean; conditions: Array<{ code: string; met: boolean }> };
  /** The decision (by number) whose award answers it. */
  decidedBy?: string;
}

const person = (districtId: string, personId: string): Recipient => ({ kind: RecipientKind.INDIVIDUAL, districtId, personId });
const unit = (districtId: string, unitId: string): Recipient => ({ kind: RecipientKind.COLLECTIVE, districtId, unitId });
const wholeDistrict = (districtId: string): Recipient => ({ kind: RecipientKind.DISTRICT, districtId });

const { DISTRICT, CLUSTER } = ProposingLevel;
const S = ProposalStatus;

// Inserted in this order: ids 1..n. The queue holds review (10 days, tie with tied), cluster (5 days), submitted (3 days).
const DOSSIERS: Dossier[] = [
  { key: 'draft', year: 2025, awardTypeCode: 'BK_TP', recipient: person('ba-dinh', 'ba-dinh-p0001'), level: DISTRICT, proposerId: 'ba-dinh', status: S.DRAFT, documents: 1 },
  {
    key: 'submitted',
    year: 2025,
    awardTypeCode: 'CO_TP',
    recipient: unit('ba-dinh', 'ba-dinh-u001'),
    level: DISTRICT,
    proposerId: 'ba-dinh',
    status: S.SUBMITTED,
    submittedHoursAgo: 3 * 24 + 1,
    steps: [['SUBMIT', S.SUBMITTED]],
    documents: 3,
    verdict: { eligible: false, conditions: [{ code: 'CO_TP_LEADS', met: true }, { code: 'CO_TP_MODEL', met: false }] },
  },
  {
    key: 'review',
    year: 2025,
    awardTypeCode: 'BK_TP',
    recipient: wholeDistrict('dong-da'),
    level: DISTRICT,
    proposerId: 'dong-da',
    status: S.UNDER_REVIEW,
    submittedHoursAgo: 10 * 24,
    steps: [['SUBMIT', S.SUBMITTED], ['START_REVIEW', S.UNDER_REVIEW, 'thẩm định']],
  },
  {
    key: 'cluster',
    year: 2025,
    awardTypeCode: 'CO_TP',
    recipient: wholeDistrict('ba-dinh'),
    level: CLUSTER,
    proposerId: 'III',
    status: S.SUBMITTED,
    submittedHoursAgo: 5 * 24 + 23,
    nominationId: 'III-2025-CO_TP-ba-dinh',
    steps: [['SUBMIT', S.SUBMITTED]],
  },
  { key: 'clusterDraft', year: 2025, awardTypeCode: 'CO_TP', recipient: wholeDistrict('cau-giay'), level: CLUSTER, proposerId: 'III', status: S.DRAFT, nominationId: 'III-2025-CO_TP-cau-giay' },
  {
    key: 'decided',
    year: 2024,
    awardTypeCode: 'BK_TP',
    recipient: person('ba-dinh', 'ba-dinh-p0002'),
    level: DISTRICT,
    proposerId: 'ba-dinh',
    status: S.DECIDED,
    submittedHoursAgo: 200 * 24,
    steps: [
      ['SUBMIT', S.SUBMITTED],
      ['START_REVIEW', S.UNDER_REVIEW],
      ['RETURN', S.RETURNED, 'thiếu minh chứng'],
      ['AMEND', S.RETURNED, 'bổ sung minh chứng'],
      ['SUBMIT', S.SUBMITTED],
      ['START_REVIEW', S.UNDER_REVIEW],
      ['APPROVE', S.APPROVED, 'đủ điều kiện'],
      ['DECIDE', S.DECIDED],
    ],
    documents: 2,
    verdict: { eligible: true, conditions: [{ code: 'BK_TP_RECORD', met: true }] },
    decidedBy: '101/QĐ-UBND',
  },
  {
    key: 'rejected',
    year: 2024,
    awardTypeCode: 'BK_TTG',
    recipient: person('dong-da', 'dong-da-p0001'),
    level: DISTRICT,
    proposerId: 'dong-da',
    status: S.REJECTED,
    submittedHoursAgo: 150 * 24,
    steps: [['SUBMIT', S.SUBMITTED], ['START_REVIEW', S.UNDER_REVIEW], ['REJECT', S.REJECTED, 'không đủ điều kiện']],
  },
  {
    key: 'clusterDecided',
    year: 2024,
    awardTypeCode: 'CO_TP',
    recipient: wholeDistrict('hoan-kiem'),
    level: CLUSTER,
    proposerId: 'IX',
    status: S.DECIDED,
    submittedHoursAgo: 180 * 24,
    nominationId: 'IX-2024-CO_TP-hoan-kiem',
    steps: [['SUBMIT', S.SUBMITTED], ['START_REVIEW', S.UNDER_REVIEW], ['APPROVE', S.APPROVED], ['DECIDE', S.DECIDED]],
    decidedBy: '202/QĐ-UBND',
  },
  // Submitted the same instant as `review`: the queue tells them apart by id.
  {
    key: 'tied',
    year: 2025,
    awardTypeCode: 'BK_TP',
    recipient: person('dong-da', 'dong-da-p0002'),
    level: DISTRICT,
    proposerId: 'dong-da',
    status: S.SUBMITTED,
    submittedHoursAgo: 10 * 24,
    steps: [['SUBMIT', S.SUBMITTED]],
  },
  { key: 'withdrawn', year: 2025, awardTypeCode: 'BK_TTG', recipient: unit('dong-da', 'dong-da-u002'), level: DISTRICT, proposerId: 'dong-da', status: S.WITHDRAWN, steps: [['WITHDRAW', S.WITHDRAWN]] },
];

const DECISIONS = [
  // Signed in the order 303 (2023's awards), 101 (2024), 202 (2024).
  { number: '101/QĐ-UBND', signedOn: '2025-02-10' },
  { number: '202/QĐ-UBND', signedOn: '2025-03-05' },
  { number: '303/QĐ-UBND', signedOn: '2024-02-01' },
];

/** The entity's status type (the flow's name and the GraphQL enum at once). */
type Status = Proposal['status'];

const BOARD_ACTIONS = ['START_REVIEW', 'APPROVE', 'RETURN', 'REJECT', 'DECIDE'];

const recipientKeyOf = ({ kind, districtId, unitId, personId }: Recipient) => `${kind}:${personId ?? unitId ?? districtId}`;

/** Rows as the flow writes them: the dossier, its steps, its documents, and for a decided one its award. */
async function insertFixtures(db: DataSource): Promise<{ ids: Record<string, string>; awards: Record<string, number> }> {
  const decisions: Record<string, number> = {};
  for (const decision of DECISIONS) {
    const { identifiers } = await db
      .getRepository(AwardDecision)
      .insert({ ...decision, foldedNumber: foldText(decision.number), signer: 'Chủ tịch', issuingAuthority: 'Chủ tịch UBND thành phố Hà Nội', source: 'test' });
    decisions[decision.number] = identifiers[0].id;
  }
  const ids: Record<string, string> = {};
  const awards: Record<string, number> = {};
  const award = (fields: Partial<Award>) =>
    db.getRepository(Award).insert({ recipientName: 'x', reason: null, conferredBy: null, unitId: null, personId: null, nominationId: null, proposalId: null, source: 'test', ...fields });
  for (const dossier of DOSSIERS) {
    const { recipient } = dossier;
    const created = ago((dossier.submittedHoursAgo ?? 1) + 24);
    const submittedAt = dossier.submittedHoursAgo === undefined ? null : ago(dossier.submittedHoursAgo);
    const { identifiers } = await db.getRepository(Proposal).insert({
      year: dossier.year,
      awardTypeCode: dossier.awardTypeCode,
      recipientKind: recipient.kind,
      districtId: recipient.districtId,
      unitId: recipient.unitId ?? null,
      personId: recipient.personId ?? null,
      recipientKey: recipientKeyOf(recipient),
      proposingLevel: dossier.level,
      proposerId: dossier.proposerId,
      proposedBy: `officer-of-${dossier.proposerId}`,
      summary: `Thành tích của ${dossier.key}`,
      adHocReason: null,
      nominationId: dossier.nominationId ?? null,
      status: dossier.status as Status,
      openKey: [S.REJECTED, S.WITHDRAWN].includes(dossier.status) ? null : 1,
      createdAt: created,
      submittedAt,
      updatedAt: submittedAt ?? created,
      verdictEligible: dossier.verdict?.eligible ?? null,
      verdictVersion: dossier.verdict ? 'LAW_06_2022' : null,
      verdictConditions: dossier.verdict
        ? JSON.stringify(dossier.verdict.conditions.map((condition) => ({ ...condition, kind: 'TITLE_RUN', description: `${condition.code} in English`, descriptionVi: `${condition.code} tiếng Việt` })))
        : null,
      verdictAt: dossier.verdict ? submittedAt : null,
      awardId: null,
      source: 'test',
    });
    const id = identifiers[0].id as number;
    ids[dossier.key] = String(id);
    let from: ProposalStatus | null = null;
    for (const [action, to, note] of [['CREATE', S.DRAFT] as [string, ProposalStatus], ...(dossier.steps ?? [])]) {
      await db.getRepository(ProposalTransition).insert({
        proposalId: id,
        action: action as ProposalTransition['action'],
        fromStatus: from as Status | null,
        toStatus: to as Status,
        actor: BOARD_ACTIONS.includes(action) ? 'city-board' : `officer-of-${dossier.proposerId}`,
        role: BOARD_ACTIONS.includes(action) ? Role.CITY_ADMIN : Role.DISTRICT_OFFICER,
        at: created,
        note: note ?? null,
      });
      from = to;
    }
    for (let position = 1; position <= (dossier.documents ?? 0); position += 1) {
      await db.getRepository(ProposalDocument).insert({ proposalId: id, position, number: `${position}/TTr-${dossier.key}`, issuedOn: '2025-01-0' + position, title: `Tờ trình ${position}` });
    }
    if (dossier.decidedBy) {
      const inserted = await award({
        year: dossier.year,
        awardTypeCode: dossier.awardTypeCode,
        decisionId: decisions[dossier.decidedBy],
        recipientKind: recipient.kind,
        districtId: recipient.districtId,
        unitId: recipient.unitId ?? null,
        personId: recipient.personId ?? null,
        recipientKey: recipientKeyOf(recipient),
        nominationId: dossier.nominationId ?? null,
        proposalId: id,
      });
      awards[dossier.key] = inserted.identifiers[0].id;
      await db.getRepository(Proposal).update(id, { awardId: awards[dossier.key] });
    }
  }
  // Recorded before the flow: a 2023 decision's award answering a nomination without a dossier, and
  // a nomination whose first award was revoked and conferred again.
  const old = await award({ year: 2023, awardTypeCode: 'CO_TP', decisionId: decisions['303/QĐ-UBND'], recipientKind: RecipientKind.DISTRICT, districtId: 'son-tay', recipientKey: 'DISTRICT:son-tay', nominationId: 'IX-2023-CO_TP-son-tay' });
  awards.old = old.identifiers[0].id;
  const again = { year: 2023, awardTypeCode: 'CO_TP', decisionId: decisions['303/QĐ-UBND'], recipientKind: RecipientKind.DISTRICT, districtId: 'ba-vi', recipientKey: 'DISTRICT:ba-vi', nominationId: 'IX-2023-CO_TP-ba-vi' };
  const revoked = await award({ ...again, status: AwardStatus.REVOKED, inForce: null, revokedAt: ago(100), revokedBy: 'city-board', revocationReason: 'hồ sơ sai' });
  const regranted = await award(again);
  awards.revoked = revoked.identifiers[0].id;
  awards.regranted = regranted.identifiers[0].id;
  return { ids, awards };
}

function codeOf(result: { errors?: any[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

const LIST = `query ($year: Int, $status: ProposalStatus, $awardType: String, $district: ID, $level: ProposingLevel, $awardLevel: AwardLevel, $first: Int!, $after: String) {
  proposals(year: $year, status: $status, awardType: $awardType, district: $district, level: $level, awardLevel: $awardLevel, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id status } } }`;
const QUEUE = `query ($first: Int!, $after: String) { reviewQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id status submittedAt daysWaiting } } }`;

describe.each(DATABASES)('proposal reads on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the city subgraph answers dossiers', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    let ids: Record<string, string>;
    let awards: Record<string, number>;
    const key = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? `unknown ${id}`;
    const keysOf = (nodes: Array<{ id: string }>) => nodes.map((node) => key(node.id));

    beforeAll(async () => {
      databases = makeDatabases('proposal_reads');
      // Only what the migrations load (the catalogue, the rules): these tests own every dossier.
      subgraph = await subgraphUnderTest(citySubgraph, null, databases.urls.city);
      ({ ids, awards } = await insertFixtures(subgraph.db));
    }, 120_000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, as: Caller | null = null): Promise<T> {
      const result = await subgraph.execute<T>(query, variables, as);
      expect(result.errors).toBeUndefined();
      return result.data!;
    }

    async function entities(representations: object[], selection: string, as: Caller | null = null) {
      const data = await ok(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`, { representations }, as);
      return data._entities;
    }

    async function list(variables: Record<string, unknown>, as: Caller | null = null) {
      return (await ok(LIST, { first: 100, ...variables }, as)).proposals;
    }

    describe('proposal(id)', () => {
      test('a decided dossier: its recipient, proposer, documents, verdict, timeline, review, award and decision', async () => {
        const { proposal } = await ok(
          `query ($id: ID!) { proposal(id: $id) {
            id year awardType { code level } recipientKind district { id } unit { id } person { id } proposingLevel proposingDistrict { id } proposingCluster { id }
            proposedBy summary adHocReason status createdAt submittedAt updatedAt daysWaiting
            documents { position number issuedOn title }
            eligibility { eligible ruleVersion judgedAt failed conditions { code kind met description descriptionVi } }
            timeline { action fromStatus toStatus actor role note } review { action toStatus note }
            nomination { id } award { id year recipientKind } decision { number signedOn } allowedActions } }`,
          { id: ids.decided },
        );
        expect(proposal).toMatchObject({
          id: ids.decided,
          year: 2024,
          awardType: { code: 'BK_TP', level: 'CITY' },
          recipientKind: 'INDIVIDUAL',
          district: { id: 'ba-dinh' },
          unit: null,
          person: { id: 'ba-dinh-p0002' },
          proposingLevel: 'DISTRICT',
          proposingDistrict: { id: 'ba-dinh' },
          proposingCluster: null,
          proposedBy: 'officer-of-ba-dinh',
          adHocReason: null,
          status: 'DECIDED',
          // Decided: it no longer waits.
          daysWaiting: null,
          documents: [
            { position: 1, number: '1/TTr-decided', issuedOn: '2025-01-01', title: 'Tờ trình 1' },
            { position: 2, number: '2/TTr-decided', issuedOn: '2025-01-02', title: 'Tờ trình 2' },
          ],
          eligibility: {
            eligible: true,
            ruleVersion: 'LAW_06_2022',
            failed: [],
            conditions: [{ code: 'BK_TP_RECORD', kind: 'TITLE_RUN', met: true, description: 'BK_TP_RECORD in English', descriptionVi: 'BK_TP_RECORD tiếng Việt' }],
          },
          // The board's latest step, not the decision.
          review: { action: 'APPROVE', toStatus: 'APPROVED', note: 'đủ điều kiện' },
          nomination: null,
          award: { id: String(awards.decided), year: 2024, recipientKind: 'INDIVIDUAL' },
          decision: { number: '101/QĐ-UBND', signedOn: '2025-02-10' },
          allowedActions: [],
        });
        expect(proposal.eligibility.judgedAt).toBe(proposal.submittedAt);
        // Oldest first, from its creation.
        expect(proposal.timeline.map((step: any) => [step.action, step.fromStatus, step.toStatus])).toEqual([
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
        expect(proposal.timeline[3]).toMatchObject({ actor: 'city-board', role: 'CITY_ADMIN', note: 'thiếu minh chứng' });
      });

      test('a submitted dossier waits whole days, carries a failing verdict, and may be reviewed or withdrawn', async () => {
        const { proposal } = await ok(
          `query ($id: ID!) { proposal(id: $id) { unit { id } person { id } daysWaiting eligibility { eligible failed } review { action } award { id } decision { number } allowedActions documents { position } } }`,
          { id: ids.submitted },
        );
        expect(proposal).toEqual({
          unit: { id: 'ba-dinh-u001' },
          person: null,
          // 3 days and an hour ago.
          daysWaiting: 3,
          eligibility: { eligible: false, failed: ['CO_TP_MODEL'] },
          review: null,
          award: null,
          decision: null,
          allowedActions: allowedActions('SUBMITTED'),
          documents: [{ position: 1 }, { position: 2 }, { position: 3 }],
        });
        expect(proposal.allowedActions).toEqual(['START_REVIEW', 'WITHDRAW']);
      });

      test("a cluster's dossier names its cluster and its nomination", async () => {
        const { proposal } = await ok(`query ($id: ID!) { proposal(id: $id) { proposingLevel proposingDistrict { id } proposingCluster { id } nomination { id } district { id } daysWaiting } }`, {
          id: ids.cluster,
        });
        expect(proposal).toEqual({
          proposingLevel: 'CLUSTER',
          proposingDistrict: null,
          proposingCluster: { id: 'III' },
          nomination: { id: 'III-2025-CO_TP-ba-dinh' },
          district: { id: 'ba-dinh' },
          daysWaiting: 5,
        });
      });

      test('every state answers the actions the flow allows from it', async () => {
        for (const dossier of DOSSIERS) {
          const { proposal } = await ok(`query ($id: ID!) { proposal(id: $id) { status allowedActions } }`, { id: ids[dossier.key] }, dossier.level === DISTRICT ? { role: Role.DISTRICT_OFFICER, district: dossier.proposerId } : { role: Role.CLUSTER_ADMIN, cluster: dossier.proposerId });
          expect(proposal).toEqual({ status: dossier.status, allowedActions: allowedActions(dossier.status as ProposalStatusName) });
        }
      });

      test('an unknown id, or one no dossier can have, answers null', async () => {
        for (const id of ['999999', '0', 'abc', '-1', '99999999999999']) {
          expect((await ok(`query ($id: ID!) { proposal(id: $id) { id } }`, { id })).proposal).toBeNull();
        }
      });
    });

    describe('drafts are their proposer office’s alone', () => {
      const cases: Array<[name: string, caller: Caller | null, sees: string[]]> = [
        ['anonymous', null, []],
        ['a VIEWER of ba-dinh', VIEWER, []],
        ['the CITY_ADMIN', CITY_ADMIN, []],
        ['the DISTRICT_OFFICER of ba-dinh', BA_DINH_OFFICER, ['draft']],
        ['the DISTRICT_OFFICER of dong-da', DONG_DA_OFFICER, []],
        ['the CLUSTER_ADMIN of III', CLUSTER_III, ['clusterDraft']],
        ['the CLUSTER_ADMIN of IX', CLUSTER_IX, []],
      ];

      test.each(cases)('%s: proposal(id), _entities, the lists and their counts', async (_who, caller, sees) => {
        for (const draft of ['draft', 'clusterDraft']) {
          const visible = sees.includes(draft);
          const { proposal } = await ok(`query ($id: ID!) { proposal(id: $id) { id status } }`, { id: ids[draft] }, caller);
          expect(proposal).toEqual(visible ? { id: ids[draft], status: 'DRAFT' } : null);
          const [entity] = await entities([{ __typename: 'Proposal', id: ids[draft] }], '... on Proposal { id }', caller);
          expect(entity).toEqual(visible ? { id: ids[draft] } : null);
        }
        const all = await list({}, caller);
        const published = DOSSIERS.filter((dossier) => dossier.status !== S.DRAFT).map((dossier) => dossier.key);
        expect(keysOf(all.nodes).sort()).toEqual([...published, ...sees].sort());
        expect(all.totalCount).toBe(published.length + sees.length);
        const drafts = await list({ status: 'DRAFT' }, caller);
        expect(keysOf(drafts.nodes)).toEqual(sees);
        expect(drafts.totalCount).toBe(sees.length);
        // Through the recipient's list, and the nomination a cluster's draft carries.
        const [baDinh, cauGiay, nomination] = await entities(
          [
            { __typename: 'Person', id: 'ba-dinh-p0001' },
            { __typename: 'District', id: 'cau-giay' },
            { __typename: 'Nomination', id: 'III-2025-CO_TP-cau-giay' },
          ],
          '... on Person { proposals { totalCount nodes { id } } } ... on District { proposals { totalCount nodes { id } } } ... on Nomination { proposal { id } }',
          caller,
        );
        expect(keysOf(baDinh.proposals.nodes)).toEqual(sees.includes('draft') ? ['draft'] : []);
        expect(baDinh.proposals.totalCount).toBe(sees.includes('draft') ? 1 : 0);
        expect(keysOf(cauGiay.proposals.nodes)).toEqual(sees.includes('clusterDraft') ? ['clusterDraft'] : []);
        expect(nomination.proposal).toEqual(sees.includes('clusterDraft') ? { id: ids.clusterDraft } : null);
      });
    });

    describe('proposals(filters)', () => {
      const cases: Array<[name: string, variables: Record<string, unknown>, keys: string[]]> = [
        ['no filter: every published dossier, by id', {}, ['submitted', 'review', 'cluster', 'decided', 'rejected', 'clusterDecided', 'tied', 'withdrawn']],
        ['year', { year: 2024 }, ['decided', 'rejected', 'clusterDecided']],
        ['status', { status: 'SUBMITTED' }, ['submitted', 'cluster', 'tied']],
        ['award type', { awardType: 'CO_TP' }, ['submitted', 'cluster', 'clusterDecided']],
        ["district: the district's own, and its collectives' and people's", { district: 'ba-dinh' }, ['submitted', 'cluster', 'decided']],
        ['proposing level', { level: 'CLUSTER' }, ['cluster', 'clusterDecided']],
        ['award level', { awardLevel: 'NATIONAL' }, ['rejected', 'withdrawn']],
        ['several at once', { year: 2025, district: 'dong-da', awardLevel: 'CITY' }, ['review', 'tied']],
        ['a filter nothing matches', { year: 2025, status: 'DECIDED' }, []],
      ];

      test.each(cases)('%s', async (_name, variables, keys) => {
        const page = await list(variables);
        expect(keysOf(page.nodes)).toEqual(keys);
        expect(page.totalCount).toBe(keys.length);
        expect(page.pageInfo.hasNextPage).toBe(false);
      });

      test('pages of 3 give every dossier once, in id order, with the whole count on each page', async () => {
        const walked: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const page: any = (await ok(LIST, { first: 3, after })).proposals;
          pages += 1;
          expect(page.totalCount).toBe(8);
          expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
          expect(page.edges.map((edge: any) => edge.node.id)).toEqual(page.nodes.map((node: any) => node.id));
          expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
          walked.push(...keysOf(page.nodes));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(pages).toBe(3);
        expect(walked).toEqual(['submitted', 'review', 'cluster', 'decided', 'rejected', 'clusterDecided', 'tied', 'withdrawn']);
        // A filtered list pages the same way.
        const first = (await ok(LIST, { year: 2025, first: 2 })).proposals;
        const second = (await ok(LIST, { year: 2025, first: 2, after: first.pageInfo.endCursor })).proposals;
        expect([...keysOf(first.nodes), ...keysOf(second.nodes)]).toEqual(['submitted', 'review', 'cluster', 'tied']);
        expect(second.pageInfo.hasNextPage).toBe(true);
      });

      test('first out of 0..100, a foreign cursor or a year out of range: BAD_USER_INPUT', async () => {
        for (const variables of [{ first: -1 }, { first: 101 }, { first: 5, after: 'not-a-cursor' }, { first: 5, year: 1800 }]) {
          expect(codeOf(await subgraph.execute(LIST, variables))).toBe('BAD_USER_INPUT');
        }
        expect((await ok(LIST, { first: 0 })).proposals).toMatchObject({ nodes: [], totalCount: 8, pageInfo: { hasNextPage: true } });
      });
    });

    describe('reviewQueue', () => {
      test('the CITY_ADMIN sees every awaiting dossier, oldest submission first, then by id', async () => {
        const { reviewQueue } = await ok(QUEUE, { first: 20 }, CITY_ADMIN);
        expect(keysOf(reviewQueue.nodes)).toEqual(['review', 'tied', 'cluster', 'submitted']);
        expect(reviewQueue.nodes.map((node: any) => node.daysWaiting)).toEqual([10, 10, 5, 3]);
        expect(reviewQueue.totalCount).toBe(4);
        const submittedAt = reviewQueue.nodes.map((node: any) => node.submittedAt);
        expect(submittedAt).toEqual([...submittedAt].sort());
      });

      test('pages of one walk the same order', async () => {
        const walked: string[] = [];
        let after: string | null = null;
        for (;;) {
          const { reviewQueue }: any = await ok(QUEUE, { first: 1, after }, CITY_ADMIN);
          walked.push(...keysOf(reviewQueue.nodes));
          if (!reviewQueue.pageInfo.hasNextPage) break;
          after = reviewQueue.pageInfo.endCursor;
        }
        expect(walked).toEqual(['review', 'tied', 'cluster', 'submitted']);
      });

      test.each([
        ['the DISTRICT_OFFICER of ba-dinh: dossiers for ba-dinh, whoever proposed them', BA_DINH_OFFICER, ['cluster', 'submitted']],
        ['the DISTRICT_OFFICER of dong-da', DONG_DA_OFFICER, ['review', 'tied']],
        ["the CLUSTER_ADMIN of III: its cluster's", CLUSTER_III, ['cluster']],
        ['the CLUSTER_ADMIN of IX: none awaiting', CLUSTER_IX, []],
      ] as Array<[string, Caller, string[]]>)('%s', async (_name, caller, keys) => {
        const { reviewQueue } = await ok(QUEUE, { first: 20 }, caller);
        expect(keysOf(reviewQueue.nodes)).toEqual(keys);
        expect(reviewQueue.totalCount).toBe(keys.length);
      });

      test('a VIEWER is FORBIDDEN, a caller without a token UNAUTHENTICATED', async () => {
        expect(codeOf(await subgraph.execute(QUEUE, { first: 5 }, VIEWER))).toBe('FORBIDDEN');
        expect(codeOf(await subgraph.execute(QUEUE, { first: 5 }, null))).toBe('UNAUTHENTICATED');
      });
    });

    describe('awardDecisions and the dossiers a decision answered', () => {
      const DECISIONS_QUERY = `query ($year: Int, $first: Int!, $after: String) { awardDecisions(year: $year, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { number signedOn proposals { totalCount nodes { id status award { id } } } } } }`;

      test('by year, by signing date then id; all when the year is omitted', async () => {
        const byYear = async (year: number | null) => (await ok(DECISIONS_QUERY, { year, first: 20 })).awardDecisions;
        const y2024 = await byYear(2024);
        expect(y2024.nodes.map((decision: any) => decision.number)).toEqual(['101/QĐ-UBND', '202/QĐ-UBND']);
        expect(y2024.totalCount).toBe(2);
        expect(y2024.nodes[0].proposals).toEqual({ totalCount: 1, nodes: [{ id: ids.decided, status: 'DECIDED', award: { id: String(awards.decided) } }] });
        expect(y2024.nodes[1].proposals.nodes.map((proposal: any) => proposal.id)).toEqual([ids.clusterDecided]);
        const y2023 = await byYear(2023);
        expect(y2023.nodes.map((decision: any) => decision.number)).toEqual(['303/QĐ-UBND']);
        // Its awards were recorded before the flow: it answered no dossier.
        expect(y2023.nodes[0].proposals).toEqual({ totalCount: 0, nodes: [] });
        expect((await byYear(2025)).nodes).toEqual([]);
        const all = await byYear(null);
        expect(all.nodes.map((decision: any) => decision.number)).toEqual(['303/QĐ-UBND', '101/QĐ-UBND', '202/QĐ-UBND']);
        const first = (await ok(DECISIONS_QUERY, { first: 2 })).awardDecisions;
        const second = (await ok(DECISIONS_QUERY, { first: 2, after: first.pageInfo.endCursor })).awardDecisions;
        expect([...first.nodes, ...second.nodes].map((decision: any) => decision.number)).toEqual(['303/QĐ-UBND', '101/QĐ-UBND', '202/QĐ-UBND']);
        expect(second.pageInfo.hasNextPage).toBe(false);
      });

      test("Award.proposal: the dossier an award answers, null for one recorded without", async () => {
        const { awardDecision } = await ok(`{ awardDecision(number: "303/QĐ-UBND") { awards { nodes { proposal { id } } } } }`);
        expect(awardDecision.awards.nodes.length).toBeGreaterThan(0);
        expect(awardDecision.awards.nodes.every((award: any) => award.proposal === null)).toBe(true);
        const { proposal } = await ok(`query ($id: ID!) { proposal(id: $id) { award { proposal { id status } } } }`, { id: ids.clusterDecided });
        expect(proposal.award.proposal).toEqual({ id: ids.clusterDecided, status: 'DECIDED' });
      });
    });

    describe('District, Unit and Person proposals', () => {
      test("a recipient's dossiers, oldest year first, filtered by status and year", async () => {
        const [district, submitted, unitEntity, personEntity] = await entities(
          [
            { __typename: 'District', id: 'ba-dinh' },
            { __typename: 'District', id: 'dong-da' },
            { __typename: 'Unit', id: 'ba-dinh-u001' },
            { __typename: 'Person', id: 'ba-dinh-p0002' },
          ],
          `... on District { id all: proposals { totalCount nodes { id } } y2025: proposals(year: 2025) { nodes { id } } submitted: proposals(status: SUBMITTED) { totalCount nodes { id } } }
           ... on Unit { proposals { nodes { id recipientKind } } } ... on Person { proposals(status: DECIDED, year: 2024) { nodes { id } } }`,
        );
        expect(keysOf(district.all.nodes)).toEqual(['decided', 'submitted', 'cluster']);
        expect(district.all.totalCount).toBe(3);
        expect(keysOf(district.y2025.nodes)).toEqual(['submitted', 'cluster']);
        expect(keysOf(district.submitted.nodes)).toEqual(['submitted', 'cluster']);
        expect(keysOf(submitted.submitted.nodes)).toEqual(['tied']);
        expect(submitted.submitted.totalCount).toBe(1);
        expect(unitEntity.proposals.nodes).toEqual([{ id: ids.submitted, recipientKind: 'COLLECTIVE' }]);
        expect(keysOf(personEntity.proposals.nodes)).toEqual(['decided']);
      });

      test('a page of one, then the next', async () => {
        const query = `query ($representations: [_Any!]!, $after: String) { _entities(representations: $representations) { ... on District { proposals(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }`;
        const walked: string[] = [];
        let after: string | null = null;
        for (;;) {
          const data: any = await ok(query, { representations: [{ __typename: 'District', id: 'dong-da' }], after });
          const page = data._entities[0].proposals;
          expect(page.totalCount).toBe(4);
          walked.push(...keysOf(page.nodes));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(walked).toEqual(['rejected', 'review', 'tied', 'withdrawn']);
      });
    });

    describe('_entities', () => {
      test('Proposal by id; an unknown id is null', async () => {
        const found = await entities(
          [
            { __typename: 'Proposal', id: ids.review },
            { __typename: 'Proposal', id: '999999' },
            { __typename: 'Proposal', id: ids.clusterDecided },
          ],
          '... on Proposal { id status year district { id } award { id } }',
        );
        expect(found).toEqual([
          { id: ids.review, status: 'UNDER_REVIEW', year: 2025, district: { id: 'dong-da' }, award: null },
          null,
          { id: ids.clusterDecided, status: 'DECIDED', year: 2024, district: { id: 'hoan-kiem' }, award: { id: String(awards.clusterDecided) } },
        ]);
      });

      test('Nomination: the dossier it became and the award that answered it', async () => {
        const found = await entities(
          [
            { __typename: 'Nomination', id: 'IX-2024-CO_TP-hoan-kiem' },
            { __typename: 'Nomination', id: 'III-2025-CO_TP-ba-dinh' },
            { __typename: 'Nomination', id: 'IX-2023-CO_TP-son-tay' },
            { __typename: 'Nomination', id: 'IX-2023-CO_TP-ba-vi' },
            { __typename: 'Nomination', id: 'nowhere' },
          ],
          '... on Nomination { id proposal { id status } award { id status } }',
        );
        expect(found).toEqual([
          { id: 'IX-2024-CO_TP-hoan-kiem', proposal: { id: ids.clusterDecided, status: 'DECIDED' }, award: { id: String(awards.clusterDecided), status: 'CONFERRED' } },
          { id: 'III-2025-CO_TP-ba-dinh', proposal: { id: ids.cluster, status: 'SUBMITTED' }, award: null },
          // Recorded before the flow: an award, no dossier.
          { id: 'IX-2023-CO_TP-son-tay', proposal: null, award: { id: String(awards.old), status: 'CONFERRED' } },
          // Revoked and conferred again: the award in force.
          { id: 'IX-2023-CO_TP-ba-vi', proposal: null, award: { id: String(awards.regranted), status: 'CONFERRED' } },
          { id: 'nowhere', proposal: null, award: null },
        ]);
      });
    });

    describe('statements do not grow with rows', () => {
      const PAGE = `query ($first: Int!) { proposals(first: $first) { totalCount nodes {
        id awardType { code } timeline { action toStatus } review { action } documents { number } eligibility { eligible }
        award { id decision { number } proposal { id } } decision { signedOn } nomination { id award { id } proposal { id } } } } }`;

      // The first 4 dossiers already have every relation asked (a nomination, an award, a decision).
      test('a page of dossiers with their timelines, documents, awards and decisions costs the same for 4 rows and for 8', async () => {
        const cost = async (first: number) => {
          const data = await ok(PAGE, { first });
          return { rows: data.proposals.nodes.length, statements: selects(subgraph.statements).length };
        };
        const one = await cost(4);
        const all = await cost(100);
        expect(one.rows).toBe(4);
        expect(all.rows).toBe(8);
        expect(all.statements).toBe(one.statements);
        // page, count, award types, timelines, documents, awards, decisions, dossiers by id (award.proposal),
        // dossiers and awards by nomination.
        expect(all.statements).toBeLessThanOrEqual(10);
      });

      test("the queue, a decision's dossiers and recipients' lists cost the same for few rows as for many", async () => {
        const queue = async (first: number) => {
          await ok(`query ($first: Int!) { reviewQueue(first: $first) { totalCount nodes { id timeline { action } documents { number } awardType { code } } } }`, { first }, CITY_ADMIN);
          return selects(subgraph.statements).length;
        };
        expect(await queue(1)).toBe(await queue(20));
        const recipients = async (districts: string[]) => {
          await entities(
            districts.map((id) => ({ __typename: 'District', id })),
            '... on District { proposals(first: 5) { totalCount nodes { id timeline { action } award { id } } } }',
          );
          return selects(subgraph.statements).length;
        };
        expect(await recipients(['ba-dinh'])).toBe(await recipients(['ba-dinh', 'dong-da', 'hoan-kiem', 'cau-giay']));
        const decisionCost = async (first: number) => {
          await ok(`query ($first: Int!) { awardDecisions(first: $first) { totalCount nodes { proposals { totalCount nodes { id timeline { action } } } } } }`, { first });
          return selects(subgraph.statements).length;
        };
        // 303 answered no dossier, 101 and 202 one each.
        expect(await decisionCost(2)).toBe(await decisionCost(3));
      });
    });
  });
});
