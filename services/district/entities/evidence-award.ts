import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A title or award a condition rests on: its type and year, at any level' })
export class EvidenceAward {
  @Field(() => String, { description: 'The award type of the catalogue, e.g. CSTDCS' })
  awardTypeCode!: string;

  @Field(() => Int)
  year!: number;
}
