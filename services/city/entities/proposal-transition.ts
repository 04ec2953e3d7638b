import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../core/auth';
import type { ProposalActionName, ProposalStatusName } from '../../core/rules';
import { Proposal, ProposalStatus } from './proposal';

/** One step of a dossier's life: who moved it, when, from which state to which, and why. */
@ObjectType({ description: "One step of a dossier's timeline: who moved it, when, from which state to which, and the note" })
@Entity({ name: 'proposal_transition' })
@Index('idx_proposal_transition_proposal', ['proposalId', 'id'])
export class ProposalTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'proposal_id', type: 'int' })
  proposalId!: number;

  // Declared for the foreign key only.
  @ManyToOne(() => Proposal, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_transition_proposal' })
  proposal?: Proposal;

  @Field(() => String, { description: 'CREATE, AMEND, or the action of the flow: SUBMIT, START_REVIEW, APPROVE, RETURN, REJECT, DECIDE, WITHDRAW' })
  @Column({ type: 'varchar', length: 16 })
  action!: ProposalActionName | 'CREATE' | 'AMEND';

  @Field(() => ProposalStatus, { nullable: true, description: 'The state it left; null when it was created' })
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: (ProposalStatusName & ProposalStatus) | null;

  @Field(() => ProposalStatus, { description: 'The state it entered (the same state for AMEND)' })
  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: ProposalStatusName & ProposalStatus;

  @Field(() => String, { description: "Who took the step: the token's subject" })
  @Column({ type: 'varchar', length: 128 })
  actor!: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Field(() => String, { description: 'When (ISO date and time, UTC)' })
  @Column({ type: 'varchar', length: 32 })
  at!: string;

  @Field(() => String, { nullable: true, description: 'The note: the reasons a dossier is returned or rejected, or what an amendment changed' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
