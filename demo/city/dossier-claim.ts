import type { Verdict } from '../../services/core/rules';
import type { RecipientKind } from '../../services/city/entities/award-type';
import type { DraftAward } from './draft-award';
import type { Issuer } from './issuers';

/** The verdict as the city captures it when a dossier is submitted (Proposal.verdict_* columns). */
export interface CapturedVerdict {
  eligible: boolean;
  version: string;
  /** JSON of the top-level conditions: [{code, kind, met, description, descriptionVi}]. */
  conditions: string;
  /** The codes of the conditions not met, and their Vietnamese wording: a rejection's reasons. */
  failed: Array<{ code: string; vi: string }>;
}

export function captured(verdict: Verdict): CapturedVerdict {
  const conditions = verdict.conditions.map(({ code, kind, met, en, vi }) => ({ code, kind, met, description: en, descriptionVi: vi }));
  return {
    eligible: verdict.eligible,
    version: verdict.version.id,
    conditions: JSON.stringify(conditions),
    failed: verdict.conditions.filter((condition) => !condition.met).map(({ code, vi }) => ({ code, vi })),
  };
}

/**
 * What the generator decided about one dossier (hồ sơ đề nghị) of the synthetic years: who proposed
 * which award for whom, what the rules answered when it was submitted, and how it ended. The
 * proposal rows (demo/city/proposal-rows.ts) give it a timeline once the decisions are dated.
 */
export interface DossierClaim {
  year: number;
  awardTypeCode: string;
  recipientKind: RecipientKind;
  districtId: string;
  unitId: string | null;
  personId: string | null;
  recipientName: string;
  /** The cluster's honouring vote it carries; null when the recipient's district proposes it. */
  nomination: { id: string; clusterId: string; votePercent: number | null; reviewedOn: string; rank: number; members: number } | null;
  /** What the achievements were, as the award's reason words them. */
  reason: string;
  verdict: CapturedVerdict;
  /**
   * DECIDED: the award answers it. REJECTED: the board refused it (`note` says why). WITHDRAWN: the
   * proposer took it back after the board asked for more (`note`). OPEN: the last year's, not decided yet.
   */
  outcome: 'DECIDED' | 'REJECTED' | 'WITHDRAWN' | 'OPEN';
  award: DraftAward | null;
  /** Who decides it (the award's decision names it too): the city's dossiers are decided within weeks, the national ones months later. */
  issuer: Issuer;
  note: string | null;
}
