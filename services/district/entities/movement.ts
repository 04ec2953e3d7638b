import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { District } from './district';

/** An emulation movement (phong trào thi đua) a district launched for a year. */
@ObjectType({ description: 'An emulation movement (phong trào thi đua) of a district in a year' })
@Entity({ name: 'movement' })
@Index('idx_movement_district_year', ['districtId', 'year'])
export class Movement {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_movement_district' })
  district?: District;

  @Field(() => Int, { description: 'The year the movement runs in' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => String, { description: 'The title in Vietnamese, as launched' })
  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The day it was launched (ISO date), where it is known' })
  @Column({ name: 'launched_on', type: 'date', nullable: true })
  launchedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
