import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength, NotBlank, TEXT_MAX_LENGTH } from '../../core/inputs';

@InputType({ description: 'An emulation movement (phong trào thi đua) a district launches for a year' })
export class LaunchMovementInput {
  @Field(() => ID, { description: 'The district that launches it' })
  @MaxLength(64)
  districtId!: string;

  @Field(() => Int, { description: 'The year the movement runs in' })
  year!: number;

  @Field(() => String, { description: 'The title in Vietnamese, as launched (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  title!: string;

  @Field(() => String, { nullable: true, description: 'The day it was launched (ISO date YYYY-MM-DD)' })
  launchedOn?: string | null;

  @Field(() => String, { nullable: true, description: `What the movement asks of whom (at most ${TEXT_MAX_LENGTH} characters)` })
  @MaxLength(TEXT_MAX_LENGTH)
  description?: string | null;
}
