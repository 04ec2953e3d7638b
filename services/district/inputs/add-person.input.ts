import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Gender } from '../entities/person';
import { MaxLength, NotBlank } from '../../core/inputs';

// People on record work between the republic's first years and the century's end: a birth year
// outside is a typing mistake.
const FIRST_BIRTH_YEAR = 1900;
const LAST_BIRTH_YEAR = 2100;

@InputType({ description: "A new person of a unit; the district is the unit's" })
export class AddPersonInput {
  @Field(() => ID, { description: 'The unit the person works in, e.g. ba-dinh-u001' })
  @MaxLength(64)
  unitId!: string;

  @Field(() => String, { description: 'The full name in Vietnamese (at most 128 characters)' })
  @MaxLength(128)
  @NotBlank()
  fullName!: string;

  @Field(() => String, { description: 'e.g. Chuyên viên, Trưởng phòng (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  position!: string;

  @Field(() => Gender, { description: 'Personal data' })
  gender!: Gender;

  @Field(() => Int, { nullable: true, description: `Personal data: the year of birth, from ${FIRST_BIRTH_YEAR} to ${LAST_BIRTH_YEAR}` })
  @Min(FIRST_BIRTH_YEAR)
  @Max(LAST_BIRTH_YEAR)
  birthYear?: number | null;
}
