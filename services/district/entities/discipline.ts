import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { District } from './district';
import { Person } from './person';

export enum DisciplineLevel {
  /** khiển trách */
  REPRIMAND = 'REPRIMAND',
  /** cảnh cáo */
  WARNING = 'WARNING',
  /** giáng chức */
  DEMOTION = 'DEMOTION',
  /** cách chức */
  DISMISSAL = 'DISMISSAL',
}
registerEnumType(DisciplineLevel, {
  name: 'DisciplineLevel',
  description: 'The disciplinary measure, mildest first: REPRIMAND (khiển trách), WARNING (cảnh cáo), DEMOTION (giáng chức), DISMISSAL (cách chức)',
});

/** A disciplinary measure (kỷ luật) on a person: achievements count only from the end of its period. */
@ObjectType({ description: 'A disciplinary measure (kỷ luật) on a person, in force between two dates' })
@Entity({ name: 'discipline' })
@Index('idx_discipline_district', ['districtId'])
@Index('idx_discipline_person', ['personId'])
export class Discipline {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_discipline_district' })
  district?: District;

  @Column({ name: 'person_id', type: 'varchar', length: 64 })
  personId!: string;

  // Declared for the foreign key only; resolvers load the person through the request's loader.
  @ManyToOne(() => Person, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_discipline_person' })
  person?: Person;

  @Field(() => DisciplineLevel)
  @Column({ type: 'varchar', length: 16 })
  level!: DisciplineLevel;

  // `from` and `to` are SQL keywords: the columns say what they hold instead.
  @Field(() => String, { description: 'The first day the measure is in force (ISO date)' })
  @Column({ name: 'from_date', type: 'date' })
  from!: string;

  @Field(() => String, { description: 'The last day the measure is in force (ISO date)' })
  @Column({ name: 'to_date', type: 'date' })
  to!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
