import type { DatasetName, PlannedDistrict } from '../core/datasets';
import { Random, SYNTHETIC } from '../core/seed';
import { DisciplineLevel, type Discipline } from './entities/discipline';
import { InitiativeScope, type Initiative } from './entities/initiative';
import type { LocalAward } from './entities/local-award';
import { Rating, type YearRating } from './entities/year-rating';
import type { PublishedAwards } from './seed-facts';

export type RatingRow = Omit<YearRating, 'id' | 'district' | 'person' | 'unit'>;
export type InitiativeRow = Omit<Initiative, 'id' | 'district' | 'person'>;
export type DisciplineRow = Omit<Discipline, 'id' | 'district' | 'person'>;
export type AwardRow = Omit<LocalAward, 'id' | 'district' | 'person' | 'unit'>;

/** The part of a district the generator works on: its units, each with the ids of its people. */
export interface Staff {
  dataset: DatasetName;
  district: PlannedDistrict;
  unitIds: string[];
  peopleOfUnit: Map<string, string[]>;
  personIds: string[];
  /** People an article names: the generator never disciplines them. */
  named: Set<string>;
}

/** Who may not be honoured in a year: people under a discipline, units with a member under a warning or worse. */
export interface Blocked {
  people: Set<string>;
  units: Set<string>;
}

/** What a person's city title rests on in the district's records: CSTDCS in these years, and an initiative. */
export interface TitleGrounds {
  personId: string;
  cstdcsYears: number[];
  /** The initiative a city title of that year used (e.g. a city-scope one for CSTD_TP). */
  initiative: { year: number; scope: InitiativeScope; usedFor: string };
}

// Law 06/2022/QH15 is in force from 2024-01-01; before, Decree 91/2017/NĐ-CP: CSTDCS needed an
// initiative and at most 15% of the LDTT holders could have it.
const LAW_2022_FROM = 2024;
const DECREE_91_CSTDCS_CAP = 0.15;
// TTLDTT: at least 70% of the members are LDTT.
const TTLDTT_MEMBER_SHARE = 0.7;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const INITIATIVE_TOPICS = [
  'Ứng dụng phần mềm quản lý hồ sơ một cửa',
  'Số hóa hồ sơ hộ tịch',
  'Cải tiến quy trình tiếp nhận phản ánh của người dân',
  'Đổi mới phương pháp dạy học tích cực',
  'Mô hình tổ dân phố tự quản về vệ sinh môi trường',
  'Giải pháp nâng cao tỷ lệ thu ngân sách ngoài quốc doanh',
  'Quy trình phối hợp kiểm tra trật tự xây dựng',
  'Ứng dụng mã QR trong tra cứu thủ tục hành chính',
  'Mô hình dân vận khéo trong giải phóng mặt bằng',
  'Giải pháp quản lý sức khỏe người cao tuổi tại cộng đồng',
  'Tiết kiệm điện năng tại trụ sở cơ quan',
  'Sổ tay điện tử phổ biến pháp luật',
];

/**
 * A few disciplinary measures a year over the synthetic years, and who they block in which year:
 * achievements count only from the end of the period, and a warning or worse also keeps the
 * person's unit from TTLDTT.
 */
export function disciplinesOf(staff: Staff, years: number[]): { rows: DisciplineRow[]; blocked: Map<number, Blocked> } {
  const rows: DisciplineRow[] = [];
  const blocked = new Map<number, Blocked>();
  const unitOf = new Map([...staff.peopleOfUnit].flatMap(([unitId, ids]) => ids.map((id) => [id, unitId] as const)));
  const candidates = staff.personIds.filter((id) => !staff.named.has(id));
  for (const year of years) {
    const random = new Random(staff.dataset, 'district', staff.district.id, year, 'disciplines');
    const count = random.int(0, Math.max(1, Math.round(candidates.length / 150)));
    for (const personId of random.sample(candidates, count)) {
      const roll = random.next();
      const level = roll < 0.6 ? DisciplineLevel.REPRIMAND : roll < 0.9 ? DisciplineLevel.WARNING : roll < 0.97 ? DisciplineLevel.DEMOTION : DisciplineLevel.DISMISSAL;
      const from = new Date(Date.UTC(year, random.int(0, 11), random.int(1, 28)));
      const to = new Date(from);
      to.setUTCMonth(to.getUTCMonth() + (level === DisciplineLevel.REPRIMAND ? 6 : 12));
      to.setUTCDate(to.getUTCDate() - 1);
      rows.push({ districtId: staff.district.id, personId, level, from: isoDate(from), to: isoDate(to), source: SYNTHETIC });
      for (let covered = year; covered <= to.getUTCFullYear(); covered++) {
        const entry = blocked.get(covered) ?? { people: new Set<string>(), units: new Set<string>() };
        entry.people.add(personId);
        if (level !== DisciplineLevel.REPRIMAND) entry.units.add(unitOf.get(personId)!);
        blocked.set(covered, entry);
      }
    }
  }
  return { rows, blocked };
}

export interface YearRows {
  ratings: RatingRow[];
  initiatives: InitiativeRow[];
  awards: AwardRow[];
}

