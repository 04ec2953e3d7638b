import { assertCityAdmin } from '../core/authorization';
import { assertReferences, type Reference } from '../core/references';
import type { CityContext } from './context';
import type { DecisionAwardInput } from './inputs/decision-award.input';

/**
 * Refuses a city write that names a district, unit or person the graph does not know (NOT_FOUND),
 * or a unit or person of another district than the award names (BAD_USER_INPUT). The city admin is
 * recognized first: an anonymous caller learns nothing about ids and costs no lookup.
 */
export async function assertRecipientsKnown(context: CityContext, awards: DecisionAwardInput[]): Promise<void> {
  assertCityAdmin(context.viewer);
  await assertReferences(
    context,
    awards.flatMap(({ districtId, unitId, personId }, index): Reference[] => [
      { kind: 'District', id: districtId, districtId, field: `awards.${index}.districtId` },
      ...(unitId ? [{ kind: 'Unit' as const, id: unitId, districtId, field: `awards.${index}.unitId` }] : []),
      ...(personId ? [{ kind: 'Person' as const, id: personId, districtId, field: `awards.${index}.personId` }] : []),
    ]),
  );
}

/** The same for a write about one district (a PAR index). */
export async function assertDistrictKnown(context: CityContext, districtId: string, field: string): Promise<void> {
  assertCityAdmin(context.viewer);
  await assertReferences(context, [{ kind: 'District', id: districtId, districtId, field }]);
}
