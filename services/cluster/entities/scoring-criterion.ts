import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Cluster } from './cluster';

export enum CriterionKind {
  /** The criteria that make up the 100 points */
  BASE = 'BASE',
  /** điểm thưởng: added on top */
  BONUS = 'BONUS',
  /** điểm trừ: points deducted */
  PENALTY = 'PENALTY',
}
registerEnumType(CriterionKind, {
  name: 'CriterionKind',
  description: 'BASE (the criteria that make up the 100 points), BONUS (điểm thưởng) or PENALTY (điểm trừ, deducted)',
});

/** A line of a cluster's scoring table (bảng chấm điểm) for a year. */
@ObjectType({ description: "A criterion of a cluster's scoring table (bảng chấm điểm) for a year" })
@Entity({ name: 'scoring_criterion' })
@Index('idx_scoring_criterion_cluster_year', ['clusterId', 'year'])
// The city-wide ranking reads a whole year of every cluster.
@Index('idx_scoring_criterion_year', ['year', 'clusterId'])
export class ScoringCriterion {
  @Field(() => ID, { description: 'The cluster, year and code, e.g. III-2017-A01' })
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only; resolvers load the cluster through the request's loader.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_scoring_criterion_cluster' })
  cluster?: Cluster;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => String, { description: 'Its code in the table, which orders it, e.g. A01' })
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Field(() => Float, { description: 'The most points a member can get (or, for a penalty, lose) on it' })
  @Column({ name: 'max_points', type: 'double' })
  maxPoints!: number;

  @Field(() => CriterionKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: CriterionKind;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
