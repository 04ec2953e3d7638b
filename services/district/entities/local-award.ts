import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AwardBasis } from '../../core/award-basis';
import { Standing } from '../../core/revocation';
import { District } from './district';
import { Person } from './person';
import { Unit } from './unit';

/**
 * A title or form the district itself conferred (LDTT, CSTDCS, TTLDTT, its Giấy khen) on one of
 * its units or people (exactly one of the two). City and national awards are the city's.
 */
@ObjectType({ description: 'A title or form of commendation conferred by the district on one of its units or people' })
@Entity({ name: 'local_award' })
@Index('idx_local_award_district_year_type', ['districtId', 'year', 'awardTypeCode'])
// The city's statistics count one year of every district: the year leads.
@Index('idx_local_award_year_district_type', ['year', 'districtId', 'awardTypeCode'])
// A recipient holds a title once a year while it stands: `inForce` is 1, and NULL once revoked,
// which a unique index lets repeat. The recipient leads: the same index finds its awards.
@Index('uq_local_award_unit', ['unitId', 'year', 'awardTypeCode', 'inForce'], { unique: true })
@Index('uq_local_award_person', ['personId', 'year', 'awardTypeCode', 'inForce'], { unique: true })
export class LocalAward extends Standing {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_local_award_district' })
  district?: District;

  @Field(() => Int, { description: 'The year the achievement was in' })
  @Column({ type: 'int' })
  year!: number;

  /** The catalogue is the city's: no foreign key crosses databases. */
  @Column({ name: 'award_type_code', type: 'varchar', length: 16 })
  awardTypeCode!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId!: string | null;

  // Declared for the foreign key only; resolvers load the unit through the request's loader.
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_local_award_unit' })
  unit?: Unit | null;

  @Column({ name: 'person_id', type: 'varchar', length: 64, nullable: true })
  personId!: string | null;

  // Declared for the foreign key only; resolvers load the person through the request's loader.
  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_local_award_person' })
  person?: Person | null;

  @Field(() => String, { nullable: true, description: 'The number of the decision (quyết định), where it is known' })
  @Column({ name: 'decision_number', type: 'varchar', length: 64, nullable: true })
  decisionNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the decision (ISO date), where it is known' })
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;

  @Field(() => AwardBasis, { description: 'Why it was conferred: under the rule in force (RULE), for a sudden feat (AD_HOC), or published without a record that proves its rule (UNPROVEN)' })
  @Column({ type: 'varchar', length: 16, default: AwardBasis.RULE })
  basis!: AwardBasis;

  @Field(() => String, { nullable: true, description: 'AD_HOC: the reason; UNPROVEN: what the record lacks; null for RULE' })
  @Column({ name: 'basis_note', type: 'varchar', length: 500, nullable: true })
  basisNote!: string | null;

}
