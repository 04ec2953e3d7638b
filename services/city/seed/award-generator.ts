import { plannedPeople, plannedUnits, type DatasetPlan, type PlannedDistrict, type PlannedPerson, type PlannedUnit } from '../../core/datasets';
import { Random, SYNTHETIC, type SeedOptions } from '../../core/seed';
import type { Award } from '../entities/award';
import { RecipientKind } from '../entities/award-type';
import type { DraftDecision } from './decisions';
import { validIn } from './district-validity';
import { CITY_CHAIR, PRESIDENT, PRIME_MINISTER, type Issuer } from './issuers';
import type { PublishedCityAwards, PublishedFacts } from './published';

const { INDIVIDUAL, COLLECTIVE } = RecipientKind;
const WHOLE_DISTRICT = RecipientKind.DISTRICT;

/** The sum of `scale` draws: what hangs off units and people grows with them. */
function scaled(random: Random, scale: number, draw: (random: Random) => number): number {
  let total = 0;
  for (let i = 0; i < scale; i++) total += draw(random);
  return total;
}

const DISTRICT_WORD: Record<PlannedDistrict['kind'], string> = { URBAN_DISTRICT: 'Quận', RURAL_DISTRICT: 'Huyện', TOWN: 'Thị xã' };

/** A district as a decision names it when the district itself is honoured. */
function districtRecipientName(district: PlannedDistrict): string {
  return `${DISTRICT_WORD[district.kind]} ${district.name}`;
}

type DraftAward = Omit<Award, 'id' | 'awardType' | 'decision' | 'decisionId' | 'recipientKey'> & { decisionKey: string | null };

/** By a decision of the data set, or by the authority a source names without one. */
type Conferral = Pick<DraftAward, 'decisionKey' | 'conferredBy'>;

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

export class AwardGenerator {
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

  private decision(key: string, issuer: Issuer, year: number): Conferral {
    if (!this.decisions.has(key)) this.decisions.set(key, { key, issuer, year });
    return { decisionKey: key, conferredBy: null };
  }

  private toPerson(awardTypeCode: string, year: number, person: PlannedPerson, reason: string | null, source: string, conferral: Conferral): void {
    const unitName = this.roster(this.district(person.districtId)).unitName.get(person.unitId);
    this.awards.push({
      year,
      awardTypeCode,
      ...conferral,
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

  private toUnit(awardTypeCode: string, year: number, unit: PlannedUnit, reason: string, source: string, conferral: Conferral): void {
    this.awards.push({
      year,
      awardTypeCode,
      ...conferral,
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

  private toDistrict(awardTypeCode: string, year: number, district: PlannedDistrict, reason: string, conferral: Conferral): void {
    this.awards.push({
      year,
      awardTypeCode,
      ...conferral,
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
    const conferral: Conferral = { decisionKey: null, conferredBy: facts.conferredBy.authority(this.plan) };
    for (const { personId, awardTypeCode } of facts.named) {
      const named = this.plan.namedPeople.find((person) => person.id === personId);
      if (!named) throw new Error(`the ${this.plan.name} data set names no person ${personId}`);
      // The article names the person and position, not the decision or a reason.
      this.awards.push({
        year: facts.year,
        awardTypeCode,
        ...conferral,
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
        if (counted.recipientKind === INDIVIDUAL) this.toPerson(counted.awardTypeCode, facts.year, recipient as PlannedPerson, counted.reason, facts.source, conferral);
        else this.toUnit(counted.awardTypeCode, facts.year, recipient as PlannedUnit, counted.reason, facts.source, conferral);
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

  /** The decisions some award refers to: a decision is opened before its recipients are drawn, and may get none. */
  referencedDecisions(): DraftDecision[] {
    const used = new Set(this.awards.map((award) => award.decisionKey));
    return [...this.decisions.values()].filter((decision) => used.has(decision.key));
  }
}
