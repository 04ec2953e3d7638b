import type { DataSource } from 'typeorm';
import type { SubgraphName } from '../../services/core/config';
import { isClosed, nextStatus, PROPOSAL_FLOW, proposalAction, type ProposalActionName, type ProposalStatusName } from '../../services/core/rules';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { SUBGRAPHS } from '../../services/subgraphs';
import { Award } from '../../services/city/entities/award';
import { AwardDecision } from '../../services/city/entities/award-decision';
import { Proposal } from '../../services/city/entities/proposal';
import { ProposalDocument } from '../../services/city/entities/proposal-document';
import { ProposalTransition } from '../../services/city/entities/proposal-transition';
import { Nomination } from '../../services/cluster/entities/nomination';
import { seedDatabase } from '../../demo/seeding';
import { DATABASES, type TestDatabases } from '../support/databases';

// Issue 12: the demo data follows the dossier flow. Every synthetic city or national award answers a
// dossier whose timeline is a path PROPOSAL_FLOW allows, dated before its decision; the last year is
// partly open, so a fresh start has a review queue; published facts get no invented dossier.

const SHOWN = 10;

interface Seeded {
  awards: Award[];
  proposals: Proposal[];
  timelines: Map<number, ProposalTransition[]>;
  documents: Map<number, ProposalDocument[]>;
  signedOn: Map<number, string>;
  nominations: Nomination[];
}

