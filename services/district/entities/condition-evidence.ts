import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EvidenceAward } from './evidence-award';
import { EvidenceDiscipline } from './evidence-discipline';
import { EvidenceInitiative } from './evidence-initiative';
import { EvidenceRating } from './evidence-rating';

/** What a condition rests on (services/core/rules/verdict.ts's Evidence). */
@ObjectType({ description: 'What a condition of an award rule rests on, within what the caller may see' })
export class ConditionEvidence {
  @Field(() => [Int], { description: 'The years that count toward the condition (a run, a count), oldest first' })
  years!: number[];

  @Field(() => [EvidenceAward], { description: 'The titles and awards it rests on' })
  awards!: EvidenceAward[];

  @Field(() => [EvidenceInitiative], { description: 'The initiatives it rests on' })
  initiatives!: EvidenceInitiative[];

  @Field(() => [EvidenceRating], { description: 'The yearly ratings it rests on; empty when the evidence is withheld' })
  ratings!: EvidenceRating[];

  @Field(() => [EvidenceDiscipline], { description: 'The disciplinary measures it rests on; empty when the evidence is withheld' })
  disciplines!: EvidenceDiscipline[];

  @Field(() => Int, { nullable: true, description: 'Shares: the members holding the title; quotas: the holders' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Shares: the members; quotas: the cap' })
  of!: number | null;

  @Field(() => Int, { nullable: true, description: "The district's rank in its cluster" })
  rank!: number | null;

  @Field(() => String, { nullable: true, description: 'The cluster that ranked it' })
  clusterId!: string | null;

  @Field(() => String, { nullable: true, description: 'Anything else a reader must know, e.g. that personal evidence was withheld' })
  note!: string | null;
}
