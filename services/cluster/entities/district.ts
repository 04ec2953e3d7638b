import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The district subgraph's entity; this subgraph only adds its cluster membership and standing to it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class District {
  @Field(() => ID)
  id!: string;
}
