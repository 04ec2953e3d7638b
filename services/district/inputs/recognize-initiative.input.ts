import { Field, ID, InputType, Int } from 'type-graphql';
import { InitiativeScope } from '../entities/initiative';
import { MaxLength, NotBlank } from '../../core/inputs';

@InputType({ description: 'An initiative (sáng kiến) of a person, recognised for a year' })
export class RecognizeInitiativeInput {
  @Field(() => ID, { description: 'Whose initiative it is' })
  @MaxLength(64)
  personId!: string;

  @Field(() => Int, { description: 'The year it counts for' })
  year!: number;

  @Field(() => String, { description: 'Its title in Vietnamese (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  title!: string;

  @Field(() => InitiativeScope, { description: 'How widely it was recognised' })
  scope!: InitiativeScope;

  @Field(() => String, { nullable: true, description: 'The day it was recognised (ISO date YYYY-MM-DD)' })
  recognizedOn?: string | null;
}
