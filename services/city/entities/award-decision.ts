import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A decision (quyết định) conferring awards: who signed it, and on whose authority. */
@ObjectType({ description: 'A decision (quyết định) that confers city-level or national awards' })
@Entity({ name: 'award_decision' })
@Index('uq_award_decision_number', ['number'], { unique: true })
@Index('idx_award_decision_folded_number', ['foldedNumber'])
export class AwardDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: 'The number as written on the decision, e.g. 1234/QĐ-UBND' })
  @Column({ type: 'varchar', length: 64 })
  number!: string;

  // The number folded (services/core/fold-text.ts): what a search by the start of the number reads, by its index.
  @Column({ name: 'folded_number', type: 'varchar', length: 64 })
  foldedNumber!: string;

  @Field(() => String, { description: 'The date it was signed (ISO date)' })
  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  @Field(() => String, { description: 'Who signed it, as the signature block reads (e.g. KT. Chủ tịch – Phó Chủ tịch …)' })
  @Column({ type: 'varchar', length: 255 })
  signer!: string;

  // Kept as it was on the signing date: authorities are renamed and abolished (the district level
  // ended on 2025-06-30), and a historical decision must not be re-attributed.
  @Field(() => String, { description: 'The authority that issued it, as it was on that date, e.g. Chủ tịch UBND thành phố Hà Nội' })
  @Column({ name: 'issuing_authority', type: 'varchar', length: 255 })
  issuingAuthority!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}
