import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { UnitKind } from '../entities/unit';
import { MAX_MEMBER_COUNT } from './create-unit.input';
import { MaxLength, NotBlank } from '../../core/inputs';

@InputType({ description: "Changes to a unit: the fields given replace the unit's, the others stay" })
export class UpdateUnitInput {
  @Field(() => String, { nullable: true, description: 'The new name in Vietnamese (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  name?: string | null;

  @Field(() => UnitKind, { nullable: true, description: 'The new kind of collective' })
  kind?: UnitKind | null;

  @Field(() => Int, { nullable: true, description: `The new number of people working in it, from 0 to ${MAX_MEMBER_COUNT}` })
  @Min(0)
  @Max(MAX_MEMBER_COUNT)
  memberCount?: number | null;
}
