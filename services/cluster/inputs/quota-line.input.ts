import { Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength } from '../../core/inputs';

@InputType({ description: 'How many of an award type the vote proposes each year' })
export class QuotaLineInput {
  @Field(() => ID, { description: "The award type's code in the city's catalogue, e.g. CO_TP" })
  @MaxLength(16)
  @Matches(/^[A-Z0-9_]+$/, { message: 'awardTypeCode must be a catalogue code such as CO_TP' })
  awardTypeCode!: string;

  @Field(() => Int, { description: 'How many, 0 to 50' })
  @Min(0)
  @Max(50)
  count!: number;
}
