import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The cluster subgraph's entity: a dossier names the cluster that proposed it, and the cluster resolves it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Cluster {
  @Field(() => ID)
  id!: string;
}
