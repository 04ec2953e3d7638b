import { auditedWrite, type AuditedWrite } from '../core/audit';
import { requireViewer } from '../core/authorization';
import { graphError } from '../core/errors';
import { lockRows } from '../core/locks';
import { proposalAction, type ProposalActionName } from '../core/rules';
import type { CityContext } from './context';
import { Proposal } from './entities/proposal';
import { proposalFor, proposerScope } from './proposal-access';
import { assertStep, takeStep, type ProposalStep } from './proposal-steps';
import { cityWrite } from './writes';

/**
 * The one way a dossier is moved by its holder: authorized by the step's actor (PROPOSER: the
 * proposing office, audited in its scope; CITY: the city admin, in the city's), refused early when
 * the state does not allow it, then in one audited transaction: the row locked, the state read
 * again, the step taken. `prepare` runs between the two checks, outside the transaction (a
 * submission asks the graph for its verdict there), and answers more changes to the row. `work`
 * writes what else the step changes, under the lock.
 */
export async function moveProposal(
  context: CityContext,
  operation: string,
  id: string,
  step: ProposalStep,
  note: string | null,
  prepare: (proposal: Proposal) => Promise<Partial<Proposal>> = async () => ({}),
  work: (write: AuditedWrite, proposal: Proposal) => Promise<void> = async () => undefined,
): Promise<Proposal> {
  const proposal = await proposalFor(context, id, step.actor);
  await assertStep(context.db.manager, proposal, step, context.receivedAt);
  const changes = await prepare(proposal);
  const viewer = requireViewer(context.viewer);
  const move = async (write: AuditedWrite): Promise<Proposal> => {
    const [locked] = await lockRows(write.manager, Proposal, { id: proposal.id });
    const to = await assertStep(write.manager, locked, step, context.receivedAt);
    await work(write, locked);
    return takeStep(write, viewer, locked, step, to, note, changes);
  };
  return step.actor === 'CITY' ? cityWrite(context, operation, move) : auditedWrite(context, operation, proposerScope(proposal), move);
}

/** A step of the flow, with its note required where the flow says so (BAD_USER_INPUT, before anything is read). */
export function flowStep(action: ProposalActionName, note: string | null | undefined): ProposalStep {
  const step = proposalAction(action);
  if (step.noteRequired && !note) throw graphError('BAD_USER_INPUT', `${action} needs a note: the reasons`, { field: 'note' });
  return step;
}
