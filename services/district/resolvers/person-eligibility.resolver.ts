import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { CITY_AWARD_FACTS } from '../entities/award-fact';
import { Eligibility } from '../entities/eligibility';
import { EligibilityArgs } from '../entities/eligibility-args';
import { Person } from '../entities/person';
import { otherLevelFacts } from '../eligibility/other-level-facts';
import { recipientEligibility } from '../eligibility/recipient-eligibility';

@Resolver(() => Person)
export class PersonEligibilityResolver {
  @Directive(`@requires(fields: "${CITY_AWARD_FACTS}")`)
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "Whether the person meets the rule of an award type for a year, condition by condition, with the evidence; ratings and disciplines only for a token that may read the district's personal data",
  })
  eligibility(@Root() person: Person, @Args() args: EligibilityArgs, @Ctx() context: DistrictContext): Promise<Eligibility> {
    return recipientEligibility(context, 'INDIVIDUAL', person, args, () => ({
      cityAwardFacts: otherLevelFacts(person.cityAwardFacts, 'cityAwardFacts', 'city'),
      standingFacts: [],
    }));
  }
}
