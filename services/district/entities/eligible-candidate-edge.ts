import { Field, ObjectType } from 'type-graphql';
import { EligibleCandidate } from './eligible-candidate';

@ObjectType({ description: 'One eligible candidate and its cursor' })
export class EligibleCandidateEdge {
  @Field(() => String, { description: 'Pass it as `after` to get the candidates that follow this one' })
  cursor!: string;

  @Field(() => EligibleCandidate)
  node!: EligibleCandidate;
}
