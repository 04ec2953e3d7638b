import { Field, ID, InputType } from 'type-graphql';
import { ClusterRole } from '../entities/cluster-membership';
import { MaxLength, Slug } from '../../core/inputs';

@InputType({ description: "A district's place in the cluster for the year" })
export class MemberInput {
  @Field(() => ID, { description: 'The district, e.g. ba-dinh' })
  @MaxLength(64)
  @Slug()
  districtId!: string;

  @Field(() => ClusterRole, { description: 'HEAD (cụm trưởng, exactly one), DEPUTY (cụm phó, at most one) or MEMBER' })
  role!: ClusterRole;
}
