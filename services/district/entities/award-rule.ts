import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The city subgraph's rule of an award type under one legal basis (services/core/rules); the
 * district names the one it applied by id only: `<versionId>:<awardType>:<recipientKind>`.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class AwardRule {
  @Field(() => ID)
  id!: string;
}

/** The id of the city's AwardRule entity for a version, award type and recipient kind, e.g. LAW_06_2022:CSTD_TP:INDIVIDUAL. */
export const awardRuleId = (versionId: string, awardType: string, recipientKind: string): string => `${versionId}:${awardType}:${recipientKind}`;
