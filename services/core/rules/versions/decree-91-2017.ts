import type { Condition, RuleVersion } from '../vocabulary';

/*
 * PUBLISHED. Law on Emulation and Commendation 2003, amended 2013, with Decree 91/2017/NĐ-CP, in force
 * 2014-06-01 to 2023-12-31. Never edit a published version (test/unit/rules/versions-frozen.test.ts pins its
 * content): a new legal basis is a new version file. The conditions are written out here, not shared
 * with another version, so that each version reads whole.
 */

const NO_DISCIPLINE: Condition = {
  code: 'NO_DISCIPLINE',
  kind: 'NO_DISCIPLINE',
  vi: 'Không có kỷ luật còn hiệu lực vào bất kỳ ngày nào của năm xét; thành tích chỉ được tính từ sau khi hết thời hạn kỷ luật',
  en: "No discipline in force on any day of the year judged; achievements count only from the end of a discipline's period",
};

const RATED_GOOD: Condition = {
  code: 'RATED_GOOD',
  kind: 'RATING_RUN',
  atLeast: 'GOOD',
  years: 1,
  vi: 'Được xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm xét',
  en: 'Rated GOOD (completes tasks well) or better in the year judged',
};

const RATED_EXCELLENT: Condition = {
  code: 'RATED_EXCELLENT',
  kind: 'RATING_RUN',
  atLeast: 'EXCELLENT',
  years: 1,
  vi: 'Được xếp loại hoàn thành xuất sắc nhiệm vụ (HTXSNV) trong năm xét',
  en: 'Rated EXCELLENT (HTXSNV) in the year judged',
};

const GRASSROOTS_INITIATIVE: Condition = {
  code: 'GRASSROOTS_INITIATIVE',
  kind: 'INITIATIVE',
  atLeast: 'GRASSROOTS',
  count: 1,
  years: 1,
  vi: 'Có ít nhất 1 sáng kiến được công nhận cấp cơ sở trở lên trong năm xét, chưa dùng để xét danh hiệu hoặc hình thức khen thưởng khác',
  en: 'At least 1 initiative recognised at grassroots scope or wider in the year judged, not yet used for another title or form',
};

const LDTT_SAME_YEAR: Condition = {
  code: 'LDTT_SAME_YEAR',
  kind: 'TITLE_RUN',
  award: 'LDTT',
  years: 1,
  vi: 'Đạt danh hiệu Lao động tiên tiến trong năm xét',
  en: 'Holds LDTT (Advanced Laborer) in the year judged',
};

const LDTT_SHARE_70_PERCENT: Condition = {
  code: 'LDTT_SHARE_70_PERCENT',
  kind: 'MEMBER_SHARE',
  award: 'LDTT',
  share: 0.7,
  strict: false,
  vi: 'Có ít nhất 70% thành viên đạt danh hiệu Lao động tiên tiến trong năm xét',
  en: 'At least 70% of the members hold LDTT in the year judged',
};

const SAME_AS_LAW_06 = 'DOMAIN.md gives no different text before 2024: this version states the same rule as Law 06/2022.';

const NO_MEMBER_DISCIPLINED: Condition = {
  code: 'NO_MEMBER_DISCIPLINED',
  kind: 'NO_MEMBER_DISCIPLINED',
  atLeast: 'WARNING',
  vi: 'Không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên còn hiệu lực trong năm xét',
  en: 'No member under a discipline of WARNING or above in force in the year judged',
};

const CLUSTER_LEADER: Condition = {
  code: 'CLUSTER_LEADER',
  kind: 'CLUSTER_RANK',
  atMost: 1,
  vi: 'Dẫn đầu cụm thi đua do Thành phố tổ chức trong năm xét (hạng 1 trong bảng xếp hạng của cụm)',
  en: "Leads its city-organised emulation cluster in the year judged (rank 1 of the cluster's standings)",
};

const GOOD_5_YEARS: Condition = {
  code: 'GOOD_5_YEARS',
  kind: 'RATING_RUN',
  atLeast: 'GOOD',
  years: 5,
  vi: 'Được xếp loại hoàn thành tốt nhiệm vụ trở lên 5 năm liên tục, kết thúc ở năm liền trước năm xét',
  en: 'Rated GOOD or better in 5 consecutive years ending with the year before the year judged',
};

