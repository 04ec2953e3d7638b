import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * A city or national award in the plain values the district's eligibility rules read (a prior award
 * held, and since when). The district declares the same type for its @requires; clients read the
 * awards and the eligibility instead.
 */
@ObjectType({ description: 'A city-level or national award a recipient holds, as the eligibility rules read it' })
@Directive('@shareable')
@Directive('@inaccessible')
export class AwardFact {
  @Field(() => String, { description: 'INDIVIDUAL, COLLECTIVE or DISTRICT' })
  recipientKind!: string;

  @Field(() => String, { description: 'The person, unit or district id' })
  recipientId!: string;

  @Field(() => String, { description: 'The award type of the catalogue, e.g. CSTD_TP' })
  awardTypeCode!: string;

  @Field(() => Int, { description: 'The year the achievement was in' })
  year!: number;
}
