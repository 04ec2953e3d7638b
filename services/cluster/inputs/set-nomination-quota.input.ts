import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { QuotaLineInput } from './quota-line.input';
import { MaxLength } from '../../core/inputs';

@InputType({ description: "A cluster's nomination quota; it replaces the cluster's quota (or the default) for the years it finalizes" })
export class SetNominationQuotaInput {
  @Field(() => ID, { description: 'The cluster, e.g. III' })
  @MaxLength(16)
  clusterId!: string;

  @Field(() => [QuotaLineInput], { description: 'Each award type once; a type left out is not proposed' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested()
  quota!: QuotaLineInput[];
}
