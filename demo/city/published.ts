import type { DatasetName } from '../datasets';
import { RecipientKind } from '../../services/city/entities/award-type';
import { CITY_CHAIR, PRESIDENT, type Issuer } from './issuers';

const { INDIVIDUAL, COLLECTIVE } = RecipientKind;

const SEED_000 = '000_91381798f5ff2055.txt';
const SEED_001 = '001_48fd20e11e7bbade.txt';

type RecipientOfCounted = RecipientKind.INDIVIDUAL | RecipientKind.COLLECTIVE;

/** A district-year whose city-level awards an article reports; they replace the generated ones. */
export interface PublishedCityAwards {
  districtId: string;
  year: number;
  source: string;
  /** Who the article says conferred them: it names no decision. */
  conferredBy: Issuer;
  /** Awards to people the article names: ids of the plan's namedPeople. */
  named: Array<{ personId: string; awardTypeCode: string }>;
  /** Awards the article counts without naming the recipients: the seed picks them from the plan. */
  counted: Array<{ awardTypeCode: string; recipientKind: RecipientOfCounted; count: number; reason: string }>;
}

/** A year of the PAR index whose best and worst scores and city average were published. */
export interface PublishedParYear {
  year: number;
  source: string;
  /** The published best scores; every other district lies strictly below the lowest of them. */
  top: Array<[districtId: string, score: number]>;
  /** The published worst scores; every other district lies strictly above the highest of them. */
  bottom: Array<[districtId: string, score: number]>;
  /** The published city average; the other districts' generated scores are chosen to meet it to the cent. */
  average: number;
}

/** A published rank without its score: the generator's scores are arranged to give it. */
interface PublishedParRank {
  year: number;
  districtId: string;
  rank: number;
  source: string;
}

/**
 * Orders (Huân chương) a cluster's review reports its members' collectives and people received in a
 * year, without naming them: the generator gives each to a collective of a member district.
 */
export interface PublishedOrders {
  cluster: string;
  year: number;
  source: string;
  conferredBy: Issuer;
  /** Award type codes, the highest first; the members take them in the order of their standing that year. */
  awards: string[];
}

export interface PublishedFacts {
  cityAwards: PublishedCityAwards[];
  orders: PublishedOrders[];
  parYears: PublishedParYear[];
  parRanks: PublishedParRank[];
}

const NOT_NAMED = 'Recipient chosen by the data set: seed 001 reports over 50 collectives and people commended by the City chair for 2023, and does not name them.';

export const PUBLISHED: Record<DatasetName, PublishedFacts> = {
  hanoi: {
    // Seed 001: "hơn 50 tập thể, cá nhân được Chủ tịch UBND TP khen thưởng", the CSTD_TP to Đỗ Trọng Nam,
    // and photos of TTLDXS to collectives and BK_TP to units and to people. 51 besides his title; how
    // they split between the forms is not published.
    cityAwards: [
      {
        districtId: 'dong-da',
        year: 2023,
        source: SEED_001,
        conferredBy: CITY_CHAIR,
        named: [{ personId: 'dong-da-do-trong-nam', awardTypeCode: 'CSTD_TP' }],
        counted: [
          { awardTypeCode: 'TTLDXS', recipientKind: COLLECTIVE, count: 10, reason: `Tập thể lao động xuất sắc năm 2023. ${NOT_NAMED}` },
          { awardTypeCode: 'BK_TP', recipientKind: COLLECTIVE, count: 8, reason: `Có thành tích xuất sắc năm 2023. ${NOT_NAMED}` },
          {
            awardTypeCode: 'BK_TP',
            recipientKind: INDIVIDUAL,
            count: 33,
            reason: `Có thành tích xuất sắc trong phong trào thi đua thực hiện nhiệm vụ công tác từ năm 2022 đến năm 2023. ${NOT_NAMED}`,
          },
        ],
      },
    ],
    // Seed 000: "1 Huân chương Độc lập hạng Nhất, 1 Huân chương Lao động hạng Nhất, 3 Huân chương Lao động
    // hạng Nhì, 1 Huân chương Lao động hạng Ba" to the collectives and people of cluster III in 2017.
    orders: [{ cluster: 'III', year: 2017, source: SEED_000, conferredBy: PRESIDENT, awards: ['HCDL_1', 'HCLD_1', 'HCLD_2', 'HCLD_2', 'HCLD_2', 'HCLD_3'] }],
    // The 2023 scores, the tie at 2nd place, Phú Xuyên last and the 94% average are the city's published
    // results as DOMAIN.md ("PAR index") records them; seed 001 reports Đống Đa's ranks.
    parYears: [
      {
        year: 2023,
        source: 'DOMAIN.md',
        top: [
          ['dong-da', 96.3],
          ['nam-tu-liem', 95.7],
          ['hoan-kiem', 95.7],
          ['cau-giay', 95.22],
        ],
        bottom: [['phu-xuyen', 91.61]],
        average: 94.0,
      },
    ],
    // "tăng 16 bậc, vươn lên vị trí thứ 1/30": 1st in 2023, 17th in 2022.
    parRanks: [
      { year: 2023, districtId: 'dong-da', rank: 1, source: SEED_001 },
      { year: 2022, districtId: 'dong-da', rank: 17, source: SEED_001 },
    ],
  },
  // Nothing city-level is published for Cẩm Lệ: its data set holds the catalogue only.
  camle: { cityAwards: [], orders: [], parYears: [], parRanks: [] },
};
