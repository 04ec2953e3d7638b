import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { Nomination } from '../entities/nomination';
import { Proposal } from '../entities/proposal';
import { visibleProposal } from '../proposal-filter';

@Resolver(() => Nomination)
export class NominationResolver {
  @FieldResolver(() => Proposal, {
    nullable: true,
    description: "The city's dossier the nomination became: where it stands is the dossier's status; null before the cluster filed it (or while a draft the caller may not see)",
  })
  async proposal(@Root() nomination: Nomination, @Ctx() { loaders, viewer }: CityContext): Promise<Proposal | null> {
    return visibleProposal(viewer, await loaders.proposalByNomination.load(nomination.id));
  }

  @FieldResolver(() => Award, { nullable: true, description: 'The award that answered it: the one in force, else the latest revoked; null if none was conferred' })
  async award(@Root() nomination: Nomination, @Ctx() { loaders }: CityContext): Promise<Award | null> {
    const answers = await loaders.awardsOfNomination.load(nomination.id);
    const latest = answers.reduce<Award | null>((found, award) => (found === null || award.id > found.id ? award : found), null);
    return answers.find((award) => award.inForce !== null) ?? latest;
  }
}

/** The city keeps no nomination rows: a nomination is its key, and the city adds its dossier and award. */
export function resolveNominationReference(reference: { id: string }): Nomination {
  return { id: reference.id };
}
