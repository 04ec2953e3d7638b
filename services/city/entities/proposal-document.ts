import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Proposal } from './proposal';

/** A document the dossier attaches, by reference only: the files stay with whoever issued them. */
@ObjectType({ description: 'A document attached to a dossier, by reference: its number, date and title (no file is stored)' })
@Entity({ name: 'proposal_document' })
export class ProposalDocument {
  @PrimaryColumn({ name: 'proposal_id', type: 'int' })
  proposalId!: number;

  // Declared for the foreign key only.
  @ManyToOne(() => Proposal, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_document_proposal' })
  proposal?: Proposal;

  @Field(() => Int, { description: 'Its place in the dossier, from 1' })
  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Field(() => String, { description: 'The number as written, e.g. 125/TTr-UBND' })
  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Field(() => String, { description: 'The date it was issued (ISO date)' })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Field(() => String, { description: 'Its title, e.g. Tờ trình đề nghị tặng Cờ thi đua của UBND Thành phố' })
  @Column({ type: 'varchar', length: 500 })
  title!: string;
}
