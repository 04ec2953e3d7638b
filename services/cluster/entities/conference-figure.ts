import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Conference } from './conference';

/** A number a conference reported (a revenue, a count of awards), in the order the report gives them. */
@ObjectType({ description: 'A number a conference reported' })
@Entity({ name: 'conference_figure' })
export class ConferenceFigure {
  @PrimaryColumn({ name: 'conference_id', type: 'varchar', length: 32 })
  conferenceId!: string;

  // Declared for the foreign key only; the primary key (conference_id, number) serves the loader.
  @ManyToOne(() => Conference, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'fk_conference_figure_conference' })
  conference?: Conference;

  /** Its place in the report. */
  @PrimaryColumn({ type: 'int' })
  number!: number;

  @Field(() => String, { description: 'What was measured, as the report words it (in Vietnamese)' })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => Float)
  @Column({ type: 'double' })
  value!: number;

  @Field(() => String, { description: 'e.g. tỷ đồng (billion VND), %, huân chương' })
  @Column({ name: 'unit_of_measure', type: 'varchar', length: 64 })
  unitOfMeasure!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