/**
 * One district's year: ratings of every person and unit, initiatives, and the district-conferred
 * titles and forms under DOMAIN.md's rules. With `published`, the counts are the article's and
 * its rows carry its file name; otherwise the counts are drawn.
 *
 * - LDTT only to people rated GOOD or better, never to someone under a discipline.
 * - TTLDTT to units none of whose members is under a warning or worse, with at least 70% of their
 *   members LDTT (of those on record; where a published count leaves too few LDTT for that, as
 *   large scales do, the LDTT are spread over the TTLDTT units as far as they go).
 * - CSTDCS only to LDTT holders: before 2024 with an initiative (used for it), at most 15% of the
 *   LDTT holders (over the district: the people on record are a sample of each unit's staff); from
 *   2024 rated EXCELLENT or with an initiative.
 * - Giấy khen to about 5% of the people and a few units, rated GOOD or better.
 */
export function yearOf(staff: Staff, year: number, published: PublishedAwards | undefined, blocked: Blocked | undefined, grounds: TitleGrounds[]): YearRows {
  const random = new Random(staff.dataset, 'district', staff.district.id, year, 'awards');
  const districtId = staff.district.id;
  const source = published?.source ?? SYNTHETIC;
  const people = staff.personIds;
  const units = staff.unitIds;
  const isBlocked = (id: string) => blocked?.people.has(id) ?? false;
  const eligible = people.filter((id) => !isBlocked(id));

  // Collectives: TTLDTT where enough members can be LDTT, Giấy khen preferably to the others.
  const members = (unitId: string) => staff.peopleOfUnit.get(unitId) ?? [];
  const quota = (unitId: string) => Math.ceil(TTLDTT_MEMBER_SHARE * members(unitId).length);
  const unitCandidates = units.filter((id) => !blocked?.units.has(id) && members(id).filter((person) => !isBlocked(person)).length >= quota(id));
  const ttldttCount = published?.ttldtt ?? Math.round(units.length * (0.45 + random.next() * 0.1));
  const ttldtt = new Set(random.sample(unitCandidates, ttldttCount));
  // Only a published count can ask for more than qualify; the rest then come from the other units.
  if (ttldtt.size < ttldttCount) {
    for (const id of random.sample(units.filter((unit) => !ttldtt.has(unit) && !blocked?.units.has(unit)), ttldttCount - ttldtt.size)) ttldtt.add(id);
  }
  const gkUnitCount = published?.gkUnits ?? Math.max(1, Math.round(units.length * (0.05 + random.next() * 0.07)));
  const unitPool = units.filter((id) => !blocked?.units.has(id));
  const gkUnits = new Set([
    ...random.sample(unitPool.filter((id) => !ttldtt.has(id)), gkUnitCount),
    ...random.sample(unitPool.filter((id) => ttldtt.has(id)), gkUnitCount),
  ].slice(0, gkUnitCount));

  // LDTT: people whose city title needs this year's CSTDCS first, then the TTLDTT units' share, then others at random.
  const titleHoldersNow = grounds.filter((entry) => entry.cstdcsYears.includes(year) && !isBlocked(entry.personId)).map((entry) => entry.personId);
  const ldtt = new Set<string>(titleHoldersNow);
  const shares = [...ttldtt].map((unitId) => random.sample(members(unitId).filter((id) => !isBlocked(id)), quota(unitId)));
  const mandatory = shares.reduce((sum, share) => sum + share.length, 0);
  const ldttCount = published?.ldtt ?? Math.max(mandatory, Math.round(people.length * (0.5 + random.next() * 0.1)));
  // Round-robin over the units, so that a published count too small for every quota is spread evenly.
  for (let round = 0; ldtt.size < ldttCount && shares.some((share) => share.length > round); round++) {
    for (const share of shares) if (round < share.length && ldtt.size < ldttCount) ldtt.add(share[round]);
  }
  for (const id of random.sample(eligible.filter((person) => !ldtt.has(person)), ldttCount - ldtt.size)) ldtt.add(id);

  // CSTDCS among the LDTT holders.
  const law2022 = year >= LAW_2022_FROM;
  const drawn = Math.round(ldtt.size * (0.08 + random.next() * 0.04));
  const cstdcsCount = published?.cstdcs ?? (law2022 ? drawn : Math.min(drawn, Math.floor(ldtt.size * DECREE_91_CSTDCS_CAP)));
  const cstdcs = new Set(titleHoldersNow.filter((id) => ldtt.has(id)));
  for (const id of random.sample([...ldtt].filter((person) => !cstdcs.has(person)), cstdcsCount - cstdcs.size)) cstdcs.add(id);
  // The grounds: an initiative (always before 2024), or from 2024 an EXCELLENT rating.
  const byInitiative = new Set([...cstdcs].filter((id) => !law2022 || titleHoldersNow.includes(id) || random.chance(0.4)));

  const gkPeopleCount = published?.gkPeople ?? Math.round(people.length * (0.04 + random.next() * 0.02));
  const gkPeople = new Set(random.sample(eligible, gkPeopleCount));

  // Ratings. Where an article gives the number rated EXCELLENT, exactly that many, the CSTDCS first.
  const excellentPeople = new Set<string>();
  if (published?.excellentPeople !== undefined) {
    const ordered = [...cstdcs, ...random.sample([...ldtt].filter((id) => !cstdcs.has(id)), ldtt.size)];
    for (const id of ordered.slice(0, published.excellentPeople)) excellentPeople.add(id);
    const uncovered = [...cstdcs].filter((id) => !excellentPeople.has(id) && !byInitiative.has(id));
    for (const id of uncovered) byInitiative.add(id);
  } else {
    for (const id of cstdcs) if (!byInitiative.has(id) || random.chance(0.6)) excellentPeople.add(id);
    for (const id of ldtt) if (!cstdcs.has(id) && random.chance(0.12)) excellentPeople.add(id);
  }
  const excellentUnits = new Set<string>();
  if (published?.excellentUnits !== undefined) {
    const ordered = [...random.sample([...ttldtt], ttldtt.size), ...random.sample(units.filter((id) => !ttldtt.has(id)), units.length)];
    for (const id of ordered.slice(0, published.excellentUnits)) excellentUnits.add(id);
  } else {
    for (const id of ttldtt) if (random.chance(0.25)) excellentUnits.add(id);
  }
  const ordinary = (): Rating => {
    const roll = random.next();
    return roll < 0.35 ? Rating.GOOD : roll < 0.9 ? Rating.COMPLETED : Rating.NOT_COMPLETED;
  };
  const ratingSource = (excellent: boolean, publishedCount: number | undefined) => (excellent && publishedCount !== undefined ? source : SYNTHETIC);
  const ratings: RatingRow[] = [
    ...units.map((unitId): RatingRow => {
      const excellent = excellentUnits.has(unitId);
      const rating = excellent ? Rating.EXCELLENT : ttldtt.has(unitId) || gkUnits.has(unitId) ? Rating.GOOD : blocked?.units.has(unitId) ? Rating.COMPLETED : ordinary();
      return { districtId, year, personId: null, unitId, rating, source: ratingSource(excellent, published?.excellentUnits) };
    }),
    ...people.map((personId): RatingRow => {
      const excellent = excellentPeople.has(personId);
      const rating = excellent
        ? Rating.EXCELLENT
        : isBlocked(personId)
          ? random.chance(0.6) ? Rating.COMPLETED : Rating.NOT_COMPLETED
          : ldtt.has(personId) || gkPeople.has(personId) ? Rating.GOOD : ordinary();
      return { districtId, year, personId, unitId: null, rating, source: ratingSource(excellent, published?.excellentPeople) };
    }),
  ];

  // Initiatives: the CSTDCS grounds, the ones city titles used, and a few more.
  const initiative = (personId: string, scope: InitiativeScope, usedFor: string | null): InitiativeRow => ({
    districtId,
    personId,
    year,
    title: random.pick(INITIATIVE_TOPICS),
    scope,
    recognizedOn: random.date(year, [9, 12]),
    usedForAwardCode: usedFor,
    source: SYNTHETIC,
  });
  const initiatives = [...byInitiative].map((id) => initiative(id, InitiativeScope.GRASSROOTS, 'CSTDCS'));
  for (const entry of grounds) {
    if (entry.initiative.year === year) initiatives.push(initiative(entry.personId, entry.initiative.scope, entry.initiative.usedFor));
  }
  const more = random.sample(eligible.filter((id) => !byInitiative.has(id)), Math.round(people.length * (0.005 + random.next() * 0.015)));
  for (const id of more) {
    const roll = random.next();
    initiatives.push(initiative(id, roll < 0.85 ? InitiativeScope.GRASSROOTS : roll < 0.97 ? InitiativeScope.CITY : InitiativeScope.NATIONAL, null));
  }

  // One decision a title; the articles publish the conference's date, not the decisions.
  const decisions = new Map<string, { decisionNumber: string | null; decidedOn: string | null }>();
  const decisionOf = (code: string) => {
    if (!decisions.has(code)) {
      decisions.set(
        code,
        published
          ? { decisionNumber: null, decidedOn: published.decidedOn }
          : { decisionNumber: `${random.int(100, 9999)}/QĐ-UBND`, decidedOn: random.date(year + 1, [1, 1], [5, 28]) },
      );
    }
    return decisions.get(code)!;
  };
  const award = (awardTypeCode: string, holder: { unitId: string } | { personId: string }): AwardRow => ({
    districtId,
    year,
    awardTypeCode,
    unitId: 'unitId' in holder ? holder.unitId : null,
    personId: 'personId' in holder ? holder.personId : null,
    ...decisionOf(awardTypeCode),
    source,
  });
  const awards = [
    ...[...ttldtt].map((unitId) => award('TTLDTT', { unitId })),
    ...[...gkUnits].map((unitId) => award('GK', { unitId })),
    ...[...ldtt].map((personId) => award('LDTT', { personId })),
    ...[...cstdcs].map((personId) => award('CSTDCS', { personId })),
    ...[...gkPeople].map((personId) => award('GK', { personId })),
  ];
  return { ratings, initiatives, awards };
}
