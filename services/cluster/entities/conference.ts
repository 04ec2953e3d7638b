import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Cluster } from './cluster';

export enum ConferenceKind {
  /** hội nghị phát động: launches the year's movement */
  KICKOFF = 'KICKOFF',
  /** sơ kết 6 tháng */
  MIDYEAR_REVIEW = 'MIDYEAR_REVIEW',
  /** tổng kết: scores, ranks, honours, hands the head role on and signs next year's covenant */
  YEAR_END_REVIEW = 'YEAR_END_REVIEW',
}
registerEnumType(ConferenceKind, {
  name: 'ConferenceKind',
  description: 'KICKOFF (phát động), MIDYEAR_REVIEW (sơ kết 6 tháng) or YEAR_END_REVIEW (tổng kết)',
});

/** A conference (hội nghị) of a cluster. */
@ObjectType({ description: 'A conference (hội nghị) of a cluster' })
@Entity({ name: 'conference' })
@Index('idx_conference_cluster_held_on', ['clusterId', 'heldOn'])
export class Conference {
  @Field(() => ID, { description: 'The cluster and date, e.g. III-2017-11-02' })
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id!: string;

  @Column({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only; the conference belongs to the cluster that lists it.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_conference_cluster' })
  cluster?: Cluster;

  @Field(() => String, { description: 'ISO date' })
  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Field(() => ConferenceKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: ConferenceKind;

  /** The district subgraph's district, where the host was published; no foreign key crosses databases. */
  @Column({ name: 'host_district_id', type: 'varchar', length: 64, nullable: true })
  hostDistrictId!: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
