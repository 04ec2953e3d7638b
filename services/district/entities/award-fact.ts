import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { CityAwardFact } from '../eligibility/records';

/**
 * A city or national award in the plain values the eligibility rules read (a prior award held, and
 * since when), as the city subgraph sends it for the @requires of `eligibility` and of the candidate
 * lists: this subgraph never stores or serves one.
 */
@ObjectType({ description: 'A city-level or national award a recipient holds, as the eligibility rules read it' })
@Directive('@shareable')
@Directive('@inaccessible')
export class AwardFact implements CityAwardFact {
  @Field(() => String, { description: 'INDIVIDUAL, COLLECTIVE or DISTRICT' })
  recipientKind!: string;

  @Field(() => String, { description: 'The person, unit or district id' })
  recipientId!: string;

  @Field(() => String, { description: 'The award type of the catalogue, e.g. CSTD_TP' })
  awardTypeCode!: string;

  @Field(() => Int, { description: 'The year the achievement was in' })
  year!: number;
}

/** What `eligibility` and the candidate lists ask the city subgraph for. */
export const CITY_AWARD_FACTS = 'cityAwardFacts { recipientKind recipientId awardTypeCode year }';
