import type { DatasetName } from '../datasets';
import { SYNTHETIC } from '../seed-options';
import { generatedClusters } from '../cluster/seed';
import { ConferenceKind } from '../../services/cluster/entities/conference';

/** A synthetic honouring vote's nomination (suy tôn), as the city's dossier for it needs it. */
export interface ClusterVote {
  id: string;
  clusterId: string;
  year: number;
  districtId: string;
  awardTypeCode: string;
  votePercent: number | null;
  /** The year-end review that voted it: the dossier is filed after it. */
  reviewedOn: string;
  /** The district's place in its cluster that year, and how many members it had. */
  rank: number;
  members: number;
}

/**
 * The data set's synthetic nominations, oldest year first, from the cluster level's generation. A
 * published vote (seed 000's) gives none: no dossier is invented for what an article reports.
 */
export function clusterVotes(dataset: DatasetName): ClusterVote[] {
  const { rows, standings } = generatedClusters(dataset);
  const reviews = new Map(
    rows.conferences.filter((conference) => conference.kind === ConferenceKind.YEAR_END_REVIEW).map((conference) => [`${conference.clusterId}/${conference.heldOn!.slice(0, 4)}`, conference.heldOn!]),
  );
  return rows.nominations
    .filter((nomination) => nomination.source === SYNTHETIC)
    .map((nomination) => {
      const standing = standings.find((candidate) => candidate.year === nomination.year && candidate.districtId === nomination.districtId)!;
      return {
        id: nomination.id!,
        clusterId: nomination.clusterId!,
        year: nomination.year!,
        districtId: nomination.districtId!,
        awardTypeCode: nomination.awardTypeCode!,
        votePercent: nomination.votePercent ?? null,
        reviewedOn: reviews.get(`${nomination.clusterId}/${nomination.year}`)!,
        rank: standing.rank,
        members: standing.members,
      };
    })
    .sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : 1));
}
