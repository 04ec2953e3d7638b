import { FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardType } from '../entities/award-type';
import { NominationQuota } from '../entities/nomination-quota';

@Resolver(() => NominationQuota)
export class NominationQuotaResolver {
  @FieldResolver(() => AwardType, { nullable: true, description: 'The award type, from the city subgraph’s catalogue' })
  awardType(@Root() line: NominationQuota): AwardType {
    return { code: line.awardTypeCode };
  }
}
