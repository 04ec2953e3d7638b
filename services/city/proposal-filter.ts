import { Brackets, type WhereExpressionBuilder } from 'typeorm';
import { Role, type Viewer } from '../core/auth';
import { isProposerOf } from '../core/authorization';
import { assertYear } from '../core/errors';
import type { AwardLevel } from './entities/award-type';
import { ProposalStatus, ProposingLevel, type Proposal } from './entities/proposal';
import type { ProposalListArgs } from './entities/proposal-list-args';

/** The proposer whose drafts a caller may see. */
export interface DraftScope {
  level: ProposingLevel;
  proposerId: string;
}

/** A list's filter arguments, checked, with null for what was omitted (a stable loader key). */
export interface ProposalFilter {
  year: number | null;
  status: ProposalStatus | null;
  awardType: string | null;
  districtId: string | null;
  level: ProposingLevel | null;
  awardLevel: AwardLevel | null;
  /** Drafts are their proposer's alone: the caller's, or none. */
  drafts: DraftScope | null;
}

/** The proposer a token speaks for: a district's officer proposes for its district, a cluster's admin for its cluster. */
export function draftScopeOf(viewer: Viewer | null): DraftScope | null {
  if (viewer?.role === Role.DISTRICT_OFFICER) return { level: ProposingLevel.DISTRICT, proposerId: viewer.district! };
  if (viewer?.role === Role.CLUSTER_ADMIN) return { level: ProposingLevel.CLUSTER, proposerId: viewer.cluster! };
  return null;
}

/** A DRAFT is visible only to its proposer's scope; every other state is public, like awards. */
export function canSeeProposal(viewer: Viewer | null, proposal: Proposal): boolean {
  return proposal.status !== ProposalStatus.DRAFT || isProposerOf(viewer, proposal.proposingLevel, proposal.proposerId);
}

/** The proposal, or null where the caller may not see it (a draft of another proposer). */
export function visibleProposal(viewer: Viewer | null, proposal: Proposal | null): Proposal | null {
  return proposal && canSeeProposal(viewer, proposal) ? proposal : null;
}

export function proposalFilter(
  viewer: Viewer | null,
  args: Partial<Pick<ProposalListArgs, 'year' | 'status' | 'awardType' | 'district' | 'level' | 'awardLevel'>>,
): ProposalFilter {
  assertYear(args.year, 'year');
  return {
    year: args.year ?? null,
    status: args.status ?? null,
    awardType: args.awardType ?? null,
    districtId: args.district ?? null,
    level: args.level ?? null,
    awardLevel: args.awardLevel ?? null,
    drafts: draftScopeOf(viewer),
  };
}

/** The filter on the proposal table, for the paged lists (parameter names start with `filter`). */
export function whereProposalFilter(query: WhereExpressionBuilder, alias: string, filter: ProposalFilter): void {
  if (filter.year !== null) query.andWhere(`${alias}.year = :filterYear`, { filterYear: filter.year });
  if (filter.status !== null) query.andWhere(`${alias}.status = :filterStatus`, { filterStatus: filter.status });
  if (filter.awardType !== null) query.andWhere(`${alias}.awardTypeCode = :filterAwardType`, { filterAwardType: filter.awardType });
  if (filter.districtId !== null) query.andWhere(`${alias}.districtId = :filterDistrict`, { filterDistrict: filter.districtId });
  if (filter.level !== null) query.andWhere(`${alias}.proposingLevel = :filterLevel`, { filterLevel: filter.level });
  if (filter.awardLevel !== null) {
    query.andWhere(`${alias}.awardTypeCode IN (SELECT code FROM award_type WHERE level = :filterAwardLevel)`, { filterAwardLevel: filter.awardLevel });
  }
  const { drafts } = filter;
  query.andWhere(
    new Brackets((visible) => {
      visible.where(`${alias}.status <> :filterDraft`, { filterDraft: ProposalStatus.DRAFT });
      if (drafts) {
        visible.orWhere(`(${alias}.proposingLevel = :filterDraftLevel AND ${alias}.proposerId = :filterDraftProposer)`, {
          filterDraftLevel: drafts.level,
          filterDraftProposer: drafts.proposerId,
        });
      }
    }),
  );
}
