import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from '../../core/connections';

/** A page of the list of decisions, and the year that narrows it. */
@ArgsType()
export class AwardDecisionListArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only decisions conferring awards for achievements of this year; all if omitted' })
  year?: number | null;
}
