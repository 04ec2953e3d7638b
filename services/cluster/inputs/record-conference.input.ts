import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ConferenceKind } from '../entities/conference';
import { FigureInput } from './figure.input';
import { MaxLength, NotBlank, Slug, TEXT_MAX_LENGTH } from '../../core/inputs';

@InputType({ description: 'A conference (hội nghị) a cluster held; one a cluster a day' })
export class RecordConferenceInput {
  @Field(() => ID, { description: 'The cluster, e.g. III' })
  @MaxLength(16)
  clusterId!: string;

  @Field(() => String, { description: 'The day it was held (ISO date)' })
  heldOn!: string;

  @Field(() => ConferenceKind, { description: 'KICKOFF, MIDYEAR_REVIEW or YEAR_END_REVIEW' })
  kind!: ConferenceKind;

  @Field(() => String, { description: 'What it did and decided' })
  @NotBlank()
  @MaxLength(TEXT_MAX_LENGTH)
  summary!: string;

  @Field(() => ID, { nullable: true, description: 'The district that hosted it, e.g. hoang-mai' })
  @MaxLength(64)
  @Slug()
  hostDistrictId?: string | null;

  @Field(() => [FigureInput], { nullable: true, description: 'The numbers it reported, in the order of the report' })
  @ArrayMaxSize(100)
  @ValidateNested()
  figures?: FigureInput[] | null;
}
