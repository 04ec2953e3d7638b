import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The district subgraph's person; this subgraph only adds their awards. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}
