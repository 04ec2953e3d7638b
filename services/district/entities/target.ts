import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { District } from './district';

/**
 * A yearly target (chỉ tiêu) of a district: what was planned and what was achieved. How well it
 * was met (`achievementPercent`, `exceeded`) is computed, never stored.
 */
@ObjectType({ description: 'A yearly target (chỉ tiêu) of a district: planned against actual' })
@Entity({ name: 'target' })
@Index('idx_target_district_year', ['districtId', 'year'])
export class Target {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_target_district' })
  district?: District;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => String, { description: 'What is measured, in Vietnamese, e.g. Thu ngân sách trên địa bàn' })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => String, { description: 'e.g. tỷ đồng (billion VND), %, người' })
  @Column({ name: 'unit_of_measure', type: 'varchar', length: 32 })
  unitOfMeasure!: string;

  @Field(() => Float, { nullable: true, description: 'The planned value; null where the year had no plan for it' })
  @Column({ type: 'double', nullable: true })
  planned!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value achieved; null until the result is recorded' })
  @Column({ type: 'double', nullable: true })
  actual!: number | null;

  @Field(() => Boolean, { description: 'False for targets to keep low (e.g. poor households): achievement is then planned / actual' })
  @Column({ name: 'higher_is_better', type: 'boolean' })
  higherIsBetter!: boolean;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
