import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { In, Not } from 'typeorm';
import { assertYear, graphError } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import type { ClusterContext } from '../context';
import { ClusterMembership, ClusterRole } from '../entities/cluster-membership';
import { Score } from '../entities/score';
import { SetMembershipInput } from '../inputs/set-membership.input';
import { assertDistinct, assertYearOpen, clusterWrite, replaceRows } from '../writes';
import { unknownDistricts } from '../../core/references';
import { assertDistrictsKnown } from '../district-references';

const ROLE_ORDER = [ClusterRole.HEAD, ClusterRole.DEPUTY, ClusterRole.MEMBER];

function assertRoles(input: SetMembershipInput): void {
  const count = (role: ClusterRole) => input.members.filter((member) => member.role === role).length;
  if (count(ClusterRole.HEAD) !== 1) {
    throw graphError('BAD_USER_INPUT', `a cluster has exactly one HEAD a year, got ${count(ClusterRole.HEAD)}`, { field: 'members.role' });
  }
  if (count(ClusterRole.DEPUTY) > 1) {
    throw graphError('BAD_USER_INPUT', `a cluster has at most one DEPUTY a year, got ${count(ClusterRole.DEPUTY)}`, { field: 'members.role' });
  }
}

/**
 * The scored members this write drops that the graph does not know (rows stored before ids were
 * checked): asked before the transaction, which does not wait on the graph.
 */
async function scoredPhantoms(context: ClusterContext, clusterId: string, year: number, members: SetMembershipInput['members']): Promise<string[]> {
  const staying = new Set(members.map((member) => member.districtId));
  const scored = await context.db.getRepository(Score).find({ select: { districtId: true }, where: { clusterId, year } });
  const leaving = [...new Set(scored.map((score) => score.districtId))].filter((districtId) => !staying.has(districtId));
  return leaving.length ? unknownDistricts(context, leaving) : [];
}

@Resolver()
export class MembershipMutationsResolver {
  @Mutation(() => [ClusterMembership], {
    description: "Replaces a cluster's membership for a year (head first, then the deputy); a district belongs to one cluster a year. The cluster's CLUSTER_ADMIN only",
  })
  async setMembership(
    @Arg('input', () => SetMembershipInput, { description: 'The cluster, the year and every member with its role' }) input: SetMembershipInput,
    @Ctx() context: ClusterContext,
  ): Promise<ClusterMembership[]> {
    const { clusterId, year, members } = input;
    assertYear(year);
    assertDistinct(
      members.map((member) => member.districtId),
      'members.districtId',
    );
    assertRoles(input);
    await assertDistrictsKnown(
      context,
      clusterId,
      members.map(({ districtId }, index) => ({ districtId, field: `members.${index}.districtId` })),
    );
    const phantoms = await scoredPhantoms(context, clusterId, year, members);
    return clusterWrite(context, 'setMembership', clusterId, async (write) => {
      const { manager } = write;
      await assertYearOpen(manager, clusterId, year);
      const districtIds = members.map((member) => member.districtId);
      const elsewhere = await manager.findOneBy(ClusterMembership, { year, districtId: In(districtIds), clusterId: Not(clusterId) });
      if (elsewhere) {
        throw graphError('CONFLICT', `${elsewhere.districtId} is a member of cluster ${elsewhere.clusterId} in ${year}: a district belongs to one cluster a year`, {
          field: 'members.districtId',
        });
      }
      const before = await manager.findBy(ClusterMembership, { clusterId, year });
      const leaving = before.filter((member) => !districtIds.includes(member.districtId)).map((member) => member.districtId);
      // The scores of a district the graph does not know go with it: they rank a phantom above real districts.
      const leavingPhantoms = leaving.filter((districtId) => phantoms.includes(districtId));
      if (leavingPhantoms.length) await replaceRows(write, Score, await manager.findBy(Score, { clusterId, year, districtId: In(leavingPhantoms) }), []);
      // Standings rank whoever has scores: a scored district must stay a member.
      const stays = leaving.filter((districtId) => !phantoms.includes(districtId));
      const scored = stays.length ? await manager.findOneBy(Score, { clusterId, year, districtId: In(stays) }) : null;
      if (scored) {
        throw graphError('CONFLICT', `${scored.districtId} has scores in cluster ${clusterId}'s ${year}: it cannot leave the membership`, {
          field: 'members',
        });
      }
      const after: ClusterMembership[] = members.map(({ districtId, role }) => ({ districtId, year, clusterId, role, source: ENTERED }));
      await replaceRows(write, ClusterMembership, before, after);
      return after.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.districtId.localeCompare(b.districtId));
    });
  }
}
