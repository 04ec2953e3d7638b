import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { CITY_AWARD_FACTS } from '../entities/award-fact';
import { District } from '../entities/district';
import { Eligibility } from '../entities/eligibility';
import { EligibilityArgs } from '../entities/eligibility-args';
import { STANDING_FACTS } from '../entities/standing-fact';
import { otherLevelFacts } from '../eligibility/other-level-facts';
import { recipientEligibility } from '../eligibility/recipient-eligibility';

@Resolver(() => District)
export class DistrictEligibilityResolver {
  @Directive(`@requires(fields: "${CITY_AWARD_FACTS} ${STANDING_FACTS}")`)
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description: 'Whether the district meets the rule of an award type for a year (a flag, a certificate), condition by condition, with the evidence',
  })
  eligibility(@Root() district: District, @Args() args: EligibilityArgs, @Ctx() context: DistrictContext): Promise<Eligibility> {
    return recipientEligibility(context, 'DISTRICT', { id: district.id, districtId: district.id }, args, () => ({
      cityAwardFacts: otherLevelFacts(district.cityAwardFacts, 'cityAwardFacts', 'city'),
      standingFacts: otherLevelFacts(district.standingFacts, 'standingFacts', 'cluster'),
    }));
  }
}
