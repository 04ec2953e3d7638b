import { datasetPlan, type DatasetName } from '../core/datasets';
import { AwardLevel, type AwardType } from './entities/award-type';
import { CITY_CHAIR } from './seed/issuers';

/**
 * Who issued a decision when its input does not say: the chair of the deployment's city
 * (Chủ tịch UBND thành phố <city>) for city awards. National awards come from the Prime Minister or
 * the President depending on the form, so a decision with one must name its authority: null then.
 */
export function defaultIssuingAuthority(types: AwardType[], dataset: DatasetName): string | null {
  if (!types.every((type) => type.level === AwardLevel.CITY)) return null;
  return CITY_CHAIR.authority(datasetPlan(dataset));
}
