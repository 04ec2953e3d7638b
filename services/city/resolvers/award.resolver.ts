import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { AwardType } from '../entities/award-type';
import { District } from '../entities/district';

@Resolver(() => Award)
export class AwardResolver {
  @FieldResolver(() => AwardType)
  async awardType(@Root() award: Award, @Ctx() { loaders }: CityContext): Promise<AwardType> {
    // The foreign key guarantees the type exists.
    return (await loaders.awardTypeByCode.load(award.awardTypeCode))!;
  }

  @FieldResolver(() => District, { description: 'The district the recipient is, or belongs to' })
  district(@Root() award: Award): District {
    return { id: award.districtId };
  }
}
