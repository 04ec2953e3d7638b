import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Revocation, revocationOf } from '../../core/revocation';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { AwardDecision } from '../entities/award-decision';
import { AwardType } from '../entities/award-type';
import { District } from '../entities/district';
import { Nomination } from '../entities/nomination';
import { Person } from '../entities/person';
import { Proposal } from '../entities/proposal';
import { visibleProposal } from '../proposal-filter';
import { Unit } from '../entities/unit';

@Resolver(() => Award)
export class AwardResolver {
  @FieldResolver(() => AwardType)
  async awardType(@Root() award: Award, @Ctx() { loaders }: CityContext): Promise<AwardType> {
    // The foreign key guarantees the type exists.
    return (await loaders.awardTypeByCode.load(award.awardTypeCode))!;
  }

  @FieldResolver(() => AwardDecision, { nullable: true, description: 'The decision that conferred it, where it is known' })
  decision(@Root() award: Award, @Ctx() { loaders }: CityContext): Promise<AwardDecision | null> | null {
    return award.decisionId === null ? null : loaders.decisionById.load(award.decisionId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The decision's number (quyết định số), where it is known" })
  async decisionNumber(@Root() award: Award, @Ctx() context: CityContext): Promise<string | null> {
    return (await this.decision(award, context))?.number ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The decision's date (ISO date), where it is known" })
  async decidedOn(@Root() award: Award, @Ctx() context: CityContext): Promise<string | null> {
    return (await this.decision(award, context))?.signedOn ?? null;
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district the recipient is, or belongs to' })
  district(@Root() award: Award): District {
    return { id: award.districtId };
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The collective awarded; null for a person or a district as a whole' })
  unit(@Root() award: Award): Unit | null {
    return award.unitId === null ? null : { id: award.unitId };
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person awarded; null for a collective or a district' })
  person(@Root() award: Award): Person | null {
    return award.personId === null ? null : { id: award.personId };
  }

  @FieldResolver(() => Proposal, { nullable: true, description: "The city's dossier this award answers; null for an award recorded without one" })
  async proposal(@Root() award: Award, @Ctx() { loaders, viewer }: CityContext): Promise<Proposal | null> {
    return award.proposalId === null ? null : visibleProposal(viewer, await loaders.proposalById.load(award.proposalId));
  }

  @FieldResolver(() => Revocation, { nullable: true, description: 'Who revoked it, when, why and by which decision; null unless REVOKED' })
  revocation(@Root() award: Award): Revocation | null {
    return revocationOf(award);
  }

  @FieldResolver(() => Nomination, { nullable: true, description: "The cluster's nomination (honouring vote) this award answers, where one is recorded" })
  nomination(@Root() award: Award): Nomination | null {
    return award.nominationId === null ? null : { id: award.nominationId };
  }
}
