import { ArgsType, Field, Int } from 'type-graphql';

/** The years of the city ranking's history. */
@ArgsType()
export class RankingHistoryArgs {
  @Field(() => Int, { nullable: true, description: 'The first year; the first ranked year if omitted' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'The last year; the last ranked year if omitted' })
  toYear?: number | null;
}
