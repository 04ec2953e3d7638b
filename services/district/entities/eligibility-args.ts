import { ArgsType, Field, Int } from 'type-graphql';
import { MaxLength } from '../../core/inputs';

@ArgsType()
export class EligibilityArgs {
  @Field(() => String, { description: 'The award type of the catalogue, e.g. CSTD_TP' })
  @MaxLength(16)
  awardType!: string;

  @Field(() => Int, { description: 'The year judged (1945–2100): the rule version in force on its last day applies' })
  year!: number;
}
