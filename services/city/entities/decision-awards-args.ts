import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../core/connections';
import { INCLUDE_REVOKED } from '../../core/revocation';

/** A page of the awards a decision conferred. */
@ArgsType()
export class DecisionAwardsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: INCLUDE_REVOKED })
  includeRevoked!: boolean;
}