const CSTDCS_3_IN_5_YEARS: Condition = {
  code: 'CSTDCS_3_IN_5_YEARS',
  kind: 'TITLE_COUNT',
  award: 'CSTDCS',
  count: 3,
  years: 5,
  vi: 'Có 3 lần đạt danh hiệu Chiến sĩ thi đua cơ sở trong 5 năm đó',
  en: 'Holds CSTDCS in 3 of those 5 years',
};

const THEMATIC_MOVEMENT_LEADER: Condition = {
  code: 'THEMATIC_MOVEMENT_LEADER',
  kind: 'NOT_RECORDED',
  vi: 'Dẫn đầu phong trào thi đua theo chuyên đề từ 3 năm trở lên: hồ sơ không ghi nhận điều này; nếu xứng đáng, khen thưởng đột xuất và ghi rõ lý do',
  en: 'Leads a thematic emulation movement of 3 years or more: the record does not hold this; if deserved, confer it ad hoc with the reason (adHocReason)',
};

const NOTHING_BEYOND_COUNCIL =
  'DOMAIN.md sets no rule on award history for this award and recipient kind: only the cross-award conditions are checked (for a person, no discipline in force); the council decides the rest.';

export const DECREE_91_2017: RuleVersion = {
  id: 'DECREE_91_2017',
  legalBasis: 'Law on Emulation and Commendation 2003, amended 2013, and Decree 91/2017/NĐ-CP',
  legalBasisVi: 'Luật Thi đua, khen thưởng năm 2003, sửa đổi, bổ sung năm 2013, và Nghị định số 91/2017/NĐ-CP',
  inForceFrom: '2014-06-01',
  inForceTo: '2023-12-31',
  rules: [
    {
      awardType: 'LDTT',
      recipientKinds: ['INDIVIDUAL'],
      conditions: [RATED_GOOD, NO_DISCIPLINE],
      notes: `${SAME_AS_LAW_06} DOMAIN.md gives no LDTT text; reading: rated GOOD (hoàn thành tốt nhiệm vụ) or better that year, and no discipline in force.`,
    },
    {
      awardType: 'CSTDCS',
      recipientKinds: ['INDIVIDUAL'],
      conditions: [
        LDTT_SAME_YEAR,
        GRASSROOTS_INITIATIVE,
        {
          code: 'QUOTA_15_PERCENT',
          kind: 'QUOTA',
          award: 'CSTDCS',
          of: 'LDTT',
          share: 0.15,
          vi: 'Số Chiến sĩ thi đua cơ sở của đơn vị trong năm xét, tính cả người này, không quá 15% số cá nhân đạt Lao động tiên tiến của đơn vị',
          en: "The unit's CSTDCS of the year judged, this person included, are no more than 15% of the unit's LDTT holders",
        },
        NO_DISCIPLINE,
      ],
      notes:
        'Decree 91/2017: LDTT plus an initiative, and at most 15% of the unit\'s LDTT holders (not rounded up: 304 LDTT allow 45). The initiative: recognised in the year judged, of grassroots scope or wider, not used for another award. A rating of EXCELLENT alone does not suffice before 2024.',
    },
    {
      awardType: 'CSTD_TP',
      recipientKinds: ['INDIVIDUAL'],
      periodEnds: 'YEAR_BEFORE',
      conditions: [
        {
          code: 'CSTDCS_3_YEARS',
          kind: 'TITLE_RUN',
          award: 'CSTDCS',
          years: 3,
          vi: 'Đạt danh hiệu Chiến sĩ thi đua cơ sở 3 năm liên tục, kết thúc ở năm liền trước năm xét',
          en: 'Holds CSTDCS in 3 consecutive years ending with the year before the year judged',
        },
        {
          code: 'CITY_INITIATIVE',
          kind: 'INITIATIVE',
          atLeast: 'CITY',
          count: 1,
          years: 3,
          vi: 'Có ít nhất 1 sáng kiến được áp dụng có hiệu quả, phạm vi ảnh hưởng cấp thành phố trở lên, trong 3 năm đó, chưa dùng để xét danh hiệu hoặc hình thức khen thưởng khác',
          en: 'At least 1 initiative applied with effect at city scope or wider in those 3 years, not yet used for another title or form',
        },
        NO_DISCIPLINE,
      ],
      notes:
        'Law 2003/2013 art. 22 also asks an initiative with effect at city (province) scope, as Law 06/2022 does: the same rule. Reading: a city title of a year honours the record completed before it, so the 3 consecutive CSTDCS years are the 3 years before the year judged (as the question "who is eligible next year" reads it), and the initiative falls in those 3 years. Choosing among the eligible (lựa chọn trong số) is the council\'s, outside the record.',
    },
    {
      awardType: 'CSTD_TQ',
      recipientKinds: ['INDIVIDUAL'],
      periodEnds: 'YEAR_BEFORE',
      conditions: [
        {
          code: 'CSTD_TP_TWICE',
          kind: 'TITLE_COUNT',
          award: 'CSTD_TP',
          count: 2,
          years: 6,
          vi: 'Đạt danh hiệu Chiến sĩ thi đua cấp thành phố 2 lần liên tục (2 chu kỳ 3 năm liên tiếp, trong 6 năm liền trước năm xét)',
          en: 'Holds CSTD_TP twice in a row: two consecutive three-year cycles, in the 6 years before the year judged',
        },
        {
          code: 'NATIONAL_INITIATIVE',
          kind: 'INITIATIVE',
          atLeast: 'NATIONAL',
          count: 1,
          years: 6,
          vi: 'Có ít nhất 1 sáng kiến có phạm vi ảnh hưởng toàn quốc trong 6 năm đó, chưa dùng để xét danh hiệu hoặc hình thức khen thưởng khác',
          en: 'At least 1 initiative of national scope in those 6 years, not yet used for another title or form',
        },
        NO_DISCIPLINE,
      ],
      notes:
        'Law 2003/2013 art. 21 also asks an initiative of national scope, as Law 06/2022 does: the same rule. Reading of "2 consecutive CSTD_TP titles": a CSTD_TP rests on a three-year run, so two consecutive titles are two in the 6 years before the year judged; the national initiative falls in those 6 years.',
    },
    {
      awardType: 'TTLDTT',
      recipientKinds: ['COLLECTIVE'],
      conditions: [
        { ...RATED_GOOD, vi: 'Tập thể được xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm xét', en: 'The collective is rated GOOD or better in the year judged' },
        {
          code: 'LDTT_SHARE_OVER_50_PERCENT',
          kind: 'MEMBER_SHARE',
          award: 'LDTT',
          share: 0.5,
          strict: true,
          vi: 'Có trên 50% thành viên đạt danh hiệu Lao động tiên tiến trong năm xét',
          en: 'More than 50% of the members hold LDTT in the year judged',
        },
        NO_MEMBER_DISCIPLINED,
      ],
      notes:
        'Decree 91/2017: more than 50% (strictly: 500 of 1000 fails, 501 passes). Reading of "completes tasks well": the collective rated GOOD or better. "No member disciplined" reads: no discipline of WARNING or above in force on any day of the year judged.',
    },
    {
      awardType: 'TTLDXS',
      recipientKinds: ['COLLECTIVE'],
      conditions: [
        { ...RATED_EXCELLENT, vi: 'Tập thể được xếp loại hoàn thành xuất sắc nhiệm vụ trong năm xét', en: 'The collective is rated EXCELLENT in the year judged' },
        {
          code: 'MEMBERS_COMPLETED',
          kind: 'MEMBERS_RATED',
          atLeast: 'COMPLETED',
          vi: 'Mọi thành viên được xếp loại hoàn thành nhiệm vụ trở lên trong năm xét',
          en: 'Every member is rated COMPLETED or better in the year judged',
        },
        LDTT_SHARE_70_PERCENT,
        {
          code: 'MEMBER_CSTDCS',
          kind: 'MEMBER_HOLDS',
          award: 'CSTDCS',
          count: 1,
          vi: 'Có ít nhất 1 thành viên đạt danh hiệu Chiến sĩ thi đua cơ sở trong năm xét',
          en: 'At least 1 member holds CSTDCS in the year judged',
        },
        NO_MEMBER_DISCIPLINED,
      ],
      notes: 'DOMAIN.md: the same conditions stood before 2024. A member without a rating for the year does not complete their tasks on the record.',
    },
    {
      awardType: 'CO_TP',
      recipientKinds: ['DISTRICT'],
      conditions: [
        CLUSTER_LEADER,
        {
          code: 'TARGETS_EXCEEDED',
          kind: 'TARGETS_EXCEEDED',
          vi: 'Hoàn thành vượt mức chỉ tiêu của năm xét: mọi chỉ tiêu có kế hoạch và kết quả đều đạt, ít nhất một chỉ tiêu vượt (chỉ tiêu càng thấp càng tốt tính ngược lại)',
          en: "Exceeded the year's targets: every target with a plan and a result is met and at least one is exceeded (a lower-is-better target the other way round)",
        },
      ],
      notes: `${SAME_AS_LAW_06} Reading of "exceeded its targets": every target of the year with both a plan and a result met, at least one exceeded. One flag a cluster a year follows from rank 1.`,
    },
    {
      awardType: 'CO_TP',
      recipientKinds: ['COLLECTIVE'],
      conditions: [THEMATIC_MOVEMENT_LEADER],
      notes: `${SAME_AS_LAW_06} A collective earns CO_TP by leading a thematic movement of 3 years or more, which the record does not hold: such a flag is conferred ad hoc, with the reason.`,
    },
    {
      awardType: 'CO_CP',
      recipientKinds: ['DISTRICT'],
      conditions: [
        CLUSTER_LEADER,
        {
          code: 'HOLDS_CO_TP',
          kind: 'HOLDS_BEFORE',
          award: 'CO_TP',
          years: 0,
          vi: 'Đã được tặng Cờ thi đua của UBND Thành phố trong năm xét hoặc trước đó',
          en: 'Holds the City Emulation Flag (CO_TP) of the year judged or of an earlier year',
        },
      ],
      notes: `${SAME_AS_LAW_06} Reading of "chosen among the cluster leaders that already hold CO_TP": rank 1 that year, and a CO_TP of that year or before.`,
    },
    {
      awardType: 'CO_CP',
      recipientKinds: ['COLLECTIVE'],
      conditions: [
        {
          code: 'MOVEMENT_LEADER_WITH_CO_TP',
          kind: 'NOT_RECORDED',
          vi: 'Tập thể dẫn đầu phong trào thi đua ngoài các cụm của Thành phố và đã được tặng Cờ thi đua của UBND Thành phố: hồ sơ không ghi nhận việc dẫn đầu; nếu xứng đáng, khen thưởng đột xuất và ghi rõ lý do',
          en: "A collective leading an emulation movement outside the city's clusters and holding CO_TP: the record does not hold the leadership; if deserved, confer it ad hoc with the reason (adHocReason)",
        },
      ],
      notes: `${SAME_AS_LAW_06} Only districts are ranked in the city's clusters; a collective's CO_CP rests on facts the record does not hold.`,
    },
    {
      awardType: 'BK_TP',
      recipientKinds: ['INDIVIDUAL'],
      periodEnds: 'YEAR_BEFORE',
      conditions: [
        {
          code: 'CSTDCS_OR_EXCELLENT_WITH_INITIATIVES',
          kind: 'ANY_OF',
          of: [
            {
              code: 'CSTDCS_2_YEARS',
              kind: 'TITLE_RUN',
              award: 'CSTDCS',
              years: 2,
              vi: 'Đạt danh hiệu Chiến sĩ thi đua cơ sở 2 năm liên tục, kết thúc ở năm liền trước năm xét',
              en: 'Holds CSTDCS in 2 consecutive years ending with the year before the year judged',
            },
            {
              code: 'EXCELLENT_2_YEARS_WITH_2_INITIATIVES',
              kind: 'ALL_OF',
              of: [
                {
                  code: 'EXCELLENT_2_YEARS',
                  kind: 'RATING_RUN',
                  atLeast: 'EXCELLENT',
                  years: 2,
                  vi: 'Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục, kết thúc ở năm liền trước năm xét',
                  en: 'Rated EXCELLENT in 2 consecutive years ending with the year before the year judged',
                },
                {
                  code: 'TWO_INITIATIVES',
                  kind: 'INITIATIVE',
                  atLeast: 'GRASSROOTS',
                  count: 2,
                  years: 2,
                  vi: 'Có 2 sáng kiến được công nhận cấp cơ sở trở lên trong 2 năm đó, chưa dùng để xét danh hiệu hoặc hình thức khen thưởng khác',
                  en: 'Two initiatives recognised at grassroots scope or wider in those 2 years, not yet used for another title or form',
                },
              ],
              vi: 'Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục và có 2 sáng kiến trong thời gian đó',
              en: 'Rated EXCELLENT in 2 consecutive years with 2 initiatives in that period',
            },
          ],
          vi: 'Hai năm liên tục đạt Chiến sĩ thi đua cơ sở, hoặc hai năm liên tục hoàn thành xuất sắc nhiệm vụ kèm 2 sáng kiến',
          en: '2 consecutive CSTDCS years, or 2 consecutive EXCELLENT years with 2 initiatives',
        },
        NO_DISCIPLINE,
      ],
      notes: `${SAME_AS_LAW_06} Reading: a city certificate of a year honours the record completed before it; "2 consecutive years" are the 2 years before the year judged (a longer run includes them); the 2 initiatives fall in those 2 years.`,
    },
    { awardType: 'BK_TP', recipientKinds: ['COLLECTIVE', 'DISTRICT'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    {
      awardType: 'BK_TTG',
      recipientKinds: ['INDIVIDUAL'],
      periodEnds: 'YEAR_BEFORE',
      conditions: [
        {
          code: 'HOLDS_BK_TP_BEFORE',
          kind: 'HOLDS_BEFORE',
          award: 'BK_TP',
          years: 5,
          vi: 'Đã được tặng Bằng khen của UBND Thành phố trước 5 năm liền trước năm xét',
          en: 'Holds BK_TP from a year before the 5-year period',
        },
        GOOD_5_YEARS,
        CSTDCS_3_IN_5_YEARS,
        NO_DISCIPLINE,
      ],
      notes: `${SAME_AS_LAW_06} Reading of "holds BK_TP, then 5 consecutive years": the BK_TP year precedes the 5 years before the year judged, which the record must fill.`,
    },
    { awardType: 'BK_TTG', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    {
      awardType: 'HCLD_3',
      recipientKinds: ['INDIVIDUAL'],
      periodEnds: 'YEAR_BEFORE',
      conditions: [
        {
          code: 'HOLDS_BK_TTG_BEFORE',
          kind: 'HOLDS_BEFORE',
          award: 'BK_TTG',
          years: 5,
          vi: 'Đã được tặng Bằng khen của Thủ tướng Chính phủ trước 5 năm liền trước năm xét',
          en: "Holds the Prime Minister's Certificate of Merit (BK_TTG) from a year before the 5-year period",
        },
        GOOD_5_YEARS,
        {
          code: 'EXCELLENT_IN_5_YEARS',
          kind: 'RATING_COUNT',
          atLeast: 'EXCELLENT',
          count: 1,
          years: 5,
          vi: 'Có ít nhất 1 năm hoàn thành xuất sắc nhiệm vụ trong 5 năm đó',
          en: 'Rated EXCELLENT in at least 1 of those 5 years',
        },
        CSTDCS_3_IN_5_YEARS,
        NO_DISCIPLINE,
      ],
      notes: `${SAME_AS_LAW_06} Reading of "holds BK_TTG, then 5 consecutive years": the BK_TTG year precedes the 5 years before the year judged, which the record must fill.`,
    },
    { awardType: 'HCLD_3', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'GK', recipientKinds: ['INDIVIDUAL'], conditions: [NO_DISCIPLINE], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'GK', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'HCLD_1', recipientKinds: ['INDIVIDUAL'], conditions: [NO_DISCIPLINE], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'HCLD_1', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'HCLD_2', recipientKinds: ['INDIVIDUAL'], conditions: [NO_DISCIPLINE], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'HCLD_2', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'HCDL_1', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'HCDL_2', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
    { awardType: 'HCDL_3', recipientKinds: ['COLLECTIVE'], conditions: [], notes: NOTHING_BEYOND_COUNCIL },
  ],
};
