import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Cluster } from './cluster';

export enum ClusterRole {
  /** cụm trưởng: hosts the year's conferences, rotates at the year-end review */
  HEAD = 'HEAD',
  /** cụm phó */
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerEnumType(ClusterRole, { name: 'ClusterRole', description: 'HEAD (cụm trưởng), DEPUTY (cụm phó) or MEMBER' });

/** A district's place in one cluster for one year: a district belongs to one cluster a year. */
@ObjectType({ description: "A district's membership of a cluster in one year" })
@Entity({ name: 'cluster_membership' })
@Index('idx_cluster_membership_cluster_year', ['clusterId', 'year'])
export class ClusterMembership {
  @PrimaryColumn({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only; resolvers load the cluster through the request's loader.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_cluster_membership_cluster' })
  cluster?: Cluster;

  @Field(() => ClusterRole)
  @Column({ type: 'varchar', length: 16 })
  role!: ClusterRole;

  // A row is published only when both the membership and the role are; a role the rotation chose is synthetic.
  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
