import { In, type EntityManager } from 'typeorm';
import { auditedWrite, clusterScope } from '../core/audit';
import type { Viewer } from '../core/auth';
import { graphError } from '../core/errors';
import { clusterNominations, type ClusterNomination } from './cluster-nominations';
import type { CityContext } from './context';
import { cityAwardTypes, heldInForce, holdingKey } from './decision-rules';
import { RecipientKind, type AwardType } from './entities/award-type';
import { Proposal, ProposingLevel } from './entities/proposal';
import { assertNoOpenDossier, createDossier } from './proposal-creation';
import type { RecipientClaim } from './recipient-claim';

const claimOf = (nomination: ClusterNomination): RecipientClaim => ({
  awardTypeCode: nomination.awardType.code,
  year: nomination.year,
  recipientKind: RecipientKind.DISTRICT,
  districtId: nomination.district.id,
});

/** The summary a vote gives its dossier: who voted, for whom, which award, and the share of the vote where it was published. */
function summaryOf(clusterId: string, nomination: ClusterNomination, type: AwardType): string {
  const share = nomination.votePercent === null ? '' : `, với ${nomination.votePercent}% số phiếu`;
  return `Cụm thi đua ${clusterId} suy tôn ${nomination.district.name} đề nghị tặng ${type.name} năm ${nomination.year}${share}.`;
}

/**
 * The nominations that still need a dossier: none carries them yet, and their district does not
 * hold the award already (a vote answered before the flow needs no dossier).
 */
async function unfiled(manager: EntityManager, nominations: ClusterNomination[]): Promise<number[]> {
  const filed = new Set((await manager.findBy(Proposal, { nominationId: In(nominations.map(({ id }) => id)) })).map((row) => row.nominationId));
  const held = await heldInForce(manager, nominations.map(claimOf));
  return nominations.flatMap((nomination, index) => (filed.has(nomination.id) || held.has(holdingKey(claimOf(nomination))) ? [] : [index]));
}

/**
 * A cluster's honouring vote becomes the city's dossiers: one DRAFT per nomination of the
 * cluster-year that has none (proposed by the cluster, for the district as a whole), all in one
 * audited transaction. CONFLICT where a district's own dossier for the same award is open. Answers
 * every dossier of the cluster-year's nominations, in the vote's order.
 */
export async function fileNominations(context: CityContext, viewer: Viewer, clusterId: string, year: number): Promise<Proposal[]> {
  const nominations = await clusterNominations(context, clusterId, year);
  if (nominations.length === 0) return [];
  const fieldOf = (index: number) => `nominations.${index}`;
  const types = await cityAwardTypes(context.db.manager, nominations.map(claimOf), fieldOf);
  if ((await unfiled(context.db.manager, nominations)).length > 0) {
    await auditedWrite(context, 'fileNominations', clusterScope(clusterId), async (write) => {
      const fresh = await unfiled(write.manager, nominations);
      // A request beside this one filed them while this one asked the graph: its dossiers stand.
      if (fresh.length === 0) throw graphError('CONFLICT', `cluster ${clusterId}'s ${year} nominations were filed by another request first; ask again to read their dossiers`);
      await assertNoOpenDossier(write.manager, fresh.map((index) => claimOf(nominations[index])), (n) => fieldOf(fresh[n]));
      for (const index of fresh) {
        const nomination = nominations[index];
        await createDossier(
          write,
          viewer,
          { ...claimOf(nomination), proposingLevel: ProposingLevel.CLUSTER, proposerId: clusterId, summary: summaryOf(clusterId, nomination, types[index]), nominationId: nomination.id },
          [],
        );
      }
    });
  }
  const dossiers = await context.db.manager.findBy(Proposal, { nominationId: In(nominations.map(({ id }) => id)) });
  const order = new Map(nominations.map(({ id }, index) => [id, index]));
  return dossiers.sort((a, b) => order.get(a.nominationId!)! - order.get(b.nominationId!)!);
}
