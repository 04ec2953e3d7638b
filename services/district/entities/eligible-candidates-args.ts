import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../core/connections';
import { MaxLength } from '../../core/inputs';
import { EligibilityArgs } from './eligibility-args';
import { RecipientKind } from './recipient-kind';

@ArgsType()
export class EligibleCandidatesArgs extends EligibilityArgs {
  @Field(() => ID, { description: 'The district whose people, units or itself are judged, e.g. dong-da' })
  @MaxLength(64)
  district!: string;

  @Field(() => RecipientKind, { nullable: true, description: 'Only this kind of recipient; every kind the award takes if omitted' })
  recipientKind?: RecipientKind | null;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many candidates to return, from 0 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: "A page's endCursor: the page starts after that candidate" })
  after?: string | null;
}
