import type { SubgraphDefinition } from '../core/subgraph';
import { AwardStatistics } from './entities/award-statistics';
import { Discipline } from './entities/discipline';
import { District } from './entities/district';
import { Initiative } from './entities/initiative';
import { LocalAward } from './entities/local-award';
import { Movement } from './entities/movement';
import { Person } from './entities/person';
import { PersonNameWord } from './entities/person-name-word';
import { Successor } from './entities/successor';
import { Target } from './entities/target';
import { Unit } from './entities/unit';
import { UnitNameWord } from './entities/unit-name-word';
import { YearRating } from './entities/year-rating';
import { createDistrictLoaders, type DistrictLoaders } from './loaders';
import { CreateDistrict1732300000000 } from './migrations/1732300000000-create-district';
import { LocalAwardYearIndex1732400000000 } from './migrations/1732400000000-local-award-year-index';
import { TargetActualNullable1732600000000 } from './migrations/1732600000000-target-actual-nullable';
import { AwardBasis1733000000001 } from './migrations/1733000000001-award-basis';
import { LocalAwardRevocation1733100000002 } from './migrations/1733100000002-local-award-revocation';
import { NameWords1733200000001 } from './migrations/1733200000001-name-words';
import { AuditResolver } from './resolvers/audit.resolver';
import { resolveAwardStatisticsReference } from './resolvers/award-statistics.resolver';
import { AwardMutationsResolver } from './resolvers/award-mutations.resolver';
import { DisciplineResolver } from './resolvers/discipline.resolver';
import { DistrictResolver, resolveDistrictReference } from './resolvers/district.resolver';
import { InitiativeResolver } from './resolvers/initiative.resolver';
import { LocalAwardResolver } from './resolvers/local-award.resolver';
import { PersonResolver, resolvePersonReference } from './resolvers/person.resolver';
import { PlanMutationsResolver } from './resolvers/plan-mutations.resolver';
import { RecordMutationsResolver } from './resolvers/record-mutations.resolver';
import { TargetResolver } from './resolvers/target.resolver';
import { UnitMutationsResolver } from './resolvers/unit-mutations.resolver';
import { resolveUnitReference, UnitResolver } from './resolvers/unit.resolver';
import { YearRatingResolver } from './resolvers/year-rating.resolver';
import { DistrictEligibilityResolver } from './resolvers/district-eligibility.resolver';
import { EligibleCandidateResolver } from './resolvers/eligible-candidate.resolver';
import { EligibleCandidatesResolver, resolveCandidateConnectionReference } from './resolvers/eligible-candidates.resolver';
import { PersonEligibilityResolver } from './resolvers/person-eligibility.resolver';
import { UnitEligibilityResolver } from './resolvers/unit-eligibility.resolver';
// Imported after the person and unit resolvers: their lookups by id stay first among the root fields.
import { NameSearchResolver } from './resolvers/name-search.resolver';

/** The district level: its units, people, movements, targets and the titles it confers. */
export const districtSubgraph: SubgraphDefinition<DistrictLoaders> = {
  name: 'district',
  entities: [District, Successor, Unit, Person, Movement, Target, YearRating, Initiative, Discipline, LocalAward, PersonNameWord, UnitNameWord],
  migrations: [CreateDistrict1732300000000, LocalAwardYearIndex1732400000000, TargetActualNullable1732600000000, AwardBasis1733000000001, LocalAwardRevocation1733100000002, NameWords1733200000001],
  schema: {
    resolvers: [
      DistrictResolver,
      UnitResolver,
      PersonResolver,
      TargetResolver,
      YearRatingResolver,
      InitiativeResolver,
      DisciplineResolver,
      LocalAwardResolver,
      UnitMutationsResolver,
      PlanMutationsResolver,
      RecordMutationsResolver,
      AwardMutationsResolver,
      AuditResolver,
      PersonEligibilityResolver,
      UnitEligibilityResolver,
      DistrictEligibilityResolver,
      EligibleCandidatesResolver,
      EligibleCandidateResolver,
      NameSearchResolver,
    ],
    // The city's statistics reference it for the counts they require; no district field returns it.
    orphanedTypes: [AwardStatistics],
    referenceResolvers: {
      District: { __resolveReference: resolveDistrictReference },
      Unit: { __resolveReference: resolveUnitReference },
      Person: { __resolveReference: resolvePersonReference },
      AwardStatistics: { __resolveReference: resolveAwardStatisticsReference },
      CandidateConnection: { __resolveReference: resolveCandidateConnectionReference },
    },
  },
  createLoaders: createDistrictLoaders,
};
