import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { CityAwardFact } from '../eligibility/records';
import { AwardFact } from './award-fact';
import { StandingFact } from './standing-fact';

/**
 * The answer to `eligibleCandidates`: an entity, so that the gateway fetches the city's awards and
 * the cluster's standings of the whole district once (the @requires of its fields) and this subgraph
 * judges every recipient from them. Its id is the question (core/candidate-connection-id.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A page of the recipients of a district who meet the rule of an award type for a year' })
export class CandidateConnection {
  @Field(() => ID, { description: 'The question answered: award type, year, district, recipient kind and page' })
  id!: string;

  // Only in the representations the gateway sends for the @requires of the fields below.
  @Directive('@external')
  @Field(() => [AwardFact], { nullable: true, description: 'Every city-level and national award to the district, its units and its people, from the city subgraph' })
  cityAwardFacts?: CityAwardFact[] | null;

  @Directive('@external')
  @Field(() => [StandingFact], { nullable: true, description: "The district's standings in its cluster, every year, from the cluster subgraph" })
  standingFacts?: StandingFact[] | null;
}
