import { registerEnumType } from 'type-graphql';

export enum AwardGrouping {
  DISTRICT = 'DISTRICT',
  AWARD_TYPE = 'AWARD_TYPE',
  LEVEL = 'LEVEL',
}
registerEnumType(AwardGrouping, {
  name: 'AwardGrouping',
  description: 'How awardStatistics groups its counts',
  valuesConfig: {
    DISTRICT: { description: 'By the district the recipient is, or belongs to' },
    AWARD_TYPE: { description: 'By award type' },
    LEVEL: { description: "By the award type's level" },
  },
});
