import { Field, Int, ObjectType } from 'type-graphql';
import { InitiativeScope } from './initiative';

@ObjectType({ description: 'An initiative (sáng kiến) a condition rests on' })
export class EvidenceInitiative {
  @Field(() => String, { description: "The initiative's id in the district subgraph" })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'The year the initiative counts for' })
  year!: number;

  @Field(() => InitiativeScope)
  scope!: InitiativeScope;

  @Field(() => String, { nullable: true, description: 'The award type it was already used for; an initiative counts once' })
  usedFor!: string | null;
}
