import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '../../core/connections';
import { INCLUDE_REVOKED } from '../../core/revocation';

/** A page of what a district conferred in a year, and the filter the list takes. */
@ArgsType()
export class LocalAwardListArgs extends PageArgs {
  @Field(() => Int, { description: 'The year the achievements were in' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Only this title or form, by its code (e.g. LDTT); all if omitted' })
  awardType?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: INCLUDE_REVOKED })
  includeRevoked!: boolean;
}
