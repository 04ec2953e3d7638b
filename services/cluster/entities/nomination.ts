import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Cluster } from './cluster';

/** An award a cluster's honouring vote (suy tôn) proposes for one member district; the city answers it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An award that a cluster’s honouring vote (suy tôn) proposes for a member district' })
@Entity({ name: 'nomination' })
@Index('idx_nomination_cluster_year', ['clusterId', 'year'])
// The vote proposes one award per district.
@Index('uq_nomination_cluster_year_district', ['clusterId', 'year', 'districtId'], { unique: true })
export class Nomination {
  @Field(() => ID, { description: 'Cluster, year, district and award type, e.g. III-2017-dong-da-CO_CP' })
  @PrimaryColumn({ type: 'varchar', length: 128 })
  id!: string;

  @Column({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only; resolvers load the cluster through the request's loader.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_nomination_cluster' })
  cluster?: Cluster;

  @Field(() => Int, { description: 'The year the achievement was in' })
  @Column({ type: 'int' })
  year!: number;

  /** The district subgraph's district; no foreign key crosses databases. */
  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  /** The city subgraph's catalogue code, e.g. CO_TP. */
  @Column({ name: 'award_type_code', type: 'varchar', length: 16 })
  awardTypeCode!: string;

  @Field(() => Float, { nullable: true, description: 'The share of the vote, in percent; null where it was not published' })
  @Column({ name: 'vote_percent', type: 'double', nullable: true })
  votePercent!: number | null;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
