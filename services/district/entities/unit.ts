import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CityAwardFact } from '../eligibility/records';
import { AwardFact } from './award-fact';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from './district';

export enum UnitKind {
  /** phường */
  WARD = 'WARD',
  /** xã */
  COMMUNE = 'COMMUNE',
  /** phòng, ban of the district People's Committee */
  DEPARTMENT = 'DEPARTMENT',
  SCHOOL = 'SCHOOL',
  /** trạm y tế, trung tâm y tế */
  HEALTH = 'HEALTH',
  ENTERPRISE = 'ENTERPRISE',
  OTHER = 'OTHER',
}
registerEnumType(UnitKind, { name: 'UnitKind', description: 'What kind of collective a unit is: ward, commune, department, school, health, enterprise or other' });

/** A collective of a district (tập thể): a ward or commune, a department, a school, an enterprise. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A collective of a district (tập thể): a ward, commune, department, school, health station or enterprise' })
@Entity({ name: 'unit' })
@Index('idx_unit_district', ['districtId'])
export class Unit {
  @Field(() => ID, { description: 'Stable and readable, e.g. ba-dinh-u001' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only; resolvers load the district through the request's loader.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_unit_district' })
  district?: District;

  @Field(() => String, { description: 'e.g. Phường Quán Thánh, Phòng Nội vụ Ba Đình' })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => UnitKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: UnitKind;

  @Field(() => Int, { description: 'How many people work in the unit (its staff, of whom `people` lists those on record)' })
  @Column({ name: 'member_count', type: 'int' })
  memberCount!: number;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;

  // Only in the representations the gateway sends for eligibility's @requires: the city's awards to it.
  @Directive('@external')
  @Field(() => [AwardFact], { nullable: true, description: 'Every city-level and national award it holds, from the city subgraph' })
  cityAwardFacts?: CityAwardFact[] | null;
}
