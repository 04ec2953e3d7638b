import { In, type EntityManager } from 'typeorm';
import type { AuditedWrite } from '../core/audit';
import type { Viewer } from '../core/auth';
import { graphError } from '../core/errors';
import { lockRows } from '../core/locks';
import { proposalAction } from '../core/rules';
import { Proposal } from './entities/proposal';
import type { DecisionAwardInput } from './inputs/decision-award.input';
import { proposalIdOf, proposalNotFound } from './proposal-access';
import { assertStep, takeStep } from './proposal-steps';

const DECIDE = proposalAction('DECIDE');

/** What a dossier and the award that answers it must both name. */
const CLAIMED = ['awardTypeCode', 'year', 'recipientKind', 'districtId', 'unitId', 'personId'] as const;

/**
 * The dossiers a decision's awards answer, by the award's place (null for an award that names none).
 * NOT_FOUND for an unknown one; each must be APPROVED
 * (INVALID_TRANSITION naming its state, or CONFLICT when it moved while this request waited: see
 * assertStep) and name the award's type, year and recipient (BAD_USER_INPUT). Read before the
 * transaction, to refuse before the graph is asked anything, and again in it under the rows' locks.
 */
export async function answeredProposals(manager: EntityManager, awards: DecisionAwardInput[], receivedAt: number, lock: boolean): Promise<Array<Proposal | null>> {
  const keys = awards.map((award, index) => {
    if (award.proposalId == null) return null;
    const key = proposalIdOf(award.proposalId);
    if (key === null) throw proposalNotFound(award.proposalId, `awards.${index}.proposalId`);
    return key;
  });
  const ids = [...new Set(keys.filter((key): key is number => key !== null))];
  if (ids.length === 0) return keys.map(() => null);
  const rows = lock ? await lockRows(manager, Proposal, { id: In(ids) }) : await manager.findBy(Proposal, { id: In(ids) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const answered: Array<Proposal | null> = [];
  for (const [index, award] of awards.entries()) {
    const field = `awards.${index}.proposalId`;
    const proposal = keys[index] === null ? null : byId.get(keys[index]!);
    if (proposal === undefined) throw proposalNotFound(award.proposalId!, field);
    if (proposal) {
      await assertStep(manager, proposal, DECIDE, receivedAt, field);
      const differs = CLAIMED.filter((name) => (proposal[name] ?? null) !== (award[name] ?? null));
      if (differs.length > 0) {
        throw graphError('BAD_USER_INPUT', `awards.${index}: proposal ${proposal.id} proposes ${proposal.awardTypeCode} ${proposal.year} to ${proposal.recipientKey}; the award differs in ${differs.join(', ')}`, {
          field,
          differs,
        });
      }
    }
    answered.push(proposal);
  }
  return answered;
}

/** The dossier an award answers moves to DECIDED, naming the award, in the decision's transaction. */
export async function decideProposal(write: AuditedWrite, viewer: Viewer, proposal: Proposal, awardId: number, decisionNumber: string, receivedAt: number): Promise<void> {
  const to = await assertStep(write.manager, proposal, DECIDE, receivedAt);
  await takeStep(write, viewer, proposal, DECIDE, to, `decision ${decisionNumber}`, { awardId });
}
