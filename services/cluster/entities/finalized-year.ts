import { Field, Int, ObjectType } from 'type-graphql';
import { ClusterStanding } from './cluster-standing';
import { Nomination } from './nomination';

/** What finalizing a cluster-year produced: the locked standings and the vote's nominations. */
@ObjectType({ description: 'A finalized cluster-year: its scores locked, its standings and the nominations its quota proposed' })
export class FinalizedYear {
  @Field(() => Int, { description: 'The year finalized' })
  year!: number;

  @Field(() => String, { description: 'When the year was finalized (ISO date and time, UTC)' })
  finalizedAt!: string;

  @Field(() => [ClusterStanding], { description: 'The standings the locked scores give, by rank' })
  standings!: ClusterStanding[];

  @Field(() => [Nomination], { description: 'The nominations the vote proposed: the quota, highest award first, down the standings one award per district' })
  nominations!: Nomination[];

  clusterId!: string;
}
