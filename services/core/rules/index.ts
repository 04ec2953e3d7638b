/** The one home of the award rules: versioned data and a pure evaluator. No I/O. */
export { RULE_VERSIONS } from './versions';
export { versionInForce, ruleFor, ruleAwardTypes, ruleAwardTypesFor } from './select';
export { appliedVersion, judge, isEligible } from './judge';
export { redactPersonal } from './redact';
export { notEligible } from './not-eligible';
export { compareCandidates } from './compare-candidates';
export { initiativesRestedOn } from './initiatives-rested-on';
export type * from './record';
export type * from './verdict';
export type * from './vocabulary';
export { PROPOSAL_FLOW, PROPOSAL_STATUSES, proposalAction, nextStatus, allowedActions, isClosed } from './proposal-flow';
export type { ProposalStatusName, ProposalActor, ProposalActionName, ProposalAction, ProposalFlow } from './proposal-flow';
