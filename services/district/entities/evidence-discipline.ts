import { Field, ObjectType } from 'type-graphql';
import { DisciplineLevel } from './discipline';

@ObjectType({ description: 'A disciplinary measure a condition rests on (personal data: withheld from who may not read it)' })
export class EvidenceDiscipline {
  @Field(() => DisciplineLevel)
  level!: DisciplineLevel;

  @Field(() => String, { description: 'The first day the measure is in force (ISO date)' })
  from!: string;

  @Field(() => String, { description: 'The last day the measure is in force (ISO date)' })
  to!: string;
}
