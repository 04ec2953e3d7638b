import type { EntityManager } from 'typeorm';
import {
  datasetPlan,
  plannedPeople,
  plannedUnits,
  type DatasetName,
  type DatasetPlan,
  type PlannedDistrict,
  type PlannedPerson,
  type PlannedUnit,
} from '../core/datasets';
import { insertInBatches, Random, SYNTHETIC, type SeedOptions } from '../core/seed';
import { Award } from './entities/award';
import { AwardDecision } from './entities/award-decision';
import { AwardLevel, AwardType, RecipientKind } from './entities/award-type';
import { ParIndex } from './entities/par-index';

const { DISTRICT, CITY, NATIONAL } = AwardLevel;
const { INDIVIDUAL, COLLECTIVE } = RecipientKind;
const WHOLE_DISTRICT = RecipientKind.DISTRICT;

/** The catalogue's source: the law, not an article. */
const LAW = '06/2022/QH15';
const SEED_001 = '001_48fd20e11e7bbade.txt';

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Published facts, per data set
// ---------------------------------------------------------------------------------------------

type RecipientOfCounted = RecipientKind.INDIVIDUAL | RecipientKind.COLLECTIVE;

/** A district-year whose city-level awards an article reports; they replace the generated ones. */
interface PublishedCityAwards {
  districtId: string;
  year: number;
  source: string;
  /** Awards to people the article names: ids of the plan's namedPeople. */
  named: Array<{ personId: string; awardTypeCode: string }>;
  /** Awards the article counts without naming the recipients: the seed picks them from the plan. */
  counted: Array<{ awardTypeCode: string; recipientKind: RecipientOfCounted; count: number; reason: string }>;
}

