import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A count the district subgraph sends for the statistics' @requires: this subgraph never serves one. */
@ObjectType({ description: "How many awards of a type a district conferred in the statistics' year" })
@Directive('@shareable')
export class LocalAwardCount {
  @Field(() => ID, { description: 'The district that conferred them' })
  districtId!: string;

  @Field(() => String, { description: 'The award type of the catalogue, e.g. LDTT' })
  awardTypeCode!: string;

  @Field(() => Int, { description: 'How many it conferred' })
  count!: number;
}
