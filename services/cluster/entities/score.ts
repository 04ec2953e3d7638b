import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Cluster } from './cluster';
import { ScoringCriterion } from './scoring-criterion';

/** The points one member district got on one criterion of its cluster's table for a year. */
@ObjectType({ description: "A member district's points on one criterion of its cluster's scoring table" })
@Entity({ name: 'score' })
@Index('idx_score_cluster_year', ['clusterId', 'year'])
// The city-wide ranking reads a whole year of every cluster.
@Index('idx_score_year', ['year', 'clusterId'])
// The foreign key to the criterion needs an index of its own on MySQL; naming it keeps the schema diff empty.
@Index('idx_score_criterion', ['criterionId'])
// One score per district and criterion (a criterion belongs to one cluster-year); a finalized year's are locked by triggers.
@Index('uq_score_criterion_district', ['criterionId', 'districtId'], { unique: true })
export class Score {
  @Field(() => ID, { description: 'The criterion and the district, e.g. III-2017-A01-dong-da' })
  @PrimaryColumn({ type: 'varchar', length: 128 })
  id!: string;

  @Column({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only; resolvers load the cluster through the request's loader.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_score_cluster' })
  cluster?: Cluster;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  /** The district subgraph's district; no foreign key crosses databases. */
  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  @Column({ name: 'criterion_id', type: 'varchar', length: 48 })
  criterionId!: string;

  // Declared for the foreign key only; resolvers load the criterion through the request's loader.
  @ManyToOne(() => ScoringCriterion, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id', foreignKeyConstraintName: 'fk_score_criterion' })
  criterion?: ScoringCriterion;

  @Field(() => Float, { description: 'Between 0 and the criterion’s maxPoints; for a PENALTY criterion, the points deducted' })
  @Column({ type: 'double' })
  points!: number;

  @Field(() => String, { nullable: true, description: 'Why the points were given or deducted, where the table says' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  note!: string | null;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
