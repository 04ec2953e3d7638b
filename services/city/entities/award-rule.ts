import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AwardType } from './award-type';

/**
 * The rule of an award type for one recipient kind under one legal basis, as services/core/rules
 * publishes it: reference data, loaded by a migration (1733000000003-award-rules.ts) so that a
 * database says which rule each of its awards was judged by. The district names the rule its
 * eligibility applied by this id.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'The rule an award type is conferred by on one kind of recipient, under one legal basis (rule version)' })
@Entity({ name: 'award_rule' })
@Index('idx_award_rule_version', ['versionId', 'awardTypeCode'])
export class AwardRule {
  @Field(() => ID, { description: '<version>:<award type>:<recipient kind>, e.g. LAW_06_2022:CSTD_TP:INDIVIDUAL' })
  @PrimaryColumn({ type: 'varchar', length: 96 })
  id!: string;

  // Served as `version`, the contract's name.
  @Column({ name: 'version_id', type: 'varchar', length: 32 })
  versionId!: string;

  @Column({ name: 'award_type_code', type: 'varchar', length: 16 })
  awardTypeCode!: string;

  // Declared for the foreign key only: a rule is of a type of the catalogue.
  @ManyToOne(() => AwardType, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'award_type_code', foreignKeyConstraintName: 'fk_award_rule_award_type' })
  awardType?: AwardType;

  @Field(() => String, { description: 'The recipient kind this entry is for: INDIVIDUAL, COLLECTIVE or DISTRICT' })
  @Column({ name: 'recipient_kind', type: 'varchar', length: 16 })
  recipientKind!: string;

  @Field(() => [String], { description: 'Every recipient kind the same rule (the same conditions) applies to' })
  @Column({ name: 'recipient_kinds', type: 'simple-array' })
  recipientKinds!: string[];

  @Field(() => String, { description: 'The legal basis in English, e.g. Law on Emulation and Commendation 06/2022/QH15 with Decree 98/2023/NĐ-CP' })
  @Column({ name: 'legal_basis', type: 'varchar', length: 255 })
  legalBasis!: string;

  @Field(() => String, { description: 'The legal basis in Vietnamese' })
  @Column({ name: 'legal_basis_vi', type: 'varchar', length: 255 })
  legalBasisVi!: string;

  @Field(() => String, { description: 'The first day the version is in force (ISO date)' })
  @Column({ name: 'in_force_from', type: 'varchar', length: 10 })
  inForceFrom!: string;

  @Field(() => String, { nullable: true, description: 'The last day the version is in force (ISO date); null while it is' })
  @Column({ name: 'in_force_to', type: 'varchar', length: 10, nullable: true })
  inForceTo!: string | null;

  @Field(() => String, { nullable: true, description: 'How a reading of the law was settled, and anything else a reader must know' })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** The rule's conditions as services/core/rules writes them (vocabulary.ts), in JSON: `conditions` serves them. */
  @Column({ name: 'conditions', type: 'text' })
  conditionsJson!: string;
}
