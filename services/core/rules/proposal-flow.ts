/**
 * The life of a commendation dossier (hồ sơ đề nghị khen thưởng), as versioned data: its states,
 * the actions that move it and who may take each. The city's writes, the demo generator and the
 * tests all read this one table. No I/O.
 */

export type ProposalStatusName = 'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED' | 'RETURNED' | 'REJECTED' | 'DECIDED' | 'WITHDRAWN';

/** Who may take an action: the level that proposed (a district's officer, a cluster's admin), or the city's board. */
export type ProposalActor = 'PROPOSER' | 'CITY';

export type ProposalActionName = 'SUBMIT' | 'START_REVIEW' | 'APPROVE' | 'RETURN' | 'REJECT' | 'DECIDE' | 'WITHDRAW';

export interface ProposalAction {
  action: ProposalActionName;
  from: readonly ProposalStatusName[];
  to: ProposalStatusName;
  actor: ProposalActor;
  /** Returning and rejecting must say why: the proposer acts on the reasons. */
  noteRequired: boolean;
}

export interface ProposalFlow {
  /** e.g. DECREE_98_2023. */
  id: string;
  legalBasis: string;
  legalBasisVi: string;
  inForceFrom: string;
  /** The state a new proposal starts in. */
  initial: ProposalStatusName;
  /** States no action leaves. */
  final: readonly ProposalStatusName[];
  /** States in which the proposer may still amend the dossier's content. */
  amendable: readonly ProposalStatusName[];
  /** States the city's review queue holds, oldest submission first. */
  awaitingReview: readonly ProposalStatusName[];
  /** States that no longer hold the recipient's place for that award and year: another dossier may be opened. */
  closed: readonly ProposalStatusName[];
  actions: readonly ProposalAction[];
}

/**
 * Law 06/2022/QH15 and Decree 98/2023/NĐ-CP (Điều 84–86: the dossier, the board's appraisal — thẩm
 * định — and the chair's decision): the proposer files, the board appraises and returns a dossier
 * that lacks evidence, approves or rejects it, and the decision confers the award.
 */
export const PROPOSAL_FLOW: ProposalFlow = Object.freeze({
  id: 'DECREE_98_2023',
  legalBasis: 'Law on Emulation and Commendation 06/2022/QH15 with Decree 98/2023/NĐ-CP',
  legalBasisVi: 'Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định số 98/2023/NĐ-CP',
  inForceFrom: '2024-01-01',
  initial: 'DRAFT',
  final: Object.freeze(['REJECTED', 'DECIDED', 'WITHDRAWN'] as const),
  amendable: Object.freeze(['DRAFT', 'RETURNED'] as const),
  awaitingReview: Object.freeze(['SUBMITTED', 'UNDER_REVIEW'] as const),
  closed: Object.freeze(['REJECTED', 'WITHDRAWN'] as const),
  actions: Object.freeze([
    { action: 'SUBMIT', from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', actor: 'PROPOSER', noteRequired: false },
    { action: 'START_REVIEW', from: ['SUBMITTED'], to: 'UNDER_REVIEW', actor: 'CITY', noteRequired: false },
    { action: 'APPROVE', from: ['UNDER_REVIEW'], to: 'APPROVED', actor: 'CITY', noteRequired: false },
    { action: 'RETURN', from: ['UNDER_REVIEW'], to: 'RETURNED', actor: 'CITY', noteRequired: true },
    { action: 'REJECT', from: ['UNDER_REVIEW'], to: 'REJECTED', actor: 'CITY', noteRequired: true },
    // Taken by issueDecision, in the transaction that confers the award.
    { action: 'DECIDE', from: ['APPROVED'], to: 'DECIDED', actor: 'CITY', noteRequired: false },
    { action: 'WITHDRAW', from: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED'], to: 'WITHDRAWN', actor: 'PROPOSER', noteRequired: false },
  ] as ProposalAction[]).map((action) => Object.freeze({ ...action, from: Object.freeze([...action.from]) })),
}) as ProposalFlow;

export const PROPOSAL_STATUSES: readonly ProposalStatusName[] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED', 'REJECTED', 'DECIDED', 'WITHDRAWN'];

export function proposalAction(action: ProposalActionName, flow: ProposalFlow = PROPOSAL_FLOW): ProposalAction {
  return flow.actions.find((candidate) => candidate.action === action)!;
}

/** The state an action leads to from `current`, or null where the flow does not allow it. */
export function nextStatus(action: ProposalActionName, current: ProposalStatusName, flow: ProposalFlow = PROPOSAL_FLOW): ProposalStatusName | null {
  const step = proposalAction(action, flow);
  return step.from.includes(current) ? step.to : null;
}

/** Every action the flow allows from a state: what the dossier's holder may do next. */
export function allowedActions(current: ProposalStatusName, flow: ProposalFlow = PROPOSAL_FLOW): ProposalActionName[] {
  return flow.actions.filter((step) => step.from.includes(current)).map((step) => step.action);
}

export const isClosed = (status: ProposalStatusName, flow: ProposalFlow = PROPOSAL_FLOW): boolean => flow.closed.includes(status);
