import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalAwardRecord } from './local-award-record';

/** The district subgraph's person; this subgraph adds their awards and award history. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  // Only in the representations the gateway sends for awardHistory's @requires.
  @Directive('@external')
  @Field(() => [LocalAwardRecord], { description: 'The awards the district conferred on the person, from the district subgraph' })
  localAwardRecords?: LocalAwardRecord[];
}
