import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { District } from './district';
import { Person } from './person';
import { Unit } from './unit';

export enum Rating {
  /** HTXSNV: hoàn thành xuất sắc nhiệm vụ */
  EXCELLENT = 'EXCELLENT',
  /** HTTNV: hoàn thành tốt nhiệm vụ */
  GOOD = 'GOOD',
  /** HTNV: hoàn thành nhiệm vụ */
  COMPLETED = 'COMPLETED',
  /** KHTNV: không hoàn thành nhiệm vụ */
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(Rating, {
  name: 'Rating',
  description: 'The yearly rating of task completion: EXCELLENT (HTXSNV), GOOD (HTTNV), COMPLETED (HTNV), NOT_COMPLETED (KHTNV)',
});

/** The yearly rating of a person or of a unit (exactly one of the two). */
@ObjectType({ description: 'The yearly rating (đánh giá, xếp loại) of a person or a unit' })
@Entity({ name: 'year_rating' })
@Index('idx_year_rating_district_year', ['districtId', 'year'])
// One rating a year; the recipient leads so that the same index finds a person's or unit's ratings.
@Index('uq_year_rating_person_year', ['personId', 'year'], { unique: true })
@Index('uq_year_rating_unit_year', ['unitId', 'year'], { unique: true })
export class YearRating {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_year_rating_district' })
  district?: District;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'person_id', type: 'varchar', length: 64, nullable: true })
  personId!: string | null;

  // Declared for the foreign key only; resolvers load the person through the request's loader.
  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_year_rating_person' })
  person?: Person | null;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId!: string | null;

  // Declared for the foreign key only; resolvers load the unit through the request's loader.
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_year_rating_unit' })
  unit?: Unit | null;

  @Field(() => Rating)
  @Column({ type: 'varchar', length: 16 })
  rating!: Rating;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
