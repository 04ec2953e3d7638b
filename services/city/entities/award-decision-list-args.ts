import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from '../../core/connections';

/** A page of the list of decisions, and the year and the start of the number that narrow it. */
@ArgsType()
export class AwardDecisionListArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only decisions conferring awards for achievements of this year; all if omitted' })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only decisions whose number starts with this text, case, accents and punctuation ignored ("1326/qd" finds 1326/QĐ-UBND); BAD_USER_INPUT for a text of more than 100 letters, digits and spaces, or none',
  })
  number?: string | null;
}
