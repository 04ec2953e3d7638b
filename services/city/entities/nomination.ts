import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The cluster subgraph's nomination (from its honouring vote); an award may answer one. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Nomination {
  @Field(() => ID)
  id!: string;
}