function grouped<T>(rows: T[], keyOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

/** What is wrong with a dossier's timeline, read against PROPOSAL_FLOW; empty when nothing is. */
function timelineFaults(proposal: Proposal, steps: ProposalTransition[], signedOn: string | null): string[] {
  const faults: string[] = [];
  let status: ProposalStatusName | null = null;
  let previous = '';
  const proposerRole = proposal.proposingLevel === 'CLUSTER' ? 'CLUSTER_ADMIN' : 'DISTRICT_OFFICER';
  steps.forEach((step, index) => {
    const where = `step ${index + 1} ${step.action}`;
    let to: ProposalStatusName | null;
    let role: string;
    if (step.action === 'CREATE') {
      to = index === 0 ? PROPOSAL_FLOW.initial : null;
      role = proposerRole;
    } else if (step.action === 'AMEND') {
      to = status !== null && PROPOSAL_FLOW.amendable.includes(status) ? status : null;
      role = proposerRole;
    } else {
      const action = proposalAction(step.action as ProposalActionName);
      to = status === null ? null : nextStatus(action.action, status);
      role = action.actor === 'CITY' ? 'CITY_ADMIN' : proposerRole;
      if (action.noteRequired && !step.note?.trim()) faults.push(`${where} has no note`);
    }
    if (to === null || step.fromStatus !== status || step.toStatus !== to) faults.push(`${where}: ${step.fromStatus} → ${step.toStatus} from ${status} is not in the flow`);
    if (step.role !== role) faults.push(`${where} by ${step.role}, not ${role}`);
    if (step.at <= previous) faults.push(`${where} at ${step.at}, not after ${previous}`);
    if (signedOn !== null && step.action !== 'DECIDE' && step.at.slice(0, 10) >= signedOn) faults.push(`${where} at ${step.at}, not before the decision of ${signedOn}`);
    if (step.action === 'DECIDE' && step.at.slice(0, 10) !== signedOn) faults.push(`${where} at ${step.at}, not on the decision's day ${signedOn}`);
    status = step.toStatus;
    previous = step.at;
  });
  const submits = steps.filter((step) => step.action === 'SUBMIT');
  if (status !== proposal.status) faults.push(`ends ${status}, the dossier is ${proposal.status}`);
  if (proposal.createdAt !== steps[0]?.at || proposal.updatedAt !== previous) faults.push('createdAt/updatedAt are not its first and last steps');
  if (proposal.submittedAt !== (submits[submits.length - 1]?.at ?? null)) faults.push('submittedAt is not its last SUBMIT');
  if (proposal.submittedAt !== null && (proposal.verdictAt !== proposal.submittedAt || proposal.verdictVersion === null || proposal.verdictConditions === null)) {
    faults.push('no verdict captured at its submission');
  }
  if ((proposal.openKey === null) !== isClosed(proposal.status)) faults.push(`openKey ${proposal.openKey} while ${proposal.status}`);
  return faults.map((fault) => `#${proposal.id} ${proposal.awardTypeCode} ${proposal.year} ${proposal.recipientKey}: ${fault}`);
}

async function seeded(databases: TestDatabases): Promise<{ dbs: Record<SubgraphName, DataSource>; data: Seeded }> {
  const dbs = {} as Record<SubgraphName, DataSource>;
  for (const definition of SUBGRAPHS) {
    dbs[definition.name] = await openSubgraphDatabase(definition, databases.urls[definition.name]);
    await seedDatabase(definition, dbs[definition.name], { dataset: 'hanoi', scale: 1 });
  }
  const { city, cluster } = dbs;
  const transitions = await city.getRepository(ProposalTransition).find({ order: { id: 'ASC' } });
  const documents = await city.getRepository(ProposalDocument).find({ order: { proposalId: 'ASC', position: 'ASC' } });
  const decisions = await city.getRepository(AwardDecision).find();
  const awards = await city.getRepository(Award).find({ order: { id: 'ASC' } });
  const byDecision = new Map(decisions.map((decision) => [decision.id, decision.signedOn]));
  const data: Seeded = {
    awards,
    proposals: await city.getRepository(Proposal).find({ order: { id: 'ASC' } }),
    timelines: grouped(transitions, (step) => step.proposalId),
    documents: grouped(documents, (document) => document.proposalId),
    signedOn: new Map(awards.filter((award) => award.decisionId !== null).map((award) => [award.id, byDecision.get(award.decisionId!)!])),
    nominations: await cluster.getRepository(Nomination).find(),
  };
  return { dbs, data };
}

describe.each(DATABASES)('the demo data follows the dossier flow, on %s', (name, makeDatabases, describeOn) => {
  describeOn('at scale 1', () => {
    let databases: TestDatabases;
    let dbs: Record<SubgraphName, DataSource> | undefined;
    let data: Seeded;
    let lastYear: number;
    beforeAll(async () => {
      const started = Date.now();
      databases = makeDatabases('demo_proposals');
      ({ dbs, data } = await seeded(databases));
      lastYear = Math.max(...data.proposals.map((proposal) => proposal.year));
      const tally = new Map<string, number>();
      for (const proposal of data.proposals) tally.set(`${proposal.proposingLevel} ${proposal.status}`, (tally.get(`${proposal.proposingLevel} ${proposal.status}`) ?? 0) + 1);
      console.log(
        `${name}: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; ${data.awards.length} awards, ${data.proposals.length} dossiers ` +
          `${JSON.stringify(Object.fromEntries([...tally].sort()))}, ${[...data.timelines.values()].flat().length} steps, ${[...data.documents.values()].flat().length} documents`,
      );
    }, 900_000);
    afterAll(async () => {
      for (const db of Object.values(dbs ?? {})) await db.destroy();
      await databases?.drop();
    });

    test('every synthetic city or national award answers a DECIDED dossier of its own year, type and recipient', () => {
      const byId = new Map(data.proposals.map((proposal) => [proposal.id, proposal]));
      const synthetic = data.awards.filter((award) => award.source === 'synthetic');
      const faults = synthetic.flatMap((award) => {
        const proposal = award.proposalId === null ? undefined : byId.get(award.proposalId);
        if (!proposal) return [`award #${award.id} ${award.awardTypeCode} ${award.year} ${award.recipientKey} answers no dossier`];
        const same = proposal.year === award.year && proposal.awardTypeCode === award.awardTypeCode && proposal.recipientKey === award.recipientKey;
        const linked = proposal.status === 'DECIDED' && proposal.awardId === award.id && proposal.nominationId === award.nominationId;
        return same && linked ? [] : [`award #${award.id} and dossier #${proposal.id} (${proposal.status}, award ${proposal.awardId}) disagree`];
      });
      expect(synthetic.length).toBeGreaterThan(1000);
      expect(faults.slice(0, SHOWN)).toEqual([]);
      // The demo revokes nothing: every award stands.
      expect(data.awards.filter((award) => award.status !== 'CONFERRED' || award.inForce !== 1).map((award) => award.id)).toEqual([]);
      // And the other way round: a DECIDED dossier names a synthetic award that names it.
      const awards = new Map(data.awards.map((award) => [award.id, award]));
      const orphans = data.proposals.filter((proposal) => proposal.status === 'DECIDED' && awards.get(proposal.awardId ?? 0)?.proposalId !== proposal.id);
      expect(orphans.map((proposal) => proposal.id).slice(0, SHOWN)).toEqual([]);
    });

    test("every dossier's timeline is a path PROPOSAL_FLOW allows, oldest first, before its decision", () => {
      const awards = new Map(data.awards.map((award) => [award.id, award]));
      const faults = data.proposals.flatMap((proposal) => {
        const signedOn = proposal.awardId === null ? null : (data.signedOn.get(awards.get(proposal.awardId)!.id) ?? null);
        return timelineFaults(proposal, data.timelines.get(proposal.id) ?? [], signedOn);
      });
      expect(faults.slice(0, SHOWN)).toEqual([]);
      // Each has its letter and the minutes that chose the candidate, and what amendments added.
      const unfiled = data.proposals.filter((proposal) => {
        const documents = data.documents.get(proposal.id) ?? [];
        return documents.length < 2 || documents.some((document, index) => document.position !== index + 1) || !documents[0].number.includes('/TTr-');
      });
      expect(unfiled.map((proposal) => proposal.id).slice(0, SHOWN)).toEqual([]);
    });

    test('every APPROVED dossier is DECIDED or awaits a decision of the last year, and that year has a review queue', () => {
      const approved = data.proposals.filter((proposal) => proposal.status === 'APPROVED');
      expect(approved.filter((proposal) => proposal.year !== lastYear || proposal.awardId !== null).map((proposal) => proposal.id)).toEqual([]);
      const queue = data.proposals.filter((proposal) => (PROPOSAL_FLOW.awaitingReview as readonly string[]).includes(proposal.status));
      expect(queue.length).toBeGreaterThan(0);
      expect(approved.length).toBeGreaterThan(0);
      expect(queue.filter((proposal) => proposal.year !== lastYear).map((proposal) => proposal.id)).toEqual([]);
      // An open dossier's award is not conferred yet.
      const held = new Set(data.awards.map((award) => `${award.awardTypeCode}/${award.year}/${award.recipientKey}`));
      const open = data.proposals.filter((proposal) => !isClosed(proposal.status) && proposal.status !== 'DECIDED');
      expect(open.filter((proposal) => held.has(`${proposal.awardTypeCode}/${proposal.year}/${proposal.recipientKey}`)).map((proposal) => proposal.id)).toEqual([]);
    });

    test('some dossiers were returned and resubmitted, some rejected, some withdrawn; the rules refused most rejected ones', () => {
      const actions = (proposal: Proposal) => (data.timelines.get(proposal.id) ?? []).map((step) => step.action);
      const resubmitted = data.proposals.filter((proposal) => {
        const steps = actions(proposal);
        return steps.includes('RETURN') && steps.lastIndexOf('SUBMIT') > steps.indexOf('RETURN');
      });
      const decidedAfterReturn = resubmitted.filter((proposal) => proposal.status === 'DECIDED');
      const rejected = data.proposals.filter((proposal) => proposal.status === 'REJECTED');
      const withdrawn = data.proposals.filter((proposal) => proposal.status === 'WITHDRAWN');
      const refused = rejected.filter((proposal) => proposal.verdictEligible === false);
      console.log(`${name}: ${resubmitted.length} resubmitted (${decidedAfterReturn.length} then decided), ${rejected.length} rejected (${refused.length} refused by the rules), ${withdrawn.length} withdrawn`);
      expect([decidedAfterReturn.length > 0, refused.length > rejected.length / 2, withdrawn.length > 0]).toEqual([true, true, true]);
      // A conferred award was lawful when it was submitted.
      expect(data.proposals.filter((proposal) => proposal.status === 'DECIDED' && proposal.verdictEligible !== true).map((proposal) => proposal.id)).toEqual([]);
    });

    test("every synthetic nomination has the cluster's dossier; published awards and nominations have none invented", () => {
      const byNomination = new Map(data.proposals.filter((proposal) => proposal.nominationId !== null).map((proposal) => [proposal.nominationId, proposal]));
      const synthetic = data.nominations.filter((nomination) => nomination.source === 'synthetic');
      const faults = synthetic.flatMap((nomination) => {
        const proposal = byNomination.get(nomination.id);
        const matches =
          proposal?.proposingLevel === 'CLUSTER' &&
          proposal.proposerId === nomination.clusterId &&
          proposal.recipientKey === `DISTRICT:${nomination.districtId}` &&
          proposal.year === nomination.year &&
          proposal.awardTypeCode === nomination.awardTypeCode;
        return matches ? [] : [`nomination ${nomination.id}: ${proposal ? `dossier #${proposal.id} differs` : 'no dossier'}`];
      });
      expect(synthetic.length).toBeGreaterThan(100);
      expect(faults.slice(0, SHOWN)).toEqual([]);
      const published = new Set(data.nominations.filter((nomination) => nomination.source !== 'synthetic').map((nomination) => nomination.id));
      expect(published.size).toBeGreaterThan(0);
      expect([...byNomination.keys()].filter((id) => published.has(id!) || !data.nominations.some((nomination) => nomination.id === id))).toEqual([]);
      expect(data.proposals.filter((proposal) => proposal.proposingLevel === 'CLUSTER' && proposal.nominationId === null).map((proposal) => proposal.id)).toEqual([]);
      const publishedAwards = data.awards.filter((award) => award.source !== 'synthetic');
      expect(publishedAwards.length).toBeGreaterThan(0);
      expect(publishedAwards.filter((award) => award.proposalId !== null).map((award) => award.id)).toEqual([]);
      expect(data.proposals.filter((proposal) => proposal.source !== 'synthetic').map((proposal) => proposal.id)).toEqual([]);
    });
  });
});
