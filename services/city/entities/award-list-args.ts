import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from '../../core/connections';
import { INCLUDE_REVOKED } from '../../core/revocation';
import { AwardLevel } from './award-type';

/** A page of a list of awards, and the filters every such list takes. */
@ArgsType()
export class AwardListArgs extends PageArgs {
  @Field(() => AwardLevel, { nullable: true, description: 'Only awards of this level; all levels if omitted' })
  level?: AwardLevel | null;

  @Field(() => Int, { nullable: true, description: 'Only awards of this year or later' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only awards of this year or earlier' })
  toYear?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: INCLUDE_REVOKED })
  includeRevoked!: boolean;
}
