import { Role, type Viewer } from '../core/auth';
import { clusterScope, districtScope } from '../core/audit';
import { assertCityAdmin, isProposerOf, requireViewer } from '../core/authorization';
import { graphError } from '../core/errors';
import type { ProposalActor } from '../core/rules';
import type { CityContext } from './context';
import { Proposal, ProposingLevel } from './entities/proposal';
import { canSeeProposal } from './proposal-filter';

type Proposer = Pick<Proposal, 'proposingLevel' | 'proposerId'>;

/** The office that proposed the dossier: the officer of its district, or the admin of its cluster. */
export const isProposer = (viewer: Viewer | null, proposal: Proposer): boolean => isProposerOf(viewer, proposal.proposingLevel, proposal.proposerId);

/** Whose audit a proposer's step belongs to: the proposing district's, or the proposing cluster's. */
export const proposerScope = (proposal: Proposer): string =>
  proposal.proposingLevel === ProposingLevel.DISTRICT ? districtScope(proposal.proposerId) : clusterScope(proposal.proposerId);

/** The row id an ID argument names, or null for one no dossier has. */
export const proposalIdOf = (id: string): number | null => (/^\d{1,15}$/.test(id) ? Number(id) : null);

const PROPOSING_ROLES: readonly Role[] = [Role.DISTRICT_OFFICER, Role.CLUSTER_ADMIN];

export function proposalNotFound(id: string, field = 'id') {
  return graphError('NOT_FOUND', `there is no proposal ${id}`, { field, id });
}

/**
 * The dossier a step names, once its caller may take that actor's steps: UNAUTHENTICATED without a
 * token; FORBIDDEN for a role that never takes them, before any id is looked up; NOT_FOUND for an
 * unknown id, or a draft of another office (only its proposer sees it); FORBIDDEN for another
 * office's dossier. The city's board acts on every dossier, so a draft is there for it, and its
 * step is refused by the state (INVALID_TRANSITION). Read without a lock: the write reads it again under one.
 */
export async function proposalFor(context: CityContext, id: string, actor: ProposalActor): Promise<Proposal> {
  const viewer = actor === 'CITY' ? assertCityAdmin(context.viewer) : requireViewer(context.viewer);
  if (actor === 'PROPOSER' && !PROPOSING_ROLES.includes(viewer.role)) {
    throw graphError('FORBIDDEN', `only the proposing office (a DISTRICT_OFFICER or a CLUSTER_ADMIN) moves a dossier this way; the token is a ${viewer.role}`);
  }
  const key = proposalIdOf(id);
  const proposal = key === null ? null : await context.db.manager.findOneBy(Proposal, { id: key });
  if (!proposal || (actor === 'PROPOSER' && !canSeeProposal(viewer, proposal))) throw proposalNotFound(id);
  if (actor === 'PROPOSER' && !isProposer(viewer, proposal)) {
    throw graphError('FORBIDDEN', `proposal ${id} is ${proposal.proposingLevel === ProposingLevel.DISTRICT ? 'district' : 'cluster'} ${proposal.proposerId}'s: only its office moves it`, {
      id,
      proposer: proposal.proposerId,
    });
  }
  return proposal;
}
