import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { CITY_AWARD_FACTS } from '../entities/award-fact';
import { Eligibility } from '../entities/eligibility';
import { EligibilityArgs } from '../entities/eligibility-args';
import { Unit } from '../entities/unit';
import { otherLevelFacts } from '../eligibility/other-level-facts';
import { recipientEligibility } from '../eligibility/recipient-eligibility';

@Resolver(() => Unit)
export class UnitEligibilityResolver {
  @Directive(`@requires(fields: "${CITY_AWARD_FACTS}")`)
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "Whether the unit meets the rule of an award type for a year, condition by condition, with the evidence (its members' as they stand on record); members' ratings and disciplines only for a token that may read the district's personal data",
  })
  eligibility(@Root() unit: Unit, @Args() args: EligibilityArgs, @Ctx() context: DistrictContext): Promise<Eligibility> {
    return recipientEligibility(context, 'COLLECTIVE', unit, args, () => ({
      cityAwardFacts: otherLevelFacts(unit.cityAwardFacts, 'cityAwardFacts', 'city'),
      standingFacts: [],
    }));
  }
}
