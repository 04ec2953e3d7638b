import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The district subgraph's unit (ward, department, school…); this subgraph only adds its awards. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Unit {
  @Field(() => ID)
  id!: string;
}
