import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The city subgraph's catalogue entry; a nomination names one by its code only. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType()
export class AwardType {
  @Field(() => ID)
  code!: string;
}
