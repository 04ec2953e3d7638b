import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** How many of one title or form one district conferred in a year: what the city's statistics count from. */
@ObjectType({ description: "How many awards of a type a district conferred in the statistics' year" })
// The city declares the same type for its @requires; clients read the city's statistics instead.
@Directive('@shareable')
@Directive('@inaccessible')
export class LocalAwardCount {
  @Field(() => ID, { description: 'The district that conferred them' })
  districtId!: string;

  @Field(() => String, { description: 'The award type of the catalogue, e.g. LDTT' })
  awardTypeCode!: string;

  @Field(() => Int, { description: 'How many it conferred' })
  count!: number;
}
