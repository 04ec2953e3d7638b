import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterContext } from '../context';
import { Conference } from '../entities/conference';
import { ConferenceFigure } from '../entities/conference-figure';
import { District } from '../entities/district';

@Resolver(() => Conference)
export class ConferenceResolver {
  @FieldResolver(() => District, { nullable: true, description: 'The district that hosted it, where that is known' })
  host(@Root() conference: Conference): District | null {
    return conference.hostDistrictId ? { id: conference.hostDistrictId } : null;
  }

  @FieldResolver(() => [ConferenceFigure], { description: 'The numbers it reported, in the order of the report' })
  async figures(@Root() conference: Conference, @Ctx() { loaders }: ClusterContext): Promise<ConferenceFigure[]> {
    const figures = await loaders.figuresOfConference.load(conference.id);
    return [...figures].sort((a, b) => a.number - b.number);
  }
}
