import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalAwardRecord } from './local-award-record';

/** The district subgraph's unit (ward, department, school…); this subgraph adds its awards and award history. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Unit {
  @Field(() => ID)
  id!: string;

  // Only in the representations the gateway sends for awardHistory's @requires.
  @Directive('@external')
  @Field(() => [LocalAwardRecord], { description: 'The awards the district conferred on the unit, from the district subgraph' })
  localAwardRecords?: LocalAwardRecord[];
}
