import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { QuotaLine } from '../vote';
import { Cluster } from './cluster';

/** How many of an award type a cluster's honouring vote proposes each year; without rows, the default quota. */
@ObjectType({ description: "How many of an award type a cluster's honouring vote (suy tôn) proposes each year" })
@Entity({ name: 'nomination_quota' })
export class NominationQuota implements QuotaLine {
  @PrimaryColumn({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_nomination_quota_cluster' })
  cluster?: Cluster;

  /** The city subgraph's catalogue code, e.g. CO_TP. */
  @PrimaryColumn({ name: 'award_type_code', type: 'varchar', length: 16 })
  awardTypeCode!: string;

  @Field(() => Int, { description: 'How many the vote proposes, to the best-ranked districts, one award per district' })
  @Column({ type: 'int' })
  count!: number;
}
