import type { CitySettings } from '../core/config';
import { AwardLevel, type AwardType } from './entities/award-type';

/**
 * Who issued a decision when its input does not say: the chair of the deployment's city
 * (CITY_ISSUING_AUTHORITY, Chủ tịch UBND thành phố <CITY_NAME> by default) for city awards. National
 * awards come from the Prime Minister or the President depending on the form, so a decision with one
 * must name its authority: null then.
 */
export function defaultIssuingAuthority(types: AwardType[], city: CitySettings): string | null {
  if (!types.every((type) => type.level === AwardLevel.CITY)) return null;
  return city.issuingAuthority;
}
