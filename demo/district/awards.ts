import { Random } from '../random';
import { missingFrom, type DemoRecords } from '../records';
import { SYNTHETIC } from '../seed-options';
import { AwardBasis } from '../../services/core/award-basis';
import { InitiativeScope, type Initiative } from '../../services/district/entities/initiative';
import type { LocalAward } from '../../services/district/entities/local-award';
import { Rating, type YearRating } from '../../services/district/entities/year-rating';
import type { InitiativeFact, RecipientKindName } from '../../services/core/rules';
import type { Standing } from '../../services/core/revocation';
import type { Blocked } from './disciplines';
import type { PublishedAwards } from './facts';
import type { Staff } from './staff';

export type RatingRow = Omit<YearRating, 'id' | 'district' | 'person' | 'unit'>;
export type InitiativeRow = Omit<Initiative, 'id' | 'district' | 'person'>;
// Every generated award stands: the table's defaults say so.
export type AwardRow = Omit<LocalAward, 'id' | 'district' | 'person' | 'unit' | keyof Standing>;

/** What a person's city title rests on in the district's records: CSTDCS in these years, and an initiative. */
export interface TitleGrounds {
  personId: string;
  cstdcsYears: number[];
  /** The initiative the city title used (e.g. a city-scope one for CSTD_TP), and the title's year. */
  initiative: { year: number; scope: InitiativeScope; usedFor: string; usedForYear: number };
}

/** Who held the district's titles the year before: the best keep them more often than not. */
export interface YearState {
  ldtt: Set<string>;
  cstdcs: Set<string>;
}

/** An initiative row and the fact the rules read of it: the city's generator marks both used. */
export interface GeneratedInitiative {
  row: InitiativeRow;
  fact: InitiativeFact;
}

export interface YearRows {
  ratings: RatingRow[];
  initiatives: GeneratedInitiative[];
  awards: AwardRow[];
  state: YearState;
}

// Law 06/2022/QH15 is in force from 2024-01-01; before, Decree 91/2017/NĐ-CP: CSTDCS needed an
// initiative and at most 15% of the unit's LDTT holders could have it.
const LAW_2022_FROM = 2024;
const DECREE_91_CSTDCS_CAP = 0.15;
// TTLDTT: at least 70% of the members are LDTT (Law 06/2022; before 2024 more than half, which 70% also meets).
// TTLDXS asks 70% in both versions.
const MEMBER_SHARE = 0.7;
// How often last year's holder of a title keeps it: records run in streaks, which the history rules read.
const KEEPS_LDTT = 0.85;
const KEEPS_CSTDCS = 0.7;
// A CSTDCS of two years running brings a city-scope initiative this often (what CSTD_TP asks).
const CITY_INITIATIVE_IN_A_RUN = 0.6;

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

/** Decree 91's cap: `holders` CSTDCS of a unit against its `ldtt` LDTT holders (compared in whole numbers, as the rules do). */
const withinCap = (holders: number, ldtt: number) => holders * 10000 <= Math.round(DECREE_91_CSTDCS_CAP * 10000) * ldtt;

/** Puts first, in random order, the items `preferred` keeps with the given chance; the rest follow in random order. */
function preferring<T>(random: Random, items: T[], preferred: (item: T) => boolean, chance: number): T[] {
  const shuffled = random.sample(items, items.length);
  const first = shuffled.filter((item) => preferred(item) && random.chance(chance));
  const chosen = new Set(first);
  return [...first, ...shuffled.filter((item) => !chosen.has(item))];
}

/** The people in the order LDTT goes to them: last year's CSTDCS, then most of last year's LDTT, then the others. */
function ldttOrder(random: Random, ids: string[], previous: YearState | undefined): string[] {
  const kept = preferring(random, ids, (id) => previous?.ldtt.has(id) ?? false, KEEPS_LDTT);
  const best = kept.filter((id) => previous?.cstdcs.has(id) ?? false);
  const bestSet = new Set(best);
  return [...best, ...kept.filter((id) => !bestSet.has(id))];
}

