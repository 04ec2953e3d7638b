import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Cluster } from './cluster';

/** The emulation covenant (giao ước thi đua) a cluster's members sign for a year; one a cluster a year. */
@ObjectType({ description: 'The emulation covenant (giao ước thi đua) of a cluster for a year' })
@Entity({ name: 'covenant' })
@Index('idx_covenant_cluster_year', ['clusterId', 'year'], { unique: true })
export class Covenant {
  @Field(() => ID, { description: 'The cluster and year, e.g. III-2018' })
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id!: string;

  @Column({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only; resolvers load the cluster through the request's loader.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_covenant_cluster' })
  cluster?: Cluster;

  @Field(() => Int, { description: 'The year the covenant is for (signed usually at the previous year-end review)' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'The date it was signed (ISO date), where it is known' })
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
