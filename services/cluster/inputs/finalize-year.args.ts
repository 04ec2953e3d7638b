import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MaxLength } from '../../core/inputs';

@ArgsType()
export class FinalizeYearArgs {
  @Field(() => ID, { description: 'The cluster, e.g. III' })
  @MaxLength(16)
  clusterId!: string;

  @Field(() => Int, { description: 'The year to close' })
  year!: number;
}
