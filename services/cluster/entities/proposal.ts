import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { District } from './district';

/** The city subgraph's commendation dossier; this subgraph only adds its recipient district's standing to it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Proposal {
  @Field(() => ID)
  id!: string;

  // Only in the representations the gateway sends for standing's @requires.
  @Directive('@external')
  @Field(() => Int, { description: 'The year the achievement was in' })
  year?: number;

  // Only in the representations the gateway sends for standing's @requires; null where the city could not answer it.
  @Directive('@external')
  @Field(() => District, { nullable: true })
  district?: District | null;
}
