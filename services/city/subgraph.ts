import type { SubgraphDefinition } from '../core/subgraph';
import { Award } from './entities/award';
import { AwardDecision } from './entities/award-decision';
import { AwardRule } from './entities/award-rule';
import { AwardType } from './entities/award-type';
import { CandidateConnection } from './entities/candidate-connection';
import { District } from './entities/district';
import { Nomination } from './entities/nomination';
import { ParIndex } from './entities/par-index';
import { Proposal } from './entities/proposal';
import { ProposalDocument } from './entities/proposal-document';
import { ProposalTransition } from './entities/proposal-transition';
import { Person } from './entities/person';
import { Unit } from './entities/unit';
import { createCityLoaders, type CityLoaders } from './loaders';
import { CreateAwards1732300000000 } from './migrations/1732300000000-create-awards';
import { AwardHistory1732400000000 } from './migrations/1732400000000-award-history';
import { AwardRecipientKey1732700000003 } from './migrations/1732700000003-award-recipient-key';
import { AwardCatalogue1733000000002 } from './migrations/1733000000002-award-catalogue';
import { AwardRules1733000000003 } from './migrations/1733000000003-award-rules';
import { AwardBasis1733000000004 } from './migrations/1733000000004-award-basis';
import { Proposals1733100000001 } from './migrations/1733100000001-proposals';
import { AwardRevocation1733100000002 } from './migrations/1733100000002-award-revocation';
import { ProposalReadIndexes1733100000005 } from './migrations/1733100000005-proposal-read-indexes';
import { AwardDecisionResolver } from './resolvers/award-decision.resolver';
import { AwardMutationsResolver } from './resolvers/award-mutations.resolver';
import { ProposalMutationsResolver } from './resolvers/proposal-mutations.resolver';
import { AwardRecordResolver } from './resolvers/award-record.resolver';
import { AwardRuleResolver, resolveAwardRuleReference } from './resolvers/award-rule.resolver';
import { AwardStatisticsResolver } from './resolvers/award-statistics.resolver';
import { AwardTypeResolver, resolveAwardTypeReference } from './resolvers/award-type.resolver';
import { CandidateConnectionAwardsResolver } from './resolvers/candidate-connection.resolver';
import { AwardResolver } from './resolvers/award.resolver';
import { CityAuditResolver } from './resolvers/city-audit.resolver';
import { DistrictAwardsResolver } from './resolvers/district.resolver';
import { DistrictProposalsResolver } from './resolvers/district-proposals.resolver';
import { NominationResolver, resolveNominationReference } from './resolvers/nomination.resolver';
import { PersonProposalsResolver } from './resolvers/person-proposals.resolver';
import { ProposalQueriesResolver } from './resolvers/proposal-queries.resolver';
import { ProposalResolver, resolveProposalReference } from './resolvers/proposal.resolver';
import { UnitProposalsResolver } from './resolvers/unit-proposals.resolver';
import { ParIndexMutationsResolver } from './resolvers/par-index-mutations.resolver';
import { ParIndexRemovalResolver } from './resolvers/par-index-removal.resolver';
import { ParIndexResolver } from './resolvers/par-index.resolver';
import { PersonAwardsResolver } from './resolvers/person.resolver';
import { UnitAwardsResolver } from './resolvers/unit.resolver';
import { CreateKnownEntities1732800000000, KnownEntity } from '../core/references';
import { DecisionFoldedNumber1733200000002 } from './migrations/1733200000002-decision-folded-number';

/**
 * The city level: the award catalogue, award decisions, city and national awards, award histories and statistics, and the PAR index;
 * the city admin's writes of them, and their audit log.
 */
export const citySubgraph: SubgraphDefinition<CityLoaders> = {
  name: 'city',
  entities: [AwardType, AwardRule, AwardDecision, Award, ParIndex, Proposal, ProposalTransition, ProposalDocument, KnownEntity],
  // The catalogue and the award rules are loaded by migrations: they are there without any data set.
  referenceData: [AwardType, AwardRule],
  migrations: [
    CreateAwards1732300000000,
    AwardHistory1732400000000,
    AwardRecipientKey1732700000003,
    CreateKnownEntities1732800000000,
    AwardCatalogue1733000000002,
    AwardRules1733000000003,
    AwardBasis1733000000004,
    Proposals1733100000001,
    AwardRevocation1733100000002,
    ProposalReadIndexes1733100000005,
    DecisionFoldedNumber1733200000002,
  ],
  schema: {
    resolvers: [
      AwardTypeResolver,
      AwardRuleResolver,
      AwardDecisionResolver,
      AwardResolver,
      AwardRecordResolver,
      AwardStatisticsResolver,
      ParIndexResolver,
      DistrictAwardsResolver,
      UnitAwardsResolver,
      PersonAwardsResolver,
      CandidateConnectionAwardsResolver,
      ProposalResolver,
      ProposalQueriesResolver,
      DistrictProposalsResolver,
      UnitProposalsResolver,
      PersonProposalsResolver,
      NominationResolver,
      AwardMutationsResolver,
      ProposalMutationsResolver,
      ParIndexMutationsResolver,
      ParIndexRemovalResolver,
      CityAuditResolver,
    ],
    // No root field of this subgraph returns a District, Unit or Person: they enter the schema through
    // the fields this subgraph adds to them, and other subgraphs reference them by key.
    orphanedTypes: [District, Unit, Person, Nomination, CandidateConnection],
    // District, Unit, Person and AwardStatistics need no reference resolver: the representation is the
    // object, with its key and the fields the gateway sends for @requires (localAwardRecords, localAwardCounts).
    referenceResolvers: {
      AwardType: { __resolveReference: resolveAwardTypeReference },
      AwardRule: { __resolveReference: resolveAwardRuleReference },
      Proposal: { __resolveReference: resolveProposalReference },
      Nomination: { __resolveReference: resolveNominationReference },
    },
  },
  createLoaders: createCityLoaders,
};
