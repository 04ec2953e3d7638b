import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { District } from './district';
import { Person } from './person';

export enum InitiativeScope {
  /** recognised by the unit or the district (cấp cơ sở) */
  GRASSROOTS = 'GRASSROOTS',
  /** applied with effect across the city (cấp thành phố) */
  CITY = 'CITY',
  /** of national scope (toàn quốc) */
  NATIONAL = 'NATIONAL',
}
registerEnumType(InitiativeScope, { name: 'InitiativeScope', description: 'How widely an initiative was recognised: grassroots, city or national' });

/**
 * An initiative (sáng kiến) of a person. Titles such as CSTDCS rest on one, and an initiative can be
 * used for one title or form only: `usedFor` records which.
 */
@ObjectType({ description: 'An initiative (sáng kiến) of a person, recognised at some scope' })
@Entity({ name: 'initiative' })
@Index('idx_initiative_district_year', ['districtId', 'year'])
@Index('idx_initiative_person_year', ['personId', 'year'])
export class Initiative {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_initiative_district' })
  district?: District;

  @Column({ name: 'person_id', type: 'varchar', length: 64 })
  personId!: string;

  // Declared for the foreign key only; resolvers load the person through the request's loader.
  @ManyToOne(() => Person, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_initiative_person' })
  person?: Person;

  @Field(() => Int, { description: 'The year the initiative counts for' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Field(() => InitiativeScope)
  @Column({ type: 'varchar', length: 16 })
  scope!: InitiativeScope;

  @Field(() => String, { nullable: true, description: 'The day it was recognised (ISO date), where it is known' })
  @Column({ name: 'recognized_on', type: 'date', nullable: true })
  recognizedOn!: string | null;

  /** The code of the title or form the initiative was used for; the catalogue is the city's. */
  @Column({ name: 'used_for_award_code', type: 'varchar', length: 16, nullable: true })
  usedForAwardCode!: string | null;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
