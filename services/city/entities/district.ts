import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The district subgraph's entity; this subgraph only adds the city's awards to it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class District {
  @Field(() => ID)
  id!: string;
}
