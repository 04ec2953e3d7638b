import { registerEnumType } from 'type-graphql';

/** Why an award was conferred: the district's titles and the city's awards alike. */
export enum AwardBasis {
  /** Conferred under the rule in force for its year, checked. */
  RULE = 'RULE',
  /** Khen thưởng đột xuất: for a sudden feat, outside the history rules; `basisNote` is the required reason. */
  AD_HOC = 'AD_HOC',
  /** A published award whose rule the record the article gives cannot prove; `basisNote` says what is missing. */
  UNPROVEN = 'UNPROVEN',
}
registerEnumType(AwardBasis, {
  name: 'AwardBasis',
  description: 'Why an award was conferred: RULE (under the rule in force, checked), AD_HOC (khen thưởng đột xuất, with a reason), UNPROVEN (published, its rule not provable from the record)',
  valuesConfig: {
    RULE: { description: 'Conferred under the rule in force for its year, checked' },
    AD_HOC: { description: 'Khen thưởng đột xuất: for a sudden feat, outside the history rules; basisNote is the reason' },
    UNPROVEN: { description: 'A published award whose rule the record the article gives cannot prove; basisNote says what is missing' },
  },
});