/** A year of the PAR index whose best and worst scores and city average were published. */
interface PublishedParYear {
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

interface PublishedFacts {
  cityAwards: PublishedCityAwards[];
  parYears: PublishedParYear[];
  parRanks: PublishedParRank[];
}

const NOT_NAMED = 'Recipient chosen by the data set: seed 001 reports over 50 collectives and people commended by the City chair for 2023, and does not name them.';

const PUBLISHED: Record<DatasetName, PublishedFacts> = {
  hanoi: {
    // Seed 001: "hơn 50 tập thể, cá nhân được Chủ tịch UBND TP khen thưởng", the CSTD_TP to Đỗ Trọng Nam,
    // and photos of TTLDXS to collectives and BK_TP to units and to people. 51 besides his title; how
    // they split between the forms is not published.
    cityAwards: [
      {
        districtId: 'dong-da',
        year: 2023,
        source: SEED_001,
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
    // Seed 001 puts Đống Đa 1st of 30 in 2023; the scores, the tie at 2nd place, Phú Xuyên last and the
    // 94% average are the city's published 2023 results (DOMAIN.md, "PAR index"), filed under seed 001.
    parYears: [
      {
        year: 2023,
        source: SEED_001,
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
    // "tăng 16 bậc, vươn lên vị trí thứ 1/30": 17th in 2022.
    parRanks: [{ year: 2022, districtId: 'dong-da', rank: 17, source: SEED_001 }],
  },
  // Nothing city-level is published for Cẩm Lệ: its data set holds the catalogue only.
  camle: { cityAwards: [], parYears: [], parRanks: [] },
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function validIn(district: PlannedDistrict, year: number): boolean {
  return district.validFrom <= `${year}-12-31` && (district.validTo === null || district.validTo >= `${year}-01-01`);
}

/** The sum of `scale` draws: what hangs off units and people grows with them. */
function scaled(random: Random, scale: number, draw: (random: Random) => number): number {
  let total = 0;
  for (let i = 0; i < scale; i++) total += draw(random);
  return total;
}

function isoDate(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
}

const DISTRICT_WORD: Record<PlannedDistrict['kind'], string> = { URBAN_DISTRICT: 'Quận', RURAL_DISTRICT: 'Huyện', TOWN: 'Thị xã' };

/** A district as a decision names it when the district itself is honoured. */
function districtRecipientName(district: PlannedDistrict): string {
  return `${DISTRICT_WORD[district.kind]} ${district.name}`;
}

// Signers are generated names: the data set must not put real officials' names on invented decisions.
const SIGNER_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đặng', 'Bùi', 'Ngô'];
const SIGNER_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Thị', 'Mạnh', 'Hồng', 'Xuân'];
const SIGNER_GIVEN = ['Bình', 'Cường', 'Dũng', 'Hải', 'Hòa', 'Khang', 'Lâm', 'Phúc', 'Quang', 'Thành', 'Tùng', 'Vinh'];

interface Issuer {
  key: string;
  /** Written after the number: 1234/QĐ-UBND. */
  suffix: string;
  authority: (plan: DatasetPlan) => string;
  signerTitle: string;
  /** Days of the following year in which the year's decisions are signed, and decisions a day. */
  firstDay: number;
  lastDay: number;
  perDay: number;
}

const CITY_CHAIR: Issuer = {
  key: 'city',
  suffix: 'QĐ-UBND',
  authority: (plan) => `Chủ tịch UBND thành phố ${plan.city}`,
  signerTitle: 'KT. Chủ tịch – Phó Chủ tịch',
  firstDay: 5,
  lastDay: 75,
  perDay: 20,
};
const PRIME_MINISTER: Issuer = {
  key: 'pm',
  suffix: 'QĐ-TTg',
  authority: () => 'Thủ tướng Chính phủ',
  signerTitle: 'KT. Thủ tướng – Phó Thủ tướng',
  firstDay: 100,
  lastDay: 240,
  perDay: 6,
};
const PRESIDENT: Issuer = {
  key: 'president',
  suffix: 'QĐ-CTN',
  authority: () => 'Chủ tịch nước',
  signerTitle: 'Chủ tịch nước',
  firstDay: 150,
  lastDay: 300,
  perDay: 5,
};

type DraftAward = Omit<Award, 'id' | 'awardType' | 'decision' | 'decisionId'> & { decisionKey: string | null };

interface DraftDecision {
  key: string;
  issuer: Issuer;
  /** The year of the achievements it honours; it is signed the year after. */
  year: number;
}

interface Roster {
  units: PlannedUnit[];
  people: PlannedPerson[];
  unitName: Map<string, string>;
}

const REASONS = {
  CSTD_TP: (year: number) => `Có thành tích xuất sắc tiêu biểu, sáng kiến được áp dụng có hiệu quả trong phạm vi Thành phố năm ${year}`,
  TTLDXS: (year: number) => `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
  BK_TP: (year: number) => `Có thành tích xuất sắc trong thực hiện nhiệm vụ công tác từ năm ${year - 1} đến năm ${year}`,
  CO_TP: (year: number) => `Đơn vị dẫn đầu phong trào thi đua của cụm năm ${year}`,
  CO_CP: (year: number) => `Đơn vị dẫn đầu phong trào thi đua của Thành phố năm ${year}`,
  BK_TTG: (year: number) => `Có thành tích xuất sắc trong công tác từ năm ${year - 4} đến năm ${year}`,
  HCLD_3: (year: number) =>
    `Có thành tích xuất sắc trong công tác từ năm ${year - 4} đến năm ${year}, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc`,
};

// ---------------------------------------------------------------------------------------------
// Awards and decisions
// ---------------------------------------------------------------------------------------------

class AwardGenerator {
  readonly awards: DraftAward[] = [];
  private readonly decisions = new Map<string, DraftDecision>();
  private readonly rosters = new Map<string, Roster>();
  // Who already holds what, for the awards that require an earlier one (BK_TTG after BK_TP, HCLD_3 after BK_TTG).
  private readonly bkTpPeople: Array<{ person: PlannedPerson; year: number }> = [];
  private readonly bkTtgPeople: Array<{ person: PlannedPerson; year: number }> = [];
  private readonly ttldxsUnits: Array<{ unit: PlannedUnit; year: number }> = [];
  // `code/recipient id` of every award conferred so far: a national award is not given twice to one recipient.
  private readonly held = new Set<string>();

  constructor(
    private readonly plan: DatasetPlan,
    private readonly options: SeedOptions,
    private readonly published: PublishedFacts,
  ) {}

  private roster(district: PlannedDistrict): Roster {
    let roster = this.rosters.get(district.id);
    if (!roster) {
      // The same plan at the same scale as the district subgraph's seed: ids and names agree.
      const units = plannedUnits(this.options.dataset, district, this.options.scale);
      const people = plannedPeople(this.options.dataset, district, this.options.scale);
      roster = { units, people, unitName: new Map(units.map((unit) => [unit.id, unit.name])) };
      this.rosters.set(district.id, roster);
    }
    return roster;
  }

  private district(id: string): PlannedDistrict {
    const district = this.plan.districts.find((candidate) => candidate.id === id);
    if (!district) throw new Error(`the ${this.plan.name} data set has no district ${id}`);
    return district;
  }

  private decision(key: string, issuer: Issuer, year: number): string {
    if (!this.decisions.has(key)) this.decisions.set(key, { key, issuer, year });
    return key;
  }

  private toPerson(awardTypeCode: string, year: number, person: PlannedPerson, reason: string | null, source: string, decisionKey: string | null): void {
    const unitName = this.roster(this.district(person.districtId)).unitName.get(person.unitId);
    this.awards.push({
      year,
      awardTypeCode,
      decisionKey,
      recipientKind: INDIVIDUAL,
      recipientName: unitName ? `${person.fullName}, ${person.position}, ${unitName}` : `${person.fullName}, ${person.position}`,
      reason,
      districtId: person.districtId,
      unitId: null,
      personId: person.id,
      nominationId: null,
      source,
    });
    if (awardTypeCode === 'BK_TP') this.bkTpPeople.push({ person, year });
    if (awardTypeCode === 'BK_TTG') this.bkTtgPeople.push({ person, year });
    this.held.add(`${awardTypeCode}/${person.id}`);
  }

  private toUnit(awardTypeCode: string, year: number, unit: PlannedUnit, reason: string, source: string, decisionKey: string | null): void {
    this.awards.push({
      year,
      awardTypeCode,
      decisionKey,
      recipientKind: COLLECTIVE,
      recipientName: unit.name,
      reason,
      districtId: unit.districtId,
      unitId: unit.id,
      personId: null,
      nominationId: null,
      source,
    });
    if (awardTypeCode === 'TTLDXS') this.ttldxsUnits.push({ unit, year });
    this.held.add(`${awardTypeCode}/${unit.id}`);
  }

  private toDistrict(awardTypeCode: string, year: number, district: PlannedDistrict, reason: string, decisionKey: string): void {
    this.awards.push({
      year,
      awardTypeCode,
      decisionKey,
      recipientKind: WHOLE_DISTRICT,
      recipientName: districtRecipientName(district),
      reason,
      districtId: district.id,
      unitId: null,
      personId: null,
      nominationId: null,
      source: SYNTHETIC,
    });
  }

  /** An article's awards: the people it names, and the recipients it only counts, picked from the plan. */
  private publishedAwards(facts: PublishedCityAwards): void {
    const district = this.district(facts.districtId);
    for (const { personId, awardTypeCode } of facts.named) {
      const named = this.plan.namedPeople.find((person) => person.id === personId);
      if (!named) throw new Error(`the ${this.plan.name} data set names no person ${personId}`);
      // The article names the person and position, not the decision or a reason.
      this.awards.push({
        year: facts.year,
        awardTypeCode,
        decisionKey: null,
        recipientKind: INDIVIDUAL,
        recipientName: `${named.fullName}, ${named.position}`,
        reason: null,
        districtId: named.districtId,
        unitId: null,
        personId: named.id,
        nominationId: null,
        source: facts.source,
      });
    }
    const random = new Random(this.options.dataset, 'city', 'published', facts.source, facts.districtId, facts.year);
    const roster = this.roster(district);
    const people = random.sample(roster.people, facts.counted.filter((c) => c.recipientKind === INDIVIDUAL).reduce((n, c) => n + c.count, 0));
    const units = random.sample(roster.units, facts.counted.filter((c) => c.recipientKind === COLLECTIVE).reduce((n, c) => n + c.count, 0));
    for (const counted of facts.counted) {
      const recipients = counted.recipientKind === INDIVIDUAL ? people.splice(0, counted.count) : units.splice(0, counted.count);
      if (recipients.length < counted.count) {
        throw new Error(`${facts.districtId} has too few ${counted.recipientKind === INDIVIDUAL ? 'people' : 'units'} for ${facts.source}`);
      }
      for (const recipient of recipients) {
        if (counted.recipientKind === INDIVIDUAL) this.toPerson(counted.awardTypeCode, facts.year, recipient as PlannedPerson, counted.reason, facts.source, null);
        else this.toUnit(counted.awardTypeCode, facts.year, recipient as PlannedUnit, counted.reason, facts.source, null);
      }
    }
  }

  /** A district's city-level awards of a year: titles and certificates to its people and units. */
  private districtYear(district: PlannedDistrict, year: number): void {
    const random = new Random(this.options.dataset, 'city', 'awards', district.id, year);
    const { scale } = this.options;
    const roster = this.roster(district);
    const cstdTp = scaled(random, scale, (r) => r.int(1, 3));
    const bkTpPeople = scaled(random, scale, (r) => r.int(2, 5));
    const ttldxs = scaled(random, scale, (r) => r.int(2, 3));
    const bkTpUnits = scaled(random, scale, (r) => r.int(1, 3));
    // Nobody gets two of these in one year, nor does a unit.
    const people = random.sample(roster.people, cstdTp + bkTpPeople);
    const units = random.sample(roster.units, ttldxs + bkTpUnits);
    const cstdDecision = this.decision(`${year}/CSTD_TP`, CITY_CHAIR, year);
    const ttldxsDecision = this.decision(`${year}/TTLDXS`, CITY_CHAIR, year);
    // Certificates of merit are decided district by district, on each district's proposal.
    const bkDecision = this.decision(`${year}/BK_TP/${district.id}`, CITY_CHAIR, year);
    people.forEach((person, i) =>
      i < cstdTp
        ? this.toPerson('CSTD_TP', year, person, REASONS.CSTD_TP(year), SYNTHETIC, cstdDecision)
        : this.toPerson('BK_TP', year, person, REASONS.BK_TP(year), SYNTHETIC, bkDecision),
    );
    units.forEach((unit, i) =>
      i < ttldxs
        ? this.toUnit('TTLDXS', year, unit, REASONS.TTLDXS(year), SYNTHETIC, ttldxsDecision)
        : this.toUnit('BK_TP', year, unit, REASONS.BK_TP(year), SYNTHETIC, bkDecision),
    );
  }

  /** City flags to a handful of districts, and the occasional national award. */
  private cityYear(year: number, districts: PlannedDistrict[], replaced: Set<string>): void {
    const random = new Random(this.options.dataset, 'city', 'awards', year);
    const { scale } = this.options;
    const flagged = random.sample(
      districts.filter((district) => !replaced.has(district.id)),
      random.int(4, 6),
    );
    const coTp = this.decision(`${year}/CO_TP`, CITY_CHAIR, year);
    for (const district of flagged) this.toDistrict('CO_TP', year, district, REASONS.CO_TP(year), coTp);
    // The Government flag goes to a cluster leader that already holds the city's.
    if (flagged.length > 0 && random.chance(0.6)) {
      this.toDistrict('CO_CP', year, random.pick(flagged), REASONS.CO_CP(year), this.decision(`${year}/CO_CP`, PRIME_MINISTER, year));
    }
    const bkTtg = scaled(random, scale, (r) => r.int(1, 3));
    const bkTtgDecision = this.decision(`${year}/BK_TTG`, PRIME_MINISTER, year);
    for (const person of random.sample(this.earlier(this.bkTpPeople, year, 'BK_TTG'), bkTtg)) {
      this.toPerson('BK_TTG', year, person, REASONS.BK_TTG(year), SYNTHETIC, bkTtgDecision);
    }
    const hcld = scaled(random, scale, (r) => (r.chance(0.5) ? 1 : 0));
    if (hcld === 0) return;
    const hcldDecision = this.decision(`${year}/HCLD_3`, PRESIDENT, year);
    const earlierBkTtg = random.sample(this.earlier(this.bkTtgPeople, year, 'HCLD_3'), hcld);
    const earlierTtldxs = random.sample(this.earlier(this.ttldxsUnits, year, 'HCLD_3'), hcld);
    for (let i = 0; i < hcld; i++) {
      const person = earlierBkTtg[i];
      if (person && random.chance(0.5)) this.toPerson('HCLD_3', year, person, REASONS.HCLD_3(year), SYNTHETIC, hcldDecision);
      else if (earlierTtldxs[i]) this.toUnit('HCLD_3', year, earlierTtldxs[i], REASONS.HCLD_3(year), SYNTHETIC, hcldDecision);
    }
  }

  /** Distinct holders of an earlier award from before `year` who do not hold `next` yet. */
  private earlier<T extends { id: string }>(holders: Array<{ year: number } & ({ person: T } | { unit: T })>, year: number, next: string): T[] {
    const found = new Map<string, T>();
    for (const holder of holders) {
      const recipient = 'person' in holder ? holder.person : holder.unit;
      if (holder.year < year && !this.held.has(`${next}/${recipient.id}`)) found.set(recipient.id, recipient);
    }
    return [...found.values()];
  }

  generate(): void {
    const years = [...new Set([...this.plan.syntheticYears, ...this.published.cityAwards.map((facts) => facts.year)])].sort((a, b) => a - b);
    for (const year of years) {
      const districts = this.plan.districts.filter((district) => validIn(district, year));
      const published = this.published.cityAwards.filter((facts) => facts.year === year);
      const replaced = new Set(published.map((facts) => facts.districtId));
      for (const district of districts) {
        const facts = published.find((candidate) => candidate.districtId === district.id);
        if (facts) this.publishedAwards(facts);
        else if (this.plan.syntheticYears.includes(year)) this.districtYear(district, year);
      }
      if (this.plan.syntheticYears.includes(year)) this.cityYear(year, districts, replaced);
    }
  }

  /** The decisions the awards refer to, dated and numbered: numbers grow with the date, and are unique. */
  decisionRows(): { rows: Array<Omit<AwardDecision, 'id'> & { id: number }>; idOf: Map<string, number> } {
    const used = new Set(this.awards.map((award) => award.decisionKey));
    const dated = [...this.decisions.values()]
      .filter((decision) => used.has(decision.key))
      .map((decision) => {
        const random = new Random(this.options.dataset, 'city', 'decision', decision.key);
        const { issuer } = decision;
        const day = random.int(issuer.firstDay, issuer.lastDay);
        return { decision, day, signedOn: isoDate(decision.year + 1, day), sequence: day * issuer.perDay + random.int(0, issuer.perDay - 1) };
      })
      .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.decision.key.localeCompare(b.decision.key));
    const taken = new Set<string>();
    const idOf = new Map<string, number>();
    const rows = dated.map(({ decision, signedOn, sequence }, index) => {
      const { issuer } = decision;
      let n = sequence;
      while (taken.has(`${n}/${issuer.suffix}`)) n++;
      const number = `${n}/${issuer.suffix}`;
      taken.add(number);
      idOf.set(decision.key, index + 1);
      return {
        id: index + 1,
        number,
        signedOn,
        signer: `${issuer.signerTitle} ${this.signer(issuer, decision.year + 1)}`,
        issuingAuthority: issuer.authority(this.plan),
        source: SYNTHETIC,
      };
    });
    return { rows, idOf };
  }

  // One signer per issuer and five-year term, as a vice-chair in charge of emulation would be.
  private signer(issuer: Issuer, signedYear: number): string {
    const random = new Random(this.options.dataset, 'city', 'signer', issuer.key, Math.floor((signedYear - 2016) / 5));
    return [random.pick(SIGNER_FAMILY), random.pick(SIGNER_MIDDLE), random.pick(SIGNER_GIVEN)].join(' ');
  }
}

// ---------------------------------------------------------------------------------------------
// PAR index
// ---------------------------------------------------------------------------------------------

/** Standard competition ranking: equal scores share a rank and the next rank skips (1, 2, 2, 4). */
function rankOf(scores: Map<string, number>): Map<string, number> {
  const values = [...scores.values()];
  return new Map([...scores].map(([id, score]) => [id, 1 + values.filter((other) => other > score).length]));
}

/** Draws a distinct cent value near `wanted` inside [low, high]. */
function freeCents(wanted: number, low: number, high: number, taken: Set<number>): number {
  for (let offset = 0; offset <= high - low; offset++) {
    for (const candidate of [wanted - offset, wanted + offset]) {
      if (candidate >= low && candidate <= high && !taken.has(candidate)) return candidate;
    }
  }
  throw new Error(`no free PAR score between ${low / 100} and ${high / 100}`);
}

/**
 * Scores in cents (85.00–97.00), distinct within a year: a district's standing persists from year to
 * year (its base, or its published score of the year before or after), the city improves slowly,
 * and each year adds noise.
 */
function generatedParCents(
  dataset: DatasetName,
  districts: PlannedDistrict[],
  year: number,
  firstYear: number,
  publishedCents: Map<string, number>,
): Map<string, number> {
  const taken = new Set<number>();
  const scores = new Map<string, number>();
  for (const district of districts) {
    const random = new Random(dataset, 'city', 'par', district.id, year);
    const anchor = publishedCents.get(`${district.id}/${year - 1}`) ?? publishedCents.get(`${district.id}/${year + 1}`);
    const base = new Random(dataset, 'city', 'par-base', district.id).int(8800, 9400) + (year - firstYear) * 25;
    const wanted = anchor === undefined ? base + random.int(-200, 200) : anchor + random.int(-100, 100);
    const cents = freeCents(Math.min(9700, Math.max(8500, wanted)), 8500, 9700, taken);
    taken.add(cents);
    scores.set(district.id, cents);
  }
  return scores;
}

/**
 * A published year: the published scores as they are; the others distinct, strictly between the
 * published best and worst, and adding up to the published average to the cent.
 */
function publishedParCents(dataset: DatasetName, districts: PlannedDistrict[], facts: PublishedParYear): Map<string, number> {
  const cents = (score: number) => Math.round(score * 100);
  const scores = new Map<string, number>([...facts.top, ...facts.bottom].map(([id, score]) => [id, cents(score)]));
  const low = Math.max(...facts.bottom.map(([, score]) => cents(score))) + 1;
  const high = Math.min(...facts.top.map(([, score]) => cents(score))) - 1;
  const others = districts.filter((district) => !scores.has(district.id));
  const target = cents(facts.average) * districts.length - [...scores.values()].reduce((sum, score) => sum + score, 0);
  const taken = new Set<number>();
  const random = new Random(dataset, 'city', 'par', facts.year);
  const mean = Math.round(target / others.length);
  for (const district of others) {
    // Around the mean the average asks for, in the order of the districts' usual standing.
    const base = new Random(dataset, 'city', 'par-base', district.id).int(8800, 9400);
    const value = freeCents(mean + Math.round((base - 9100) / 2) + random.int(-60, 60), low, high, taken);
    taken.add(value);
    scores.set(district.id, value);
  }
  // Move single cents, one district after another, until the sum is met; a move that would collide
  // or leave the range is skipped.
  let missing = target - others.reduce((sum, district) => sum + scores.get(district.id)!, 0);
  while (missing !== 0) {
    const step = Math.sign(missing);
    let moved = false;
    for (const district of others) {
      if (missing === 0) break;
      const from = scores.get(district.id)!;
      const to = from + step;
      if (to < low || to > high || taken.has(to)) continue;
      taken.delete(from);
      taken.add(to);
      scores.set(district.id, to);
      missing -= step;
      moved = true;
    }
    if (!moved) throw new Error(`cannot meet the published PAR average of ${facts.year}`);
  }
  return scores;
}

function parIndexRows(plan: DatasetPlan, published: PublishedFacts): Array<Omit<ParIndex, 'id'>> {
  const rows: Array<Omit<ParIndex, 'id'>> = [];
  const years = [...new Set([...plan.syntheticYears, ...published.parYears.map((facts) => facts.year)])].sort((a, b) => a - b);
  const publishedScores = new Map(
    published.parYears.map((facts) => [facts.year, publishedParCents(plan.name, plan.districts.filter((district) => validIn(district, facts.year)), facts)]),
  );
  const publishedCents = new Map(
    published.parYears.flatMap((facts) => [...facts.top, ...facts.bottom].map(([id, score]) => [`${id}/${facts.year}`, Math.round(score * 100)])),
  );
  for (const year of years) {
    const districts = plan.districts.filter((district) => validIn(district, year));
    const facts = published.parYears.find((candidate) => candidate.year === year);
    const scores = publishedScores.get(year) ?? generatedParCents(plan.name, districts, year, years[0], publishedCents);
    const sources = new Map<string, string>(facts ? [...facts.top, ...facts.bottom].map(([id]) => [id, facts.source]) : []);
    for (const pin of published.parRanks.filter((candidate) => candidate.year === year)) {
      // A rank published without its score: give the district the score that holds that rank.
      const byScore = [...scores].sort((a, b) => b[1] - a[1]);
      const [holder, score] = byScore[pin.rank - 1];
      scores.set(holder, scores.get(pin.districtId)!);
      scores.set(pin.districtId, score);
      sources.set(pin.districtId, pin.source);
    }
    const ranks = rankOf(scores);
    for (const pin of published.parRanks.filter((candidate) => candidate.year === year)) {
      if (ranks.get(pin.districtId) !== pin.rank) throw new Error(`${pin.districtId} must rank ${pin.rank} in ${year}`);
    }
    for (const district of districts) {
      rows.push({
        districtId: district.id,
        year,
        score: scores.get(district.id)! / 100,
        rank: ranks.get(district.id)!,
        source: sources.get(district.id) ?? SYNTHETIC,
      });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The seed
// ---------------------------------------------------------------------------------------------

/**
 * The city level's part of a data set: the catalogue; the PAR index of every district and year; and
 * city and national awards with their decisions. Published facts replace what the generator would
 * make for their slot (Đống Đa's 2023 city awards, the 2023 PAR results, Đống Đa's 2022 rank).
 */
export async function seedCity(manager: EntityManager, options: SeedOptions): Promise<void> {
  const plan = datasetPlan(options.dataset);
  const published = PUBLISHED[options.dataset];
  await insertInBatches(
    manager,
    AwardType,
    CATALOGUE.map(([code, name, nameEn, level, recipientKinds, cashMultiple]) => ({
      code,
      name,
      nameEn,
      level,
      recipientKinds,
      cashMultiple: cashMultiple ?? null,
      source: LAW,
    })),
    options.progress,
  );
  const generator = new AwardGenerator(plan, options, published);
  generator.generate();
  const { rows: decisions, idOf } = generator.decisionRows();
  await insertInBatches(manager, AwardDecision, decisions, options.progress);
  await insertInBatches(
    manager,
    Award,
    generator.awards.map(({ decisionKey, ...award }) => ({ ...award, decisionId: decisionKey === null ? null : idOf.get(decisionKey)! })),
    options.progress,
  );
  await insertInBatches(manager, ParIndex, parIndexRows(plan, published), options.progress);
}
