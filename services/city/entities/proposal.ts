import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PROPOSAL_STATUSES, type ProposalStatusName } from '../../core/rules';
import { AwardType, RecipientKind } from './award-type';

export enum ProposalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  DECIDED = 'DECIDED',
  WITHDRAWN = 'WITHDRAWN',
}
// The enum mirrors the flow's states: a state added to the flow and not here fails at start.
if (PROPOSAL_STATUSES.some((status) => !(status in ProposalStatus)) || Object.keys(ProposalStatus).length !== PROPOSAL_STATUSES.length) {
  throw new Error('ProposalStatus and PROPOSAL_FLOW disagree');
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a dossier stands: DRAFT, SUBMITTED, UNDER_REVIEW (thẩm định), APPROVED, RETURNED (for more evidence), REJECTED, DECIDED (the award conferred) or WITHDRAWN',
});

/** The level that proposes: a district's emulation office, or a cluster's honouring vote (suy tôn). */
export enum ProposingLevel {
  DISTRICT = 'DISTRICT',
  CLUSTER = 'CLUSTER',
}
registerEnumType(ProposingLevel, { name: 'ProposingLevel', description: "DISTRICT (a district's emulation office) or CLUSTER (a cluster's honouring vote)" });

/**
 * A commendation dossier (hồ sơ đề nghị khen thưởng) for a city or national award: filed with the
 * city's emulation board, which keeps it and every step it takes, so that a transition, the review
 * and the decision that answers it are each one transaction of one database.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A commendation dossier (hồ sơ đề nghị khen thưởng): a district or a cluster proposes a city or national award, the city reviews and decides' })
@Entity({ name: 'proposal' })
@Index('idx_proposal_year_status', ['year', 'status'])
@Index('idx_proposal_district_year', ['districtId', 'year'])
@Index('idx_proposal_person', ['personId'])
@Index('idx_proposal_unit', ['unitId'])
@Index('idx_proposal_status_submitted', ['status', 'submittedAt'])
// The review queue of a district office and of a cluster (migration 1733100000005).
@Index('idx_proposal_queue_district', ['districtId', 'status', 'submittedAt'])
@Index('idx_proposal_queue_proposer', ['proposingLevel', 'proposerId', 'status', 'submittedAt'])
// One open dossier per recipient, award type and year: `openKey` is 1 while it is open, NULL once
// closed (rejected, withdrawn, or its award revoked), and NULLs may repeat in a unique index.
@Index('uq_proposal_open', ['recipientKey', 'year', 'awardTypeCode', 'openKey'], { unique: true })
// A cluster's nomination becomes one dossier.
@Index('uq_proposal_nomination', ['nominationId'], { unique: true })
export class Proposal {
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
  @JoinColumn({ name: 'award_type_code', foreignKeyConstraintName: 'fk_proposal_award_type' })
  awardType?: AwardType;

  @Field(() => RecipientKind)
  @Column({ name: 'recipient_kind', type: 'varchar', length: 16 })
  recipientKind!: RecipientKind;

  /** The district the recipient is, or belongs to. */
  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId!: string | null;

  @Column({ name: 'person_id', type: 'varchar', length: 64, nullable: true })
  personId!: string | null;

  /** As Award.recipientKey: `INDIVIDUAL:<person>`, `COLLECTIVE:<unit>`, `DISTRICT:<district>`. */
  @Column({ name: 'recipient_key', type: 'varchar', length: 96 })
  recipientKey!: string;

  @Field(() => ProposingLevel)
  @Column({ name: 'proposing_level', type: 'varchar', length: 16 })
  proposingLevel!: ProposingLevel;

  /** The proposing district's id, or the proposing cluster's. */
  @Column({ name: 'proposer_id', type: 'varchar', length: 64 })
  proposerId!: string;

  @Field(() => String, { description: "Who proposed it: the token's subject" })
  @Column({ name: 'proposed_by', type: 'varchar', length: 128 })
  proposedBy!: string;

  @Field(() => String, { description: 'The summary of achievements (tóm tắt thành tích)' })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Khen thưởng đột xuất: the sudden feat the award is proposed for, outside the history rules; null for an award by its rule' })
  @Column({ name: 'ad_hoc_reason', type: 'varchar', length: 500, nullable: true })
  adHocReason!: string | null;

  /** The cluster subgraph's nomination this dossier carries; no foreign key crosses databases. */
  @Column({ name: 'nomination_id', type: 'varchar', length: 128, nullable: true })
  nominationId!: string | null;

  @Field(() => ProposalStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: ProposalStatusName & ProposalStatus;

  /** 1 while the dossier holds its recipient's place; NULL once closed. */
  @Column({ name: 'open_key', type: 'int', nullable: true })
  openKey!: 1 | null;

  @Field(() => String, { description: 'When it was created (ISO date and time, UTC)' })
  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was last submitted (ISO date and time, UTC); null while a draft' })
  @Column({ name: 'submitted_at', type: 'varchar', length: 32, nullable: true })
  submittedAt!: string | null;

  @Field(() => String, { description: 'When its state last changed (ISO date and time, UTC)' })
  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;

  // The eligibility verdict captured when it was last submitted (null before, or where no rule
  // version covers its year): what the board reviews, as the rule engine answered then.
  @Column({ name: 'verdict_eligible', type: 'boolean', nullable: true })
  verdictEligible!: boolean | null;

  @Column({ name: 'verdict_version', type: 'varchar', length: 32, nullable: true })
  verdictVersion!: string | null;

  /** JSON: the conditions judged, [{code, kind, met, description, descriptionVi}]. */
  @Column({ name: 'verdict_conditions', type: 'text', nullable: true })
  verdictConditions!: string | null;

  @Column({ name: 'verdict_at', type: 'varchar', length: 32, nullable: true })
  verdictAt!: string | null;

  /** The award the decision conferred; set with DECIDED. */
  @Column({ name: 'award_id', type: 'int', nullable: true })
  awardId!: number | null;

  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
