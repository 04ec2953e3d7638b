import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CityContext } from '../context';
import { AwardRecord } from '../entities/award-record';
import { AwardType } from '../entities/award-type';

@Resolver(() => AwardRecord)
export class AwardRecordResolver {
  @FieldResolver(() => AwardType)
  async awardType(@Root() record: AwardRecord, @Ctx() { loaders }: CityContext): Promise<AwardType> {
    // The city's awards reference the catalogue by foreign key; the district confers catalogue types only.
    return (await loaders.awardTypeByCode.load(record.awardTypeCode))!;
  }
}