/**
 * One district's year: ratings of every person and unit, initiatives, and the district-conferred
 * titles and forms, each judged by the rule in force for the year (services/core/rules) on the
 * record as it stands, and added to it. With `published`, the counts are the article's and its rows
 * carry its file name; an award the article publishes that the record cannot prove keeps its place,
 * with basis UNPROVEN and what is missing. Otherwise the counts are drawn, and a generated award the
 * rule refuses is a bug of the generator: it throws.
 *
 * - LDTT to people rated GOOD or better, never under a discipline; last year's holders mostly keep it.
 * - TTLDTT to units none of whose members is under a warning or worse, with at least 70% of their
 *   members LDTT. The units rated EXCELLENT are made fit for the city's TTLDXS: every member rated
 *   COMPLETED or better, 70% LDTT, a CSTDCS among them (`excellentUnits` asks at least that many).
 * - CSTDCS among the LDTT holders, last year's mostly again: before 2024 with an initiative used for
 *   it, at most 15% of the unit's LDTT holders; from 2024 rated EXCELLENT or with an initiative.
 * - Giấy khen to about 5% of the people (those without another title first) and a few units.
 * - A city-scope initiative now and then to people in their second CSTDCS year running.
 */
export function yearOf(
  staff: Staff,
  records: DemoRecords,
  year: number,
  context: {
    published?: PublishedAwards;
    blocked?: Blocked;
    grounds: TitleGrounds[];
    previous?: YearState;
    /** Units to rate EXCELLENT and make fit for TTLDXS, at least (a published city count asks it). */
    excellentUnits: number;
  },
): YearRows {
  const { published, blocked, grounds, previous } = context;
  const random = new Random(staff.dataset, 'district', staff.district.id, year, 'awards');
  const districtId = staff.district.id;
  const source = published?.source ?? SYNTHETIC;
  const people = staff.personIds;
  const units = staff.unitIds;
  const law2022 = year >= LAW_2022_FROM;
  const isBlocked = (id: string) => blocked?.people.has(id) ?? false;
  const eligible = people.filter((id) => !isBlocked(id));
  const members = (unitId: string) => staff.peopleOfUnit.get(unitId) ?? [];
  const free = (unitId: string) => members(unitId).filter((id) => !isBlocked(id));
  const share = (unitId: string) => Math.ceil(MEMBER_SHARE * members(unitId).length);
  // Before 2024 a unit's first CSTDCS needs 7 LDTT holders (15% of 7 is 1.05).
  const excellentShare = (unitId: string) => Math.min(free(unitId).length, Math.max(share(unitId), law2022 ? 0 : 7));
  const fitForExcellence = (unitId: string) => !blocked?.units.has(unitId) && free(unitId).length >= Math.max(share(unitId), law2022 ? 1 : 7);

  // Collectives: TTLDTT where enough members can be LDTT, Giấy khen preferably to the others.
  const unitCandidates = units.filter((id) => !blocked?.units.has(id) && free(id).length >= share(id));
  const ttldttCount = published?.ttldtt ?? Math.round(units.length * (0.45 + random.next() * 0.1));
  const ttldtt = new Set(random.sample(unitCandidates, ttldttCount));
  // Only a published count can ask for more than qualify; the rest then come from the other units (UNPROVEN).
  if (ttldtt.size < ttldttCount) {
    for (const id of random.sample(units.filter((unit) => !ttldtt.has(unit) && !blocked?.units.has(unit)), ttldttCount - ttldtt.size)) ttldtt.add(id);
  }
  const excellentUnits = new Set<string>();
  if (published?.excellentUnits !== undefined) {
    const ordered = preferring(random, [...ttldtt], fitForExcellence, 1);
    const others = random.sample(units.filter((id) => !ttldtt.has(id)), units.length);
    for (const id of [...ordered, ...others].slice(0, published.excellentUnits)) excellentUnits.add(id);
  } else {
    const fit = random.sample([...ttldtt].filter(fitForExcellence), ttldtt.size);
    const drawn = fit.filter(() => random.chance(0.25)).length;
    for (const id of fit.slice(0, Math.max(drawn, context.excellentUnits))) excellentUnits.add(id);
  }
  const gkUnitCount = published?.gkUnits ?? Math.max(1, Math.round(units.length * (0.05 + random.next() * 0.07)));
  const unitPool = units.filter((id) => !blocked?.units.has(id));
  const gkUnits = new Set(
    [...random.sample(unitPool.filter((id) => !ttldtt.has(id)), gkUnitCount), ...random.sample(unitPool.filter((id) => ttldtt.has(id)), gkUnitCount)].slice(
      0,
      gkUnitCount,
    ),
  );

  // LDTT: people whose city title needs this year's CSTDCS first, then the TTLDTT units' share, then
  // others; in each, last year's CSTDCS first, then most of last year's LDTT holders.
  const titleHoldersNow = grounds.filter((entry) => entry.cstdcsYears.includes(year) && !isBlocked(entry.personId)).map((entry) => entry.personId);
  const ldtt = new Set<string>(titleHoldersNow);
  const shares = [...ttldtt].map((unitId) =>
    ldttOrder(random, free(unitId), previous).slice(0, excellentUnits.has(unitId) ? excellentShare(unitId) : Math.min(share(unitId), free(unitId).length)),
  );
  const mandatory = shares.reduce((sum, unitShare) => sum + unitShare.length, 0);
  const ldttCount = published?.ldtt ?? Math.max(mandatory, Math.round(people.length * (0.5 + random.next() * 0.1)));
  // Round-robin over the units, so that a published count too small for every share is spread evenly.
  for (let round = 0; ldtt.size < ldttCount && shares.some((unitShare) => unitShare.length > round); round++) {
    for (const unitShare of shares) if (round < unitShare.length && ldtt.size < ldttCount) ldtt.add(unitShare[round]);
  }
  for (const id of ldttOrder(random, eligible.filter((person) => !ldtt.has(person)), previous).slice(0, ldttCount - ldtt.size)) ldtt.add(id);

  // CSTDCS among the LDTT holders: the named first, one in each EXCELLENT unit, last year's mostly again.
  const ldttOfUnit = new Map<string, number>();
  for (const id of ldtt) ldttOfUnit.set(staff.unitOf.get(id)!, (ldttOfUnit.get(staff.unitOf.get(id)!) ?? 0) + 1);
  const cstdcsOfUnit = new Map<string, number>();
  const drawn = Math.round(ldtt.size * (0.08 + random.next() * 0.04));
  const cstdcsCount = published?.cstdcs ?? drawn;
  const cstdcs = new Set<string>();
  const take = (id: string, lawfulOnly: boolean): boolean => {
    if (cstdcs.has(id) || !ldtt.has(id)) return false;
    const unitId = staff.unitOf.get(id)!;
    const holders = cstdcsOfUnit.get(unitId) ?? 0;
    if (lawfulOnly && !law2022 && !withinCap(holders + 1, ldttOfUnit.get(unitId) ?? 0)) return false;
    cstdcs.add(id);
    cstdcsOfUnit.set(unitId, holders + 1);
    return true;
  };
  for (const id of titleHoldersNow) take(id, false);
  for (const unitId of excellentUnits) for (const id of random.sample(members(unitId), members(unitId).length)) if (take(id, true)) break;
  const ldttHolders = [...ldtt];
  for (const id of preferring(random, ldttHolders, (person) => previous?.cstdcs.has(person) ?? false, KEEPS_CSTDCS)) {
    if (cstdcs.size >= cstdcsCount) break;
    take(id, true);
  }
  // A published count the cap cannot hold stays as published: the extra ones are UNPROVEN.
  if (published) for (const id of random.sample(ldttHolders, ldttHolders.length)) if (cstdcs.size < cstdcsCount) take(id, false);
  // The grounds: an initiative (always before 2024), or from 2024 an EXCELLENT rating.
  const byInitiative = new Set([...cstdcs].filter((id) => !law2022 || titleHoldersNow.includes(id) || random.chance(0.4)));

  // Giấy khen to people: those without a title this year first, so that more people are honoured.
  const gkPeopleCount = published?.gkPeople ?? Math.round(people.length * (0.04 + random.next() * 0.02));
  const gkPeople = new Set(preferring(random, eligible, (id) => !ldtt.has(id), 1).slice(0, gkPeopleCount));

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
  // Members of a unit rated EXCELLENT all complete their tasks (TTLDXS asks it).
  const inExcellentUnit = (id: string) => excellentUnits.has(staff.unitOf.get(id)!);
  const ordinary = (floor: Rating.COMPLETED | Rating.NOT_COMPLETED): Rating => {
    const roll = random.next();
    return roll < 0.35 ? Rating.GOOD : roll < 0.9 || floor === Rating.COMPLETED ? Rating.COMPLETED : Rating.NOT_COMPLETED;
  };
  const ratingSource = (excellent: boolean, publishedCount: number | undefined) => (excellent && publishedCount !== undefined ? source : SYNTHETIC);
  const ratings: RatingRow[] = [
    ...units.map((unitId): RatingRow => {
      const excellent = excellentUnits.has(unitId);
      const rating = excellent
        ? Rating.EXCELLENT
        : ttldtt.has(unitId) || gkUnits.has(unitId)
          ? Rating.GOOD
          : blocked?.units.has(unitId)
            ? Rating.COMPLETED
            : ordinary(Rating.NOT_COMPLETED);
      return { districtId, year, personId: null, unitId, rating, source: ratingSource(excellent, published?.excellentUnits) };
    }),
    ...people.map((personId): RatingRow => {
      const excellent = excellentPeople.has(personId);
      const floor = inExcellentUnit(personId) ? Rating.COMPLETED : Rating.NOT_COMPLETED;
      const rating = excellent
        ? Rating.EXCELLENT
        : isBlocked(personId)
          ? floor === Rating.COMPLETED || random.chance(0.6)
            ? Rating.COMPLETED
            : Rating.NOT_COMPLETED
          : ldtt.has(personId) || gkPeople.has(personId)
            ? Rating.GOOD
            : ordinary(floor);
      return { districtId, year, personId, unitId: null, rating, source: ratingSource(excellent, published?.excellentPeople) };
    }),
  ];
  for (const row of ratings) {
    if (row.personId) records.rating('INDIVIDUAL', row.personId, year, row.rating);
    else records.rating('COLLECTIVE', row.unitId!, year, row.rating);
  }

  // Initiatives: the CSTDCS grounds, the ones city titles used, city-scope ones in CSTDCS runs, and a few more.
  const initiatives: GeneratedInitiative[] = [];
  const initiative = (personId: string, scope: InitiativeScope, usedFor: string | null, usedForYear: number | null = usedFor ? year : null) => {
    const title = random.pick(INITIATIVE_TOPICS);
    const row: InitiativeRow = { districtId, personId, year, title, scope, recognizedOn: random.date(year, [9, 12]), usedForAwardCode: usedFor, source: SYNTHETIC };
    // The rules read an initiative's id only to tell initiatives apart and order them.
    const fact: InitiativeFact = { id: `${personId}/${year}/${initiatives.length}`, title, year, scope, usedFor, usedForYear };
    initiatives.push({ row, fact });
    records.initiative(personId, fact);
  };
  for (const id of byInitiative) initiative(id, InitiativeScope.GRASSROOTS, 'CSTDCS');
  for (const entry of grounds) {
    if (entry.initiative.year === year) initiative(entry.personId, entry.initiative.scope, entry.initiative.usedFor, entry.initiative.usedForYear);
  }
  for (const id of cstdcs) {
    if (previous?.cstdcs.has(id) && !titleHoldersNow.includes(id) && random.chance(CITY_INITIATIVE_IN_A_RUN)) initiative(id, InitiativeScope.CITY, null);
  }
  const more = random.sample(eligible.filter((id) => !byInitiative.has(id)), Math.round(people.length * (0.005 + random.next() * 0.015)));
  for (const id of more) {
    const roll = random.next();
    initiative(id, roll < 0.85 ? InitiativeScope.GRASSROOTS : roll < 0.97 ? InitiativeScope.CITY : InitiativeScope.NATIONAL, null);
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
  // Judged in the order the rules read each other: LDTT before CSTDCS and TTLDTT.
  const awards: AwardRow[] = [];
  const award = (awardTypeCode: string, kind: RecipientKindName, id: string) => {
    const verdict = records.judge(kind, id, awardTypeCode, year);
    if (!verdict.eligible && !published) throw new Error(`the generator made an unlawful ${awardTypeCode} ${year} for ${id}: ${missingFrom(verdict)}`);
    awards.push({
      districtId,
      year,
      awardTypeCode,
      unitId: kind === 'COLLECTIVE' ? id : null,
      personId: kind === 'INDIVIDUAL' ? id : null,
      ...decisionOf(awardTypeCode),
      source,
      basis: verdict.eligible ? AwardBasis.RULE : AwardBasis.UNPROVEN,
      basisNote: verdict.eligible ? null : missingFrom(verdict),
    });
    records.award(kind, id, awardTypeCode, year);
  };
  for (const id of ldtt) award('LDTT', 'INDIVIDUAL', id);
  for (const id of cstdcs) award('CSTDCS', 'INDIVIDUAL', id);
  for (const id of ttldtt) award('TTLDTT', 'COLLECTIVE', id);
  for (const id of gkUnits) award('GK', 'COLLECTIVE', id);
  for (const id of gkPeople) award('GK', 'INDIVIDUAL', id);
  return { ratings, initiatives, awards, state: { ldtt, cstdcs } };
}
