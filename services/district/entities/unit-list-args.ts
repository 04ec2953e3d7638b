import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../core/connections';
import { UnitKind } from './unit';

/** A page of a district's units, and the filter the list takes. */
@ArgsType()
export class UnitListArgs extends PageArgs {
  @Field(() => UnitKind, { nullable: true, description: 'Only units of this kind; all kinds if omitted' })
  kind?: UnitKind | null;
}
