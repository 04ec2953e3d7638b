import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The cluster subgraph's nomination (from its honouring vote); the city adds the dossier it became and the award that answered it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Nomination {
  @Field(() => ID)
  id!: string;
}
