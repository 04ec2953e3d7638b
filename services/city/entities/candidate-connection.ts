import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The district subgraph's answer to `eligibleCandidates`; this subgraph adds the city and national
 * awards of the district it is about (its id names the district: core/candidate-connection-id.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class CandidateConnection {
  @Field(() => ID)
  id!: string;
}
