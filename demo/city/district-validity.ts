import type { PlannedDistrict } from '../datasets';

/** Borders are redrawn: a year's awards and scores go only to the districts that existed at some time in it. */
export function validIn(district: PlannedDistrict, year: number): boolean {
  return district.validFrom <= `${year}-12-31` && (district.validTo === null || district.validTo >= `${year}-01-01`);
}
