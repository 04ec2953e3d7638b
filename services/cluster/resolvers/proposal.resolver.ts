import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import { required } from '../../core/requires';
import type { ClusterContext } from '../context';
import { ClusterStanding } from '../entities/cluster-standing';
import { Proposal } from '../entities/proposal';
import { standingOfDistrict } from './cluster-standing.resolver';

@Resolver(() => Proposal)
export class ProposalStandingResolver {
  @Directive('@requires(fields: "year district { id }")')
  @FieldResolver(() => ClusterStanding, {
    nullable: true,
    description: "The recipient district's standing in its cluster in the dossier's year; null if the district was in no cluster that year or was not scored",
  })
  standing(@Root() proposal: Proposal, @Ctx() { loaders }: ClusterContext): Promise<ClusterStanding | null> | null {
    const year = required(proposal.year, 'year');
    const district = required(proposal.district, 'district');
    // The city could not answer the dossier's district: that field carries the error, this one is null.
    if (!district) return null;
    assertYear(year, 'representations');
    return standingOfDistrict(loaders, required(district.id, 'district { id }'), year);
  }
}
