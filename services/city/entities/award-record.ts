import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AwardStatus } from '../../core/award-status';
import { Award } from './award';
import { AwardLevel } from './award-type';

/** One line of an award history: a district-conferred award, or one of the city's awards. */
@ObjectType({ description: 'One line of an award history: an award the district conferred, or a city-level or national one' })
export class AwardRecord {
  @Field(() => ID, { description: '"district-<local award id>" for a district-conferred award, "city-<award id>" for the city\'s' })
  id!: string;

  @Field(() => Int, { description: 'The year the achievement was in' })
  year!: number;

  @Field(() => AwardLevel, { description: "DISTRICT for a district-conferred award; otherwise the award type's level" })
  level!: AwardLevel;

  /** Resolved through the request's loader. */
  awardTypeCode!: string;

  @Field(() => String, { nullable: true, description: 'The number of the decision (quyết định), where it is known' })
  decisionNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the decision (ISO date), where it is known' })
  decidedOn!: string | null;

  @Field(() => String, {
    description: "The authority that conferred it, as it was then: the district's chair, or the decision's issuing authority (the city chair, the Prime Minister, the President)",
  })
  conferredBy!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  source!: string;

  @Field(() => AwardStatus, { description: 'CONFERRED, or REVOKED (listed only when the history is asked with includeRevoked)' })
  status!: AwardStatus;

  @Field(() => Award, { nullable: true, description: "The city's award record; null for a district-conferred award" })
  award!: Award | null;
}
