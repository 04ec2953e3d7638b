import type { DatasetName, DatasetPlan } from '../datasets';
import { Random } from '../random';
import { SYNTHETIC } from '../seed-options';
import type { AwardDecision } from '../../services/city/entities/award-decision';
import { signerName, type Issuer } from './issuers';
import { foldText } from '../../services/core/fold-text';

/** A decision as the generator opens it, before it has a date, a number or a signer. */
export interface DraftDecision {
  key: string;
  issuer: Issuer;
  /** The year of the achievements it honours; it is signed the year after. */
  year: number;
}

export interface DecisionRows {
  rows: Array<Omit<AwardDecision, 'id'> & { id: number }>;
  /** The row id of each draft's key: awards refer to their decision by id. */
  idOf: Map<string, number>;
}

function isoDate(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
}

/** The decisions dated and numbered: numbers grow with the date, and are unique. */
export function decisionRows(plan: DatasetPlan, dataset: DatasetName, drafts: DraftDecision[]): DecisionRows {
  const dated = drafts
    .map((decision) => {
      const random = new Random(dataset, 'city', 'decision', decision.key);
      const { issuer } = decision;
      const day = random.int(issuer.firstDay, issuer.lastDay);
      return { decision, signedOn: isoDate(decision.year + 1, day), sequence: day * issuer.perDay + random.int(0, issuer.perDay - 1) };
    })
    .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.decision.key.localeCompare(b.decision.key));
  const taken = new Set<string>();
  const idOf = new Map<string, number>();
  const rows = dated.map(({ decision, signedOn, sequence }, index) => {
    const { issuer } = decision;
    let n = sequence;
    while (taken.has(`${n}/${issuer.suffix}`)) n++;
    const number = `${n}/${issuer.suffix}`;
    taken.add(number);
    idOf.set(decision.key, index + 1);
    return {
      id: index + 1,
      number,
      foldedNumber: foldText(number),
      signedOn,
      signer: `${issuer.signerTitle} ${signerName(dataset, issuer, decision.year + 1)}`,
      issuingAuthority: issuer.authority(plan),
      source: SYNTHETIC,
    };
  });
  return { rows, idOf };
}
