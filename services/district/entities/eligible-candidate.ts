import { Field, ObjectType } from 'type-graphql';
import { Eligibility } from './eligibility';

/** A recipient who meets the rule, with the verdict that says so. */
@ObjectType({ description: 'A person, unit or district that meets the rule of an award type for a year, with its evidence' })
export class EligibleCandidate {
  @Field(() => String, { description: 'INDIVIDUAL, COLLECTIVE or DISTRICT' })
  recipientKind!: string;

  // The person, unit and district are served by EligibleCandidateResolver, through the request's loaders.
  personId!: string | null;
  unitId!: string | null;
  districtId!: string;

  @Field(() => Eligibility)
  eligibility!: Eligibility;
}
