import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertIsoDate, graphError } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import type { ClusterContext } from '../context';
import { Conference } from '../entities/conference';
import { ConferenceFigure } from '../entities/conference-figure';
import { RecordConferenceInput } from '../inputs/record-conference.input';
import { clusterWrite, replaceRows } from '../writes';
import { assertDistrictsKnown } from '../district-references';

@Resolver()
export class ConferenceMutationsResolver {
  @Mutation(() => Conference, { description: "Records a conference the cluster held, with the figures it reported; one a cluster a day. The cluster's CLUSTER_ADMIN only" })
  async recordConference(
    @Arg('input', () => RecordConferenceInput, { description: 'The cluster, the day, the kind, the summary, the host and the figures' })
    input: RecordConferenceInput,
    @Ctx() context: ClusterContext,
  ): Promise<Conference> {
    const { clusterId, heldOn, kind, summary, hostDistrictId, figures } = input;
    assertIsoDate(heldOn, 'heldOn');
    await assertDistrictsKnown(context, clusterId, hostDistrictId ? [{ districtId: hostDistrictId, field: 'hostDistrictId' }] : []);
    return clusterWrite(context, 'recordConference', clusterId, async (write) => {
      const id = `${clusterId}-${heldOn}`;
      if (await write.manager.existsBy(Conference, { id })) {
        throw graphError('CONFLICT', `cluster ${clusterId} has a conference on ${heldOn} already`, { field: 'heldOn' });
      }
      const conference: Conference = { id, clusterId, heldOn, kind, summary, hostDistrictId: hostDistrictId ?? null, source: ENTERED };
      await replaceRows(write, Conference, [], [conference]);
      await replaceRows(
        write,
        ConferenceFigure,
        [],
        (figures ?? []).map(({ name, value, unitOfMeasure }, index): ConferenceFigure => ({ conferenceId: id, number: index + 1, name, value, unitOfMeasure, source: ENTERED })),
      );
      return conference;
    });
  }
}
