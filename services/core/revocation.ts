import { Directive, Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { AwardStatus } from './award-status';
import { graphError } from './errors';

/**
 * How an award was annulled (thu hồi): the district's titles and the city's awards keep their row,
 * and these columns say who revoked it, when, why and by which decision.
 */
@ObjectType({ description: 'Why, when, by whom and by which decision an award was revoked' })
// The district's titles and the city's awards each answer it from their own rows.
@Directive('@shareable')
export class Revocation {
  @Field(() => String, { description: 'Why it was revoked' })
  reason!: string;

  @Field(() => String, { description: 'When it was revoked (ISO date and time, UTC)' })
  revokedAt!: string;

  @Field(() => String, { description: "Who revoked it: the token's subject" })
  revokedBy!: string;

  @Field(() => String, { nullable: true, description: 'The number of the decision that revoked it, where one is named' })
  decisionNumber!: string | null;
}

/**
 * The columns an award row carries for its standing, the district's titles (LocalAward) and the
 * city's awards (Award) alike: each entity extends this class, so both tables hold the same columns.
 */
@ObjectType()
export abstract class Standing {
  @Field(() => AwardStatus, { description: 'CONFERRED, or REVOKED (annulled: the record stays, with who revoked it, when and why)' })
  @Column({ type: 'varchar', length: 16, default: AwardStatus.CONFERRED })
  status!: AwardStatus;

  /** 1 while the award stands, NULL once revoked: the unique indexes hold one award in force a recipient, type and year, and NULLs may repeat. */
  @Column({ name: 'in_force', type: 'int', nullable: true, default: 1 })
  inForce!: 1 | null;

  @Column({ name: 'revoked_at', type: 'varchar', length: 32, nullable: true })
  revokedAt!: string | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 128, nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason!: string | null;

  /** The number of the decision that revoked it, where one is named. */
  @Column({ name: 'revoking_decision', type: 'varchar', length: 64, nullable: true })
  revokingDecision!: string | null;
}

/** The standing of an award as it is conferred. */
export const IN_FORCE: Readonly<Standing> = {
  status: AwardStatus.CONFERRED,
  inForce: 1,
  revokedAt: null,
  revokedBy: null,
  revocationReason: null,
  revokingDecision: null,
};

/** What a revocation writes on the award's row. */
export function revoked(revokedBy: string, reason: string, decisionNumber: string | null | undefined): Standing {
  return {
    status: AwardStatus.REVOKED,
    inForce: null,
    revokedAt: new Date().toISOString(),
    revokedBy,
    revocationReason: reason,
    revokingDecision: decisionNumber ?? null,
  };
}

/** An award already revoked is not revoked again: the first revocation stands (CONFLICT). */
export function assertInForce(award: Standing & { id: number }): void {
  if (award.status === AwardStatus.REVOKED) {
    throw graphError('CONFLICT', `award ${award.id} was already revoked at ${award.revokedAt}`, { field: 'id', id: String(award.id), revokedAt: award.revokedAt });
  }
}

/** The revocation of a row; null while the award stands. */
export function revocationOf(award: Standing): Revocation | null {
  if (award.status !== AwardStatus.REVOKED) return null;
  return { reason: award.revocationReason!, revokedAt: award.revokedAt!, revokedBy: award.revokedBy!, decisionNumber: award.revokingDecision };
}

/** The argument of every list and count of awards: revoked awards are left out unless asked for. */
export const INCLUDE_REVOKED = 'Also the revoked awards (REVOKED, kept with their revocation); left out by default: a revoked award counts for nothing';
