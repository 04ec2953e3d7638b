import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { CityAwardFact } from '../eligibility/records';
import { AwardFact } from './award-fact';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from './district';
import { Unit } from './unit';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', description: 'Women come first among equally qualified candidates' });

/** A cadre, civil servant or worker of a unit (cán bộ, công chức, viên chức, người lao động). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person working in a unit of a district' })
@Entity({ name: 'person' })
@Index('idx_person_district_unit', ['districtId', 'unitId'])
@Index('idx_person_unit', ['unitId'])
export class Person {
  @Field(() => ID, { description: 'Stable and readable, e.g. ba-dinh-p0001' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only; resolvers load the district through the request's loader.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_person_district' })
  district?: District;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId!: string;

  // Declared for the foreign key only; resolvers load the unit through the request's loader.
  @ManyToOne(() => Unit, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_person_unit' })
  unit?: Unit;

  @Field(() => String)
  @Column({ name: 'full_name', type: 'varchar', length: 128 })
  fullName!: string;

  @Field(() => String, { description: 'e.g. Chuyên viên, Trưởng phòng' })
  @Column({ type: 'varchar', length: 255 })
  position!: string;

  // Personal data: served by PersonResolver.birthYear, which checks who may read it.
  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear!: number | null;

  // Personal data: served by PersonResolver.gender, which checks who may read it.
  @Column({ type: 'varchar', length: 16 })
  gender!: Gender;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;

  // Only in the representations the gateway sends for eligibility's @requires: the city's awards to it.
  @Directive('@external')
  @Field(() => [AwardFact], { nullable: true, description: 'Every city-level and national award it holds, from the city subgraph' })
  cityAwardFacts?: CityAwardFact[] | null;
}
