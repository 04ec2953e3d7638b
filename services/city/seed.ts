import type { EntityManager } from 'typeorm';
import type { SeedOptions } from '../core/seed';
import { Award } from './entities/award';
import { AwardLevel, AwardType, RecipientKind } from './entities/award-type';

const { DISTRICT, CITY, NATIONAL } = AwardLevel;
const { INDIVIDUAL, COLLECTIVE } = RecipientKind;
const WHOLE_DISTRICT = RecipientKind.DISTRICT;

type Entry = [code: string, name: string, nameEn: string, level: AwardLevel, recipients: RecipientKind[], cash?: number];

const ORDER_CLASSES: Array<[suffix: string, vi: string, en: string]> = [
  ['1', 'Nhất', '1st'],
  ['2', 'Nhì', '2nd'],
  ['3', 'Ba', '3rd'],
];

/**
 * The catalogue of the Law on Emulation and Commendation 06/2022/QH15 (in force 2024-01-01), with
 * the cash reward as a multiple of the base salary where the law sets one. HTXSNV is a yearly
 * rating, not an award, and lives with the district's ratings.
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

// The seed articles' awards whose recipient they name; neither decision number nor date is published.
const NAMED_AWARDS: Array<Pick<Award, 'year' | 'awardTypeCode' | 'recipientKind' | 'recipientName' | 'districtId' | 'source'>> = [
  {
    year: 2023,
    awardTypeCode: 'CSTD_TP',
    recipientKind: INDIVIDUAL,
    recipientName: 'Đỗ Trọng Nam, Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa',
    districtId: 'dong-da',
    source: '001_48fd20e11e7bbade.txt',
  },
];

/** The demo data set: the award catalogue and the awards of the seed articles. */
export async function seedAwards(manager: EntityManager, _options: SeedOptions): Promise<void> {
  await manager.save(
    CATALOGUE.map(([code, name, nameEn, level, recipientKinds, cashMultiple]) =>
      manager.create(AwardType, { code, name, nameEn, level, recipientKinds, cashMultiple: cashMultiple ?? null }),
    ),
  );
  await manager.save(NAMED_AWARDS.map((award) => manager.create(Award, { ...award, decisionNumber: null, decidedOn: null })));
}
