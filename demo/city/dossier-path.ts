import { nextStatus, PROPOSAL_FLOW, proposalAction, type ProposalActionName, type ProposalActor, type ProposalStatusName } from '../../services/core/rules';
import type { Random } from '../random';
import type { DossierClaim } from './dossier-claim';
import { missingEvidenceNote, RETURNS } from './dossier-notes';

/** One step of a generated dossier, before it has a date: CREATE and AMEND are the proposer's, the rest PROPOSAL_FLOW's actions. */
export interface DossierStep {
  action: ProposalActionName | 'CREATE' | 'AMEND';
  from: ProposalStatusName | null;
  to: ProposalStatusName;
  actor: ProposalActor;
  note: string | null;
  /** The title of the document an amendment adds to the dossier. */
  document: string | null;
}

/** How often the board returns a dossier once before it decides, rejects or (the last year) still holds it. */
const RETURNED_ONCE: Record<DossierClaim['outcome'], number> = { DECIDED: 0.12, REJECTED: 0.3, WITHDRAWN: 0, OPEN: 0.15 };
/** Where the last year's open dossiers stand: most are being appraised, a few approved and awaiting their decision. */
const OPEN_STATES: Array<[ProposalStatusName, number]> = [
  ['SUBMITTED', 0.4],
  ['UNDER_REVIEW', 0.45],
  ['APPROVED', 0.15],
];

/**
 * The steps of a dossier's life from its claim, each checked against PROPOSAL_FLOW as it is taken
 * (the flow is the one table the city's writes obey too): a path the flow does not allow throws.
 */
export function dossierPath(claim: DossierClaim, random: Random): DossierStep[] {
  const steps: DossierStep[] = [];
  let status: ProposalStatusName | null = null;
  const take = (action: DossierStep['action'], note: string | null = null, document: string | null = null) => {
    let to: ProposalStatusName | null;
    if (action === 'CREATE') to = status === null ? PROPOSAL_FLOW.initial : null;
    else if (action === 'AMEND') to = status !== null && PROPOSAL_FLOW.amendable.includes(status) ? status : null;
    else to = status === null ? null : nextStatus(action, status);
    if (to === null) throw new Error(`a demo dossier for ${claim.awardTypeCode} ${claim.year} to ${claim.recipientName} takes ${action} from ${status}: PROPOSAL_FLOW does not allow it`);
    const actor = action === 'CREATE' || action === 'AMEND' ? 'PROPOSER' : proposalAction(action).actor;
    steps.push({ action, from: status, to, actor, note, document });
    status = to;
  };
  const returnOnce = () => {
    const asked = random.pick(RETURNS.filter((candidate) => candidate.recipients.includes(claim.recipientKind)));
    take('START_REVIEW');
    take('RETURN', asked.returned);
    take('AMEND', asked.amended, asked.document);
    take('SUBMIT');
  };

  take('CREATE');
  take('SUBMIT');
  const returned = random.chance(RETURNED_ONCE[claim.outcome]);
  switch (claim.outcome) {
    case 'DECIDED':
      if (returned) returnOnce();
      take('START_REVIEW');
      take('APPROVE');
      take('DECIDE');
      break;
    case 'REJECTED':
      if (returned) returnOnce();
      take('START_REVIEW');
      take('REJECT', claim.note);
      break;
    case 'WITHDRAWN':
      // A refused candidate's proposer gives up when the board asks for what the record lacks; a
      // cluster withdraws a vote's dossier at once when the district files its own.
      if (!claim.nomination) {
        take('START_REVIEW');
        take('RETURN', missingEvidenceNote(claim.verdict));
      }
      take('WITHDRAW', claim.note);
      break;
    case 'OPEN': {
      if (returned) returnOnce();
      let draw = random.next();
      const [target] = OPEN_STATES.find(([, share]) => (draw -= share) < 0) ?? OPEN_STATES[0];
      if (target !== 'SUBMITTED') take('START_REVIEW');
      if (target === 'APPROVED') take('APPROVE');
      break;
    }
  }
  return steps;
}
