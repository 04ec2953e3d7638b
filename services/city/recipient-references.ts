import { assertCityAdmin } from '../core/authorization';
import { assertReferences, type Reference } from '../core/references';
import type { CityContext } from './context';
import type { DecisionAwardInput } from './inputs/decision-award.input';
import type { RecipientClaim } from './recipient-claim';

/**
 * Refuses a city write that names a district, unit or person the graph does not know (NOT_FOUND),
 * or a unit or person of another district than the award names (BAD_USER_INPUT). The city admin is
 * recognized first: an anonymous caller learns nothing about ids and costs no lookup.
 */
export async function assertRecipientsKnown(context: CityContext, awards: DecisionAwardInput[]): Promise<void> {
  assertCityAdmin(context.viewer);
  await assertClaimsKnown(context, awards, (index) => `awards.${index}`);
}

/** The same for the recipients of a write whose caller was authorized already (a dossier's proposer). */
export async function assertClaimsKnown(context: CityContext, claims: RecipientClaim[], fieldOf: (index: number) => string): Promise<void> {
  await assertReferences(
    context,
    claims.flatMap(({ districtId, unitId, personId }, index): Reference[] => [
      { kind: 'District', id: districtId, districtId, field: `${fieldOf(index)}.districtId` },
      ...(unitId ? [{ kind: 'Unit' as const, id: unitId, districtId, field: `${fieldOf(index)}.unitId` }] : []),
      ...(personId ? [{ kind: 'Person' as const, id: personId, districtId, field: `${fieldOf(index)}.personId` }] : []),
    ]),
  );
}

/** The same for a write about one district (a PAR index). */
export async function assertDistrictKnown(context: CityContext, districtId: string, field: string): Promise<void> {
  assertCityAdmin(context.viewer);
  await assertReferences(context, [{ kind: 'District', id: districtId, districtId, field }]);
}
