import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AwardBasis } from '../../core/award-basis';
import { Standing } from '../../core/revocation';
import { AwardDecision } from './award-decision';
import { AwardType, RecipientKind } from './award-type';

/** A city-level or national award, as the decision that conferred it records it. */
@ObjectType({ description: 'A city-level or national award conferred on a district, or on a collective or person in it' })
@Entity({ name: 'award' })
@Index('idx_award_district_year', ['districtId', 'year'])
@Index('idx_award_unit', ['unitId'])
@Index('idx_award_person', ['personId'])
@Index('idx_award_decision', ['decisionId'])
// A nomination's award (migration 1733100000005).
@Index('idx_award_nomination', ['nominationId'])
// The year's statistics count every district's awards by type: this index answers them alone.
@Index('idx_award_year', ['year', 'districtId', 'awardTypeCode'])
// A recipient holds an award of a type once a year while it stands: `inForce` is 1, and NULL once
// revoked, which a unique index lets repeat. The recipient leads: the type's foreign key keeps an index of its own on MySQL.
@Index('uq_award_recipient_year_type', ['recipientKey', 'year', 'awardTypeCode', 'inForce'], { unique: true })
// A dossier is answered by one award.
@Index('uq_award_proposal', ['proposalId'], { unique: true })
export class Award extends Standing {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => Int, { description: 'The year the achievement was in' })
  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'award_type_code', type: 'varchar', length: 16 })
  awardTypeCode!: string;

  // Declared for the foreign key only; resolvers load the type through the request's loader.
  @ManyToOne(() => AwardType, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'award_type_code', foreignKeyConstraintName: 'fk_award_award_type' })
  awardType?: AwardType;

  /** Null where the source names the award but not its decision. */
  @Column({ name: 'decision_id', type: 'int', nullable: true })
  decisionId!: number | null;

  // Declared for the foreign key only; resolvers load the decision through the request's loader.
  @ManyToOne(() => AwardDecision, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'fk_award_award_decision' })
  decision?: AwardDecision | null;

  // A source may name who conferred an award without its decision (seed 001: "commended by the City
  // chair"); the authority is kept as it was then, like a decision's, so that it is never re-attributed.
  /** Who conferred it, where no decision is recorded; null when the decision says it. */
  @Column({ name: 'conferred_by', type: 'varchar', length: 255, nullable: true })
  conferredBy!: string | null;

  @Field(() => RecipientKind)
  @Column({ name: 'recipient_kind', type: 'varchar', length: 16 })
  recipientKind!: RecipientKind;

  @Field(() => String, { description: 'The recipient as the decision names it' })
  @Column({ name: 'recipient_name', type: 'varchar', length: 255 })
  recipientName!: string;

  @Field(() => String, { nullable: true, description: 'What the award is for, as the decision words it (or how the data set chose the recipient)' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The district the recipient is, or belongs to: always set, so a district's awards are one lookup. */
  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  /** The collective awarded; null for a person or a district as a whole (a person's unit is the district subgraph's). */
  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId!: string | null;

  @Column({ name: 'person_id', type: 'varchar', length: 64, nullable: true })
  personId!: string | null;

  /**
   * The recipient in one column (`INDIVIDUAL:ba-dinh-p0001`, `COLLECTIVE:…`, `DISTRICT:ba-dinh`), set
   * from the ids by recipientKey(): a unique index over the ids would let their NULLs repeat.
   */
  @Column({ name: 'recipient_key', type: 'varchar', length: 96 })
  recipientKey!: string;

  // No foreign key: nominations live in the cluster subgraph's database.
  @Column({ name: 'nomination_id', type: 'varchar', length: 64, nullable: true })
  nominationId!: string | null;

  /** The city's dossier this award answers; null for an award recorded without one (published, or before the flow). */
  @Column({ name: 'proposal_id', type: 'int', nullable: true })
  proposalId!: number | null;

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
