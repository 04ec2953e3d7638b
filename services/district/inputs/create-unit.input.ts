import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { UnitKind } from '../entities/unit';
import { MaxLength, NotBlank } from '../../core/inputs';

// A district's largest collectives (an enterprise, a hospital) have thousands of staff, never a million.
export const MAX_MEMBER_COUNT = 1_000_000;

@InputType({ description: 'A new collective (tập thể) of a district' })
export class CreateUnitInput {
  @Field(() => ID, { description: 'The district it belongs to, e.g. ba-dinh' })
  @MaxLength(64)
  districtId!: string;

  @Field(() => String, { description: 'The name in Vietnamese, e.g. Phường Quán Thánh (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  name!: string;

  @Field(() => UnitKind, { description: 'What kind of collective it is' })
  kind!: UnitKind;

  @Field(() => Int, { description: `How many people work in it, from 0 to ${MAX_MEMBER_COUNT}` })
  @Min(0)
  @Max(MAX_MEMBER_COUNT)
  memberCount!: number;
}
