import { ArgsType, Field } from 'type-graphql';
import { DistrictKind } from './district';

/** Which districts `districts` lists; all of them when nothing is given. */
@ArgsType()
export class DistrictFilterArgs {
  @Field(() => DistrictKind, { nullable: true, description: 'Only districts of this kind' })
  kind?: DistrictKind | null;

  @Field(() => String, { nullable: true, description: 'Only the districts that existed on this day (ISO date); none after 2025-06-30 in Hà Nội' })
  existingOn?: string | null;
}
