import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '../../core/connections';
import { AwardLevel } from './award-type';
import { ProposalStatus, ProposingLevel } from './proposal';

/** The filters of the city's list of every dossier; each omitted one does not narrow it. */
@ArgsType()
export class ProposalListArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only dossiers for achievements of this year' })
  year?: number | null;

  @Field(() => ProposalStatus, { nullable: true, description: 'Only dossiers in this state' })
  status?: ProposalStatus | null;

  @Field(() => String, { nullable: true, description: 'Only dossiers proposing this award type (its code)' })
  awardType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only dossiers for this district, or for the collectives and people in it' })
  district?: string | null;

  @Field(() => ProposingLevel, { nullable: true, description: 'Only dossiers a district proposed, or only those a cluster did' })
  level?: ProposingLevel | null;

  @Field(() => AwardLevel, { nullable: true, description: 'Only dossiers proposing an award of this level (CITY or NATIONAL)' })
  awardLevel?: AwardLevel | null;
}
