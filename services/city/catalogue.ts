import { AwardLevel, RecipientKind, type AwardType } from './entities/award-type';

const { DISTRICT, CITY, NATIONAL } = AwardLevel;
const { INDIVIDUAL, COLLECTIVE } = RecipientKind;
const WHOLE_DISTRICT = RecipientKind.DISTRICT;

/** The catalogue's source: the law, not an article. */
const LAW = '06/2022/QH15';

type Entry = [code: string, name: string, nameEn: string, level: AwardLevel, recipients: RecipientKind[], cash?: number];

const ORDER_CLASSES: Array<[suffix: string, vi: string, en: string]> = [
  ['1', 'Nhất', '1st'],
  ['2', 'Nhì', '2nd'],
  ['3', 'Ba', '3rd'],
];

/**
 * The catalogue of the Law on Emulation and Commendation 06/2022/QH15 (in force 2024-01-01), with
 * the cash reward as a multiple of the base salary where the law sets one. HTXSNV is a yearly
 * rating, not an award, and lives with the district's ratings. Reference data: a migration
 * (1733000000002-award-catalogue.ts) loads it into every deployment, whatever data it holds.
 */
const CATALOGUE: Entry[] = [
  ['LDTT', 'Lao động tiên tiến', 'Advanced Laborer', DISTRICT, [INDIVIDUAL], 0.3],
  ['CSTDCS', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Soldier', DISTRICT, [INDIVIDUAL], 1.0],
  ['TTLDTT', 'Tập thể lao động tiên tiến', 'Advanced Labor Collective', DISTRICT, [COLLECTIVE], 0.8],
  ['GK', 'Giấy khen', 'Certificate of Merit (district)', DISTRICT, [INDIVIDUAL, COLLECTIVE]],
  ['CSTD_TP', 'Chiến sĩ thi đua cấp Thành phố', 'City Emulation Soldier', CITY, [INDIVIDUAL], 3.0],
  ['TTLDXS', 'Tập thể lao động xuất sắc', 'Excellent Labor Collective', CITY, [COLLECTIVE], 1.5],
  ['CO_TP', 'Cờ thi đua (xuất sắc) của UBND Thành phố', 'City Emulation Flag', CITY, [COLLECTIVE, WHOLE_DISTRICT], 8],
  ['BK_TP', 'Bằng khen của UBND Thành phố', 'City Certificate of Merit', CITY, [INDIVIDUAL, COLLECTIVE, WHOLE_DISTRICT]],
  ['CSTD_TQ', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Soldier', NATIONAL, [INDIVIDUAL], 4.5],
  ['CO_CP', 'Cờ thi đua của Chính phủ', 'Government Emulation Flag', NATIONAL, [COLLECTIVE, WHOLE_DISTRICT], 12],
  ['BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', "Prime Minister's Certificate of Merit", NATIONAL, [INDIVIDUAL, COLLECTIVE]],
  ...ORDER_CLASSES.map(([n, vi, en]): Entry => [
    `HCLD_${n}`,
    `Huân chương Lao động hạng ${vi}`,
    `Labor Order, ${en} class`,
    NATIONAL,
    [INDIVIDUAL, COLLECTIVE],
  ]),
  ...ORDER_CLASSES.map(([n, vi, en]): Entry => [`HCDL_${n}`, `Huân chương Độc lập hạng ${vi}`, `Independence Order, ${en} class`, NATIONAL, [COLLECTIVE]]),
];

export function catalogueRows(): AwardType[] {
  return CATALOGUE.map(([code, name, nameEn, level, recipientKinds, cashMultiple]) => ({
    code,
    name,
    nameEn,
    level,
    recipientKinds,
    cashMultiple: cashMultiple ?? null,
    source: LAW,
  }));
}
