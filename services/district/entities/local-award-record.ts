import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AwardStatus } from '../../core/award-status';

/**
 * A district-conferred award in the plain values the city merges into award histories, with the
 * authority that conferred it spelled out: the city cannot read the district's tables.
 */
@ObjectType({ description: 'A title or form the district conferred, as the district subgraph records it' })
// The city declares the same type for its @requires; clients read the merged history instead.
@Directive('@shareable')
@Directive('@inaccessible')
export class LocalAwardRecord {
  @Field(() => ID, { description: "The local award's id in the district subgraph" })
  id!: string;

  @Field(() => Int, { description: 'The year the achievement was in' })
  year!: number;

  @Field(() => String, { description: 'The award type of the catalogue, e.g. LDTT' })
  awardTypeCode!: string;

  @Field(() => String, { nullable: true, description: 'The number of the decision (quyết định), where it is known' })
  decisionNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the decision (ISO date), where it is known' })
  decidedOn!: string | null;

  @Field(() => String, { description: 'The authority that conferred it, as it was then, e.g. Chủ tịch UBND quận Ba Đình' })
  conferredBy!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  source!: string;

  @Field(() => AwardStatus, { description: 'CONFERRED, or REVOKED: the history leaves a revoked award out unless asked to include it' })
  status!: AwardStatus;
}
