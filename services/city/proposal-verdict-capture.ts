import type { CityContext } from './context';
import { isJudgedByRule, judgeClaims } from './eligibility-check';
import type { Proposal } from './entities/proposal';

type VerdictColumns = Pick<Proposal, 'verdictEligible' | 'verdictVersion' | 'verdictConditions' | 'verdictAt'>;

const NO_VERDICT: VerdictColumns = { verdictEligible: null, verdictVersion: null, verdictConditions: null, verdictAt: null };

/**
 * What a submission stores of the eligibility verdict: the rule in force for the dossier's year,
 * judged by the graph now (the same judgement a decision's awards get), so the board reviews what
 * the rules answered when the dossier was filed. None where no rule version judges the claim;
 * REFERENCE_UNVERIFIED when the graph cannot answer, before anything is written.
 */
export async function capturedVerdict(context: CityContext, proposal: Proposal): Promise<VerdictColumns> {
  if (!isJudgedByRule(proposal)) return NO_VERDICT;
  const [verdict] = await judgeClaims(context, [{ claim: proposal, field: 'id' }]);
  return {
    verdictEligible: verdict.eligible,
    verdictVersion: verdict.version.id,
    verdictConditions: JSON.stringify(verdict.conditions.map(({ code, kind, met, en, vi }) => ({ code, kind, met, description: en, descriptionVi: vi }))),
    verdictAt: new Date().toISOString(),
  };
}
