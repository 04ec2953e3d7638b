import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { CITY_AWARD_FACTS } from '../entities/award-fact';
import { Eligibility } from '../entities/eligibility';
import { EligibilityArgs } from '../entities/eligibility-args';
import { Unit } from '../entities/unit';
import { otherLevelFacts } from '../eligibility/other-level-facts';
import { recipientEligibilities, recipientEligibility } from '../eligibility/recipient-eligibility';

// A unit's verdicts rest on the city's awards the gateway sends (@requires); cluster standings are a district's.
const factsOf = (unit: Unit) => () => ({
  cityAwardFacts: otherLevelFacts(unit.cityAwardFacts, 'cityAwardFacts', 'city'),
  standingFacts: [],
});

@Resolver(() => Unit)
export class UnitEligibilityResolver {
  @Directive(`@requires(fields: "${CITY_AWARD_FACTS}")`)
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "Whether the unit meets the rule of an award type for a year, condition by condition, with the evidence (its members' as they stand on record); members' ratings and disciplines only for a token that may read the district's personal data",
  })
  eligibility(@Root() unit: Unit, @Args() args: EligibilityArgs, @Ctx() context: DistrictContext): Promise<Eligibility> {
    return recipientEligibility(context, 'COLLECTIVE', unit, args, factsOf(unit));
  }

  @Directive(`@requires(fields: "${CITY_AWARD_FACTS}")`)
  @FieldResolver(() => [Eligibility], {
    nullable: true,
    description:
      "Every award type whose rule in force for the year takes a collective, judged as `eligibility` judges one, in the order the rule version writes its rules (TTLDTT, TTLDXS, CO_TP, …), eligible or not; members' ratings and disciplines only for a token that may read the district's personal data",
  })
  eligibilities(
    @Root() unit: Unit,
    @Arg('year', () => Int, { description: 'The year judged (1945–2100): the rule version in force on its last day applies' }) year: number,
    @Ctx() context: DistrictContext,
  ): Promise<Eligibility[]> {
    return recipientEligibilities(context, 'COLLECTIVE', unit, year, factsOf(unit));
  }
}
