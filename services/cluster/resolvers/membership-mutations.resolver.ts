import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { In, Not } from 'typeorm';
import { assertYear, graphError } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import type { ClusterContext } from '../context';
import { ClusterMembership, ClusterRole } from '../entities/cluster-membership';
import { Score } from '../entities/score';
import { SetMembershipInput } from '../inputs/set-membership.input';
import { assertDistinct, assertYearOpen, clusterWrite, replaceRows } from '../writes';

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

@Resolver()
export class MembershipMutationsResolver {
  @Mutation(() => [ClusterMembership], {
    description: "Replaces a cluster's membership for a year (head first, then the deputy); a district belongs to one cluster a year. The cluster's CLUSTER_ADMIN only",
  })
  setMembership(
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
      // Standings rank whoever has scores: a scored district must stay a member.
      const scored = leaving.length ? await manager.findOneBy(Score, { clusterId, year, districtId: In(leaving) }) : null;
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
