import type { EntityManager } from 'typeorm';
import type { AuditedWrite } from '../core/audit';
import type { Viewer } from '../core/auth';
import { graphError } from '../core/errors';
import { allowedActions, isClosed, nextStatus, PROPOSAL_FLOW, type ProposalActionName, type ProposalActor, type ProposalStatusName } from '../core/rules';
import { Proposal } from './entities/proposal';
import { ProposalTransition } from './entities/proposal-transition';

/** A move of a dossier and who takes it: an action of PROPOSAL_FLOW, or AMEND, the proposer's edit, which keeps the state. */
export interface ProposalStep {
  action: ProposalActionName | 'AMEND';
  from: readonly ProposalStatusName[];
  actor: ProposalActor;
}

export const AMEND_STEP: ProposalStep = { action: 'AMEND', from: PROPOSAL_FLOW.amendable, actor: 'PROPOSER' };

/**
 * How long before a request arrived a step may have been taken and still be one its sender could not
 * have seen: the answer that showed the sender the dossier, and the sender's click, take longer. Clients
 * that send at once do not arrive at once: measured through the gateway, 10 requests sent together
 * reached the city over ~230 ms, while the first one's step took 6 ms.
 */
export const RACE_WINDOW_MS = 2000;

/** Where the step leads from a state, or null where the flow does not take it from there. */
function targetOf(step: ProposalStep, status: ProposalStatusName): ProposalStatusName | null {
  if (step.action === 'AMEND') return step.from.includes(status) ? status : null;
  return nextStatus(step.action, status);
}

/**
 * The state the step leads to from the dossier's, or its refusal. A step the state does not allow
 * lost a race when the step that moved the dossier last left a state this one could have started
 * from, and was taken after this request arrived (`receivedAt`, epoch ms) or less than
 * RACE_WINDOW_MS before: CONFLICT, the other request won. Otherwise the step came late or was never
 * allowed: INVALID_TRANSITION, naming the state and the actions it allows. Read under the write's
 * lock, and before it, to refuse early.
 */
export async function assertStep(manager: EntityManager, proposal: Proposal, step: ProposalStep, receivedAt: number, field = 'id'): Promise<ProposalStatusName> {
  const to = targetOf(step, proposal.status);
  if (to !== null) return to;
  const { id, status } = proposal;
  const [latest] = await manager.find(ProposalTransition, { where: { proposalId: id }, order: { id: 'DESC' }, take: 1 });
  const raced = latest?.fromStatus != null && step.from.includes(latest.fromStatus) && Date.parse(latest.at) > receivedAt - RACE_WINDOW_MS;
  const details = { field, id: String(id), status, action: step.action, allowed: allowedActions(status) };
  if (raced) {
    throw graphError('CONFLICT', `proposal ${id} was moved to ${status} by ${latest.action} while this request waited: ${step.action} is no longer allowed; nothing was written`, details);
  }
  throw graphError('INVALID_TRANSITION', `proposal ${id} is ${status}: ${step.action} is not allowed from it (allowed: ${details.allowed.join(', ') || 'none'})`, details);
}

/**
 * Takes a step the state allows (assertStep, under the row's lock): the dossier's row (its state,
 * `openKey` released when it closes, `submittedAt` on SUBMIT, `updatedAt`, and `changes`), one
 * transition row, and the audit rows of both, in the caller's transaction. Answers the row after.
 */
export async function takeStep(
  { manager, record }: AuditedWrite,
  viewer: Viewer,
  proposal: Proposal,
  step: ProposalStep,
  to: ProposalStatusName,
  note: string | null,
  changes: Partial<Proposal> = {},
): Promise<Proposal> {
  // As late as the write allows: a request that arrived before this moment raced this step (assertStep).
  const at = new Date().toISOString();
  const set: Partial<Proposal> = { ...changes };
  if (step.action !== 'AMEND') {
    Object.assign(set, { status: to, updatedAt: at }, isClosed(to) ? { openKey: null } : {}, step.action === 'SUBMIT' ? { submittedAt: at } : {});
  }
  const after: Proposal = { ...proposal, ...set };
  if (Object.keys(set).length > 0) {
    await manager.update(Proposal, { id: proposal.id }, set);
    record('Proposal', proposal.id, proposal, after);
  }
  const transition: Omit<ProposalTransition, 'id'> = {
    proposalId: proposal.id,
    action: step.action,
    fromStatus: proposal.status,
    toStatus: to as ProposalTransition['toStatus'],
    actor: viewer.subject,
    role: viewer.role,
    at,
    note,
  };
  const id = (await manager.insert(ProposalTransition, transition)).identifiers[0].id;
  record('ProposalTransition', id, null, { id, ...transition });
  return after;
}
