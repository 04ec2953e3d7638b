import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../core/connections';
import { INCLUDE_REVOKED } from '../../core/revocation';

/** A page of the titles and forms one unit or person holds. */
@ArgsType()
export class HolderAwardArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: INCLUDE_REVOKED })
  includeRevoked!: boolean;
}
