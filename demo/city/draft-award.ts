import type { Award } from '../../services/city/entities/award';

/** An award as generated: its id, its dossier's and its standing (conferred, in force) are the seed's. */
export type DraftAward = Omit<
  Award,
  'id' | 'awardType' | 'decision' | 'decisionId' | 'recipientKey' | 'proposalId' | 'status' | 'inForce' | 'revokedAt' | 'revokedBy' | 'revocationReason' | 'revokingDecision'
> & { decisionKey: string | null };
