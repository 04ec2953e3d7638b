import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AwardType, RecipientKind } from './award-type';

/** A city-level or national award, as the decision that conferred it records it. */
@ObjectType({ description: 'A city-level or national award conferred on a district, or on a collective or person in it' })
@Entity({ name: 'award' })
@Index('idx_award_district_year', ['districtId', 'year'])
export class Award {
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

  @Field(() => RecipientKind)
  @Column({ name: 'recipient_kind', type: 'varchar', length: 16 })
  recipientKind!: RecipientKind;

  @Field(() => String, { description: 'The recipient as the decision names it' })
  @Column({ name: 'recipient_name', type: 'varchar', length: 255 })
  recipientName!: string;

  /** The district the recipient is, or belongs to. */
  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  @Field(() => String, { nullable: true, description: 'The number of the decision (quyết định), where it is known' })
  @Column({ name: 'decision_number', type: 'varchar', length: 64, nullable: true })
  decisionNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the decision (ISO date), where it is known' })
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
