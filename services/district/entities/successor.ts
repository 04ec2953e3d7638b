import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from './district';

export enum SuccessorKind {
  /** phường */
  WARD = 'WARD',
  /** xã */
  COMMUNE = 'COMMUNE',
}
registerEnumType(SuccessorKind, { name: 'SuccessorKind', description: 'A ward (phường) or a commune (xã)' });

/**
 * A ward or commune that took over (part of) a district on 2025-07-01, when the district level was
 * abolished. The district's records stay with the district; this only says where its work went.
 */
@ObjectType({ description: 'A ward or commune that took over (part of) the district on 2025-07-01' })
@Entity({ name: 'district_successor' })
export class Successor {
  @PrimaryColumn({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_district_successor_district' })
  district?: District;

  @Field(() => String, { description: 'e.g. Phường Ba Đình' })
  @PrimaryColumn({ type: 'varchar', length: 128 })
  name!: string;

  @Field(() => SuccessorKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: SuccessorKind;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
