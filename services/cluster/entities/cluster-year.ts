import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Cluster } from './cluster';

/** A cluster-year that finalizeYear closed: its row locks the year's scores, table and membership. */
@Entity({ name: 'cluster_year' })
export class ClusterYear {
  @PrimaryColumn({ name: 'cluster_id', type: 'varchar', length: 16 })
  clusterId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => Cluster, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_cluster_year_cluster' })
  cluster?: Cluster;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** When the year was finalized (ISO date and time, UTC), as the audit log writes times. */
  @Column({ name: 'finalized_at', type: 'varchar', length: 32 })
  finalizedAt!: string;
}
