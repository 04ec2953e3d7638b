import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { CITY_AWARD_FACTS } from '../entities/award-fact';
import { Eligibility } from '../entities/eligibility';
import { EligibilityArgs } from '../entities/eligibility-args';
import { Person } from '../entities/person';
import { otherLevelFacts } from '../eligibility/other-level-facts';
import { recipientEligibilities, recipientEligibility } from '../eligibility/recipient-eligibility';

// A person's verdicts rest on the city's awards the gateway sends (@requires); cluster standings are a district's.
const factsOf = (person: Person) => () => ({
  cityAwardFacts: otherLevelFacts(person.cityAwardFacts, 'cityAwardFacts', 'city'),
  standingFacts: [],
});

@Resolver(() => Person)
export class PersonEligibilityResolver {
  @Directive(`@requires(fields: "${CITY_AWARD_FACTS}")`)
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "Whether the person meets the rule of an award type for a year, condition by condition, with the evidence; ratings and disciplines only for a token that may read the district's personal data",
  })
  eligibility(@Root() person: Person, @Args() args: EligibilityArgs, @Ctx() context: DistrictContext): Promise<Eligibility> {
    return recipientEligibility(context, 'INDIVIDUAL', person, args, factsOf(person));
  }

  @Directive(`@requires(fields: "${CITY_AWARD_FACTS}")`)
  @FieldResolver(() => [Eligibility], {
    nullable: true,
    description:
      "Every award type whose rule in force for the year takes a person, judged as `eligibility` judges one, in the order the rule version writes its rules (LDTT, CSTDCS, CSTD_TP, …), eligible or not; ratings and disciplines only for a token that may read the district's personal data",
  })
  eligibilities(
    @Root() person: Person,
    @Arg('year', () => Int, { description: 'The year judged (1945–2100): the rule version in force on its last day applies' }) year: number,
    @Ctx() context: DistrictContext,
  ): Promise<Eligibility[]> {
    return recipientEligibilities(context, 'INDIVIDUAL', person, year, factsOf(person));
  }
}
