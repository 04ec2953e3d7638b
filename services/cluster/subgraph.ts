import type { SubgraphDefinition } from '../core/subgraph';
import { CandidateConnection } from './entities/candidate-connection';
import { Cluster } from './entities/cluster';
import { ClusterMembership } from './entities/cluster-membership';
import { ClusterYear } from './entities/cluster-year';
import { Conference } from './entities/conference';
import { ConferenceFigure } from './entities/conference-figure';
import { Covenant } from './entities/covenant';
import { CovenantContent } from './entities/covenant-content';
import { Nomination } from './entities/nomination';
import { NominationQuota } from './entities/nomination-quota';
import { Proposal } from './entities/proposal';
import { Score } from './entities/score';
import { ScoringCriterion } from './entities/scoring-criterion';
import { createClusterLoaders, type ClusterLoaders } from './loaders';
import { CreateCluster1732300000000 } from './migrations/1732300000000-create-cluster';
import { RankingIndexes1732400000000 } from './migrations/1732400000000-ranking-indexes';
import { ClusterWrites1732600000000 } from './migrations/1732600000000-cluster-writes';
import { YearLock1732700000002 } from './migrations/1732700000002-year-lock';
import { NominationStatus1733100000003 } from './migrations/1733100000003-nomination-status';
import { CandidateConnectionStandingsResolver } from './resolvers/candidate-connection.resolver';
import { CityRankingResolver } from './resolvers/city-ranking.resolver';
import { ClusterAuditResolver } from './resolvers/cluster-audit.resolver';
import { ClusterMembershipResolver } from './resolvers/cluster-membership.resolver';
import { ClusterStandingResolver } from './resolvers/cluster-standing.resolver';
import { ClusterResolver, resolveClusterReference } from './resolvers/cluster.resolver';
import { ConferenceMutationsResolver } from './resolvers/conference-mutations.resolver';
import { ConferenceResolver } from './resolvers/conference.resolver';
import { CovenantMutationsResolver } from './resolvers/covenant-mutations.resolver';
import { CovenantResolver } from './resolvers/covenant.resolver';
import { DistrictClusterResolver } from './resolvers/district.resolver';
import { FinalizedYearResolver } from './resolvers/finalized-year.resolver';
import { MembershipMutationsResolver } from './resolvers/membership-mutations.resolver';
import { ProposalStandingResolver } from './resolvers/proposal.resolver';
import { NominationQuotaResolver } from './resolvers/nomination-quota.resolver';
import { NominationResolver, resolveNominationReference } from './resolvers/nomination.resolver';
import { ScoreResolver } from './resolvers/score.resolver';
import { ScoringMutationsResolver } from './resolvers/scoring-mutations.resolver';
import { YearMutationsResolver } from './resolvers/year-mutations.resolver';
import { CreateKnownEntities1732800000000, KnownEntity } from '../core/references';

/**
 * The cluster level: yearly membership and head, covenants, scoring tables, scores, standings and
 * the city-wide ranking, nominations and conferences; and their writes, each by the cluster's own admin.
 */
export const clusterSubgraph: SubgraphDefinition<ClusterLoaders> = {
  name: 'cluster',
  entities: [Cluster, ClusterMembership, Covenant, CovenantContent, ScoringCriterion, Score, Nomination, Conference, ConferenceFigure, ClusterYear, NominationQuota, KnownEntity],
  migrations: [CreateCluster1732300000000, RankingIndexes1732400000000, ClusterWrites1732600000000, YearLock1732700000002, CreateKnownEntities1732800000000, NominationStatus1733100000003],
  schema: {
    resolvers: [
      ClusterResolver,
      ClusterMembershipResolver,
      ClusterStandingResolver,
      CityRankingResolver,
      DistrictClusterResolver,
      ProposalStandingResolver,
      CandidateConnectionStandingsResolver,
      CovenantResolver,
      ScoreResolver,
      NominationResolver,
      ConferenceResolver,
      NominationQuotaResolver,
      FinalizedYearResolver,
      ClusterAuditResolver,
      MembershipMutationsResolver,
      CovenantMutationsResolver,
      ScoringMutationsResolver,
      YearMutationsResolver,
      ConferenceMutationsResolver,
    ],
    // The district subgraph's candidate list and the city's dossier: this subgraph only adds their
    // district's standings to them.
    orphanedTypes: [CandidateConnection, Proposal],
    referenceResolvers: {
      Cluster: { __resolveReference: resolveClusterReference },
      Nomination: { __resolveReference: resolveNominationReference },
    },
  },
  createLoaders: createClusterLoaders,
};
