import { datasetPlan, type DatasetName, type DatasetPlan, type PlannedDistrict } from '../datasets';
import { Random } from '../random';
import { missingFrom } from '../records';
import { SYNTHETIC } from '../seed-options';
import type { DistrictStanding } from '../cluster/seed';
import type { GeneratedInitiative } from '../district/awards';
import type { DistrictGeneration } from '../district/generation';
import type { ClusterVote } from './cluster-vote';
import { captured, type DossierClaim } from './dossier-claim';
import { notChosenNote, PUBLISHED_ELSEWHERE_NOTE, rejectionNote, WITHDRAWAL_NOTE } from './dossier-notes';
import type { DraftAward } from './draft-award';
import { AwardBasis } from '../../services/core/award-basis';
import { RecipientKind } from '../../services/city/entities/award-type';
import type { ConditionResult, RecipientKindName, Verdict } from '../../services/core/rules';
import type { DraftDecision } from './decisions';
import { validIn } from './district-validity';
import { CITY_CHAIR, PRESIDENT, PRIME_MINISTER, type Issuer } from './issuers';
import { PUBLISHED, type PublishedCityAwards, type PublishedOrders } from './published';

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


/** By a decision of the data set, or by the authority a source names without one. */
type Conferral = Pick<DraftAward, 'decisionKey' | 'conferredBy'>;

export interface CityGeneration {
  awards: DraftAward[];
  /** The decisions some award refers to. */
  decisions: DraftDecision[];
  /** The dossiers of the synthetic years: one for every synthetic award, every synthetic nomination, and the candidates the rules refused. */
  dossiers: DossierClaim[];
}

/** The share of the last year's would-be awards whose dossiers are still with the board: the review queue of a fresh start. */
const OPEN_SHARE = 0.25;
/** The share of refused candidates a district proposed anyway (the rest it never filed): of people's titles, and of the rest. */
const FILED_REFUSED_PERSON = 0.015;
const FILED_REFUSED = 0.35;
/** The share of refused dossiers the proposer withdrew when the board asked for what they lack, instead of being rejected. */
const WITHDRAWN_SHARE = 0.3;

const REASONS = {
  CSTD_TP: (year: number) => `Có thành tích xuất sắc tiêu biểu, sáng kiến được áp dụng có hiệu quả trong phạm vi Thành phố năm ${year}`,
  TTLDXS: (year: number) => `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
  BK_TP: (year: number) => `Có thành tích xuất sắc trong thực hiện nhiệm vụ công tác từ năm ${year - 1} đến năm ${year}`,
  BK_TP_DISTRICT: (year: number) => `Có thành tích xuất sắc trong phong trào thi đua của cụm năm ${year}`,
  CO_TP: (year: number) => `Đơn vị dẫn đầu phong trào thi đua của cụm năm ${year}`,
  CO_CP: (year: number) => `Đơn vị dẫn đầu phong trào thi đua của Thành phố năm ${year}`,
  BK_TTG: (year: number) => `Có thành tích xuất sắc trong công tác từ năm ${year - 4} đến năm ${year}`,
  HCLD_3: (year: number) =>
    `Có thành tích xuất sắc trong công tác từ năm ${year - 4} đến năm ${year}, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc`,
};

const ORDER_NAMES: Record<string, string> = {
  HCDL_1: 'Huân chương Độc lập hạng Nhất',
  HCLD_1: 'Huân chương Lao động hạng Nhất',
  HCLD_2: 'Huân chương Lao động hạng Nhì',
  HCLD_3: 'Huân chương Lao động hạng Ba',
};

/** A branch of a verdict, found by its code among the conditions and their parts. */
function part(conditions: ConditionResult[], code: string): ConditionResult | undefined {
  for (const condition of conditions) {
    if (condition.code === code) return condition;
    const found = part(condition.parts, code);
    if (found) return found;
  }
  return undefined;
}

/**
 * The city and national awards of a data set, year by year, oldest first, on the records the
 * district's generation left (demo/records.ts): every award is judged by the rule in force for its
 * year before it is made, and the initiatives it rests on are marked used (in the district's rows
 * too). A generated award the rule refuses is not made; a published one keeps its place with basis
 * UNPROVEN and what is missing. The synthetic years' dossiers come with them (demo/city/dossier-claim.ts):
 * the one each synthetic award answers, one for each synthetic nomination, and some of the candidates
 * the rule refused, with the verdict each was submitted with; the last year is left partly undecided.
 */
class CityAwardGenerator {
  readonly awards: DraftAward[] = [];
  readonly dossiers: DossierClaim[] = [];
  private readonly decisions = new Map<string, DraftDecision>();
  /** `code/year/recipient id` → the dossier a synthetic award answers. */
  private readonly decided = new Map<string, DossierClaim>();
  /** The initiatives each synthetic award used: released again if it is left undecided. */
  private readonly usedBy = new Map<DraftAward, GeneratedInitiative[]>();
  /** Draws of the dossiers, apart from the awards' own so that these stay as they were. */
  private readonly dossierRandom: Random;
  private readonly plan: DatasetPlan;
  private readonly initiatives: Map<string, GeneratedInitiative>;
  private readonly people: Map<string, DistrictGeneration['rows']['people'][number]>;
  private readonly units: Map<string, DistrictGeneration['rows']['units'][number]>;
  /** `code/year/recipient id` of every award made: one of a kind a recipient a year. */
  private readonly held = new Set<string>();
  /** `code/recipient id` of every award made, whatever the year. */
  private readonly ever = new Set<string>();
  private readonly bkTpPeople = new Map<string, number>();
  /** Each TTLDXS holder's first year. */
  private readonly ttldxsUnits = new Map<string, number>();

  constructor(
    private readonly dataset: DatasetName,
    private readonly scale: number,
    private readonly district: DistrictGeneration,
    private readonly standings: DistrictStanding[],
    private readonly votes: ClusterVote[],
  ) {
    this.dossierRandom = new Random(dataset, 'city', 'dossiers');
    this.plan = datasetPlan(dataset);
    this.initiatives = new Map(district.rows.initiatives.map((initiative) => [initiative.fact.id, initiative]));
    this.people = new Map(district.rows.people.map((person) => [person.id, person]));
    this.units = new Map(district.rows.units.map((unit) => [unit.id, unit]));
  }

  private decision(key: string, issuer: Issuer, year: number): Conferral {
    if (!this.decisions.has(key)) this.decisions.set(key, { key, issuer, year });
    return { decisionKey: key, conferredBy: null };
  }

  private judge(kind: RecipientKindName, id: string, awardType: string, year: number): Verdict {
    return this.district.records.judge(kind, id, awardType, year);
  }

  private holds(awardTypeCode: string, year: number, id: string): boolean {
    return this.held.has(`${awardTypeCode}/${year}/${id}`);
  }

  /** A recipient as a decision names it, with the ids an award or a dossier keeps. */
  private recipientOf(recipient: { kind: RecipientKindName; id: string }): Pick<DraftAward, 'recipientKind' | 'recipientName' | 'districtId' | 'unitId' | 'personId'> {
    const person = recipient.kind === 'INDIVIDUAL' ? this.people.get(recipient.id)! : null;
    const unit = recipient.kind === 'COLLECTIVE' ? this.units.get(recipient.id)! : null;
    const district = this.plan.districts.find((candidate) => candidate.id === (person?.districtId ?? unit?.districtId ?? recipient.id))!;
    const unitName = person ? this.units.get(person.unitId)?.name : undefined;
    const named = this.plan.namedPeople.some((candidate) => candidate.id === person?.id);
    return {
      recipientKind: recipient.kind === 'INDIVIDUAL' ? INDIVIDUAL : recipient.kind === 'COLLECTIVE' ? COLLECTIVE : WHOLE_DISTRICT,
      recipientName: person
        ? // An article names the person and position, not the unit.
          unitName && !named
          ? `${person.fullName}, ${person.position}, ${unitName}`
          : `${person.fullName}, ${person.position}`
        : unit
          ? unit.name
          : districtRecipientName(district),
      districtId: district.id,
      unitId: unit?.id ?? null,
      personId: person?.id ?? null,
    };
  }

  /** Records an award, judged already: its row, the recipient's record, what it used, and (synthetic) the dossier it answers. */
  private make(
    awardTypeCode: string,
    year: number,
    recipient: { kind: RecipientKindName; id: string },
    draft: Pick<DraftAward, 'reason' | 'source'> & Conferral,
    verdict: Verdict,
    used: GeneratedInitiative[] = [],
  ): void {
    const award: DraftAward = {
      year,
      awardTypeCode,
      ...draft,
      ...this.recipientOf(recipient),
      nominationId: null,
      basis: verdict.eligible ? AwardBasis.RULE : AwardBasis.UNPROVEN,
      basisNote: verdict.eligible ? null : missingFrom(verdict),
    };
    this.awards.push(award);
    if (draft.source === SYNTHETIC) {
      const claim: DossierClaim = {
        year,
        awardTypeCode,
        ...this.recipientOf(recipient),
        nomination: null,
        reason: draft.reason ?? '',
        verdict: captured(verdict),
        outcome: 'DECIDED',
        award,
        issuer: this.decisions.get(draft.decisionKey!)!.issuer,
        note: null,
      };
      this.dossiers.push(claim);
      this.decided.set(`${awardTypeCode}/${year}/${recipient.id}`, claim);
      this.usedBy.set(award, used);
    }
    this.held.add(`${awardTypeCode}/${year}/${recipient.id}`);
    this.ever.add(`${awardTypeCode}/${recipient.id}`);
    this.district.records.award(recipient.kind, recipient.id, awardTypeCode, year);
    if (awardTypeCode === 'BK_TP' && recipient.kind === 'INDIVIDUAL' && !this.bkTpPeople.has(recipient.id)) this.bkTpPeople.set(recipient.id, year);
    if (awardTypeCode === 'TTLDXS' && !this.ttldxsUnits.has(recipient.id)) this.ttldxsUnits.set(recipient.id, year);
  }

  /**
   * The initiatives an eligible verdict rests on, marked used for its award: an initiative counts
   * once. The district reads an initiative's award as the holder's first of that code from the
   * initiative's year on, so only initiatives after the person's last such award are taken.
   * Answers the initiatives taken; null when the verdict needs initiatives it cannot take so.
   */
  private useInitiatives(personId: string, verdict: Verdict, code: string, count: number): GeneratedInitiative[] | null {
    const condition = part(verdict.conditions, code);
    if (!condition) return [];
    const last = Math.max(
      Number.NEGATIVE_INFINITY,
      ...this.district.records
        .person(personId)
        .awards.filter((award) => award.awardTypeCode === verdict.awardType && award.year < verdict.year)
        .map((award) => award.year),
    );
    const usable = condition.evidence.initiatives.filter((initiative) => initiative.year > last && initiative.usedFor === null);
    if (usable.length < count) return null;
    const taken = usable.slice(-count).map(({ id }) => this.initiatives.get(id)!);
    for (const { row, fact } of taken) {
      fact.usedFor = verdict.awardType;
      fact.usedForYear = verdict.year;
      row.usedForAwardCode = verdict.awardType;
    }
    return taken;
  }

  /** An award left undecided gives its initiatives back: they count for the award that is conferred. */
  private release(award: DraftAward): void {
    for (const { row, fact } of this.usedBy.get(award) ?? []) {
      fact.usedFor = null;
      fact.usedForYear = null;
      row.usedForAwardCode = null;
    }
  }

  /**
   * A person's verdict for CSTD_TP or BK_TP and, if the rule allows it, the initiatives it rests on,
   * taken (`used` is null when it is refused, or its initiatives cannot be taken).
   */
  private personalTitle(awardTypeCode: 'CSTD_TP' | 'BK_TP', year: number, personId: string): { verdict: Verdict; used: GeneratedInitiative[] | null } {
    const verdict = this.judge('INDIVIDUAL', personId, awardTypeCode, year);
    if (!verdict.eligible) return { verdict, used: null };
    if (awardTypeCode === 'CSTD_TP') return { verdict, used: this.useInitiatives(personId, verdict, 'CITY_INITIATIVE', 1) };
    // BK_TP: two CSTDCS years running need no initiative; two EXCELLENT years use two.
    if (part(verdict.conditions, 'CSTDCS_2_YEARS')?.met) return { verdict, used: [] };
    return { verdict, used: this.useInitiatives(personId, verdict, 'TWO_INITIATIVES', 2) };
  }

  /**
   * A candidate the rule refuses, whose dossier the proposer filed anyway (a share of them, drawn
   * apart from the awards): the board rejects it for what the verdict lacks, or the proposer
   * withdraws it when asked for evidence it does not have. Only synthetic years have dossiers.
   */
  private refuse(awardTypeCode: string, year: number, recipient: { kind: RecipientKindName; id: string }, verdict: Verdict, issuer: Issuer, reason: string, share: number): void {
    if (verdict.eligible || !this.dossierRandom.chance(share)) return;
    const withdrawn = this.dossierRandom.chance(WITHDRAWN_SHARE);
    this.dossiers.push({
      year,
      awardTypeCode,
      ...this.recipientOf(recipient),
      nomination: null,
      reason,
      verdict: captured(verdict),
      outcome: withdrawn ? 'WITHDRAWN' : 'REJECTED',
      award: null,
      issuer,
      note: withdrawn ? WITHDRAWAL_NOTE : rejectionNote(captured(verdict)),
    });
  }

  /**
   * People of a district who may hold a city title in a year, in random order: CSTDCS (or, unless
   * `cstdcsOnly`, rated EXCELLENT) that year or the year before, the years the titles' records end
   * with. The rule decides; this only spares judging everyone.
   */
  private titleCandidates(districtId: string, year: number, random: Random, cstdcsOnly: boolean): string[] {
    const staff = this.district.staff.get(districtId)!;
    const titles = this.district.titles.get(districtId);
    const cstdcs = [year - 1, year].map((recent) => titles?.get(recent)?.cstdcs ?? new Set<string>());
    const excellent = (id: string) => [year - 1, year].some((recent) => this.district.records.rated('INDIVIDUAL', id, recent) === 'EXCELLENT');
    const found = staff.personIds.filter((id) => !staff.named.has(id) && (cstdcs.some((holders) => holders.has(id)) || (!cstdcsOnly && excellent(id))));
    return random.sample(found, found.length);
  }

  /** Up to `count` of the candidates the rule allows, each given the title. */
  private personalTitles(awardTypeCode: 'CSTD_TP' | 'BK_TP', year: number, candidates: string[], count: number, draft: Pick<DraftAward, 'reason' | 'source'> & Conferral): number {
    let made = 0;
    for (const id of candidates) {
      if (made >= count) break;
      if (this.holds('CSTD_TP', year, id) || this.holds('BK_TP', year, id)) continue;
      const { verdict, used } = this.personalTitle(awardTypeCode, year, id);
      if (!used) {
        if (draft.source === SYNTHETIC) this.refuse(awardTypeCode, year, { kind: 'INDIVIDUAL', id }, verdict, CITY_CHAIR, draft.reason ?? '', FILED_REFUSED_PERSON);
        continue;
      }
      this.make(awardTypeCode, year, { kind: 'INDIVIDUAL', id }, draft, verdict, used);
      made++;
    }
    return made;
  }

  /** Units of a district the rule allows a TTLDXS that year: rated EXCELLENT, in random order. */
  private ttldxsCandidates(districtId: string, year: number, random: Random): string[] {
    const staff = this.district.staff.get(districtId)!;
    const excellent = staff.unitIds.filter((id) => this.district.records.rated('COLLECTIVE', id, year) === 'EXCELLENT');
    return random.sample(excellent, excellent.length).filter((id) => this.judge('COLLECTIVE', id, 'TTLDXS', year).eligible);
  }

  /** A district's city-level awards of a year: titles and certificates to its people and units. */
  private districtYear(district: PlannedDistrict, year: number): void {
    const random = new Random(this.dataset, 'city', 'awards', district.id, year);
    const { scale } = this;
    const cstdTp = scaled(random, scale, (r) => r.int(1, 3));
    const bkTpPeople = scaled(random, scale, (r) => r.int(2, 5));
    const ttldxs = scaled(random, scale, (r) => r.int(2, 3));
    const bkTpUnits = scaled(random, scale, (r) => r.int(1, 3));
    const cstdDecision = this.decision(`${year}/CSTD_TP`, CITY_CHAIR, year);
    const ttldxsDecision = this.decision(`${year}/TTLDXS`, CITY_CHAIR, year);
    // Certificates of merit are decided district by district, on each district's proposal.
    const bkDecision = this.decision(`${year}/BK_TP/${district.id}`, CITY_CHAIR, year);
    this.personalTitles('CSTD_TP', year, this.titleCandidates(district.id, year, random, true), cstdTp, { reason: REASONS.CSTD_TP(year), source: SYNTHETIC, ...cstdDecision });
    this.personalTitles('BK_TP', year, this.titleCandidates(district.id, year, random, false), bkTpPeople, { reason: REASONS.BK_TP(year), source: SYNTHETIC, ...bkDecision });
    for (const id of this.ttldxsCandidates(district.id, year, random).slice(0, ttldxs)) {
      this.make('TTLDXS', year, { kind: 'COLLECTIVE', id }, { reason: REASONS.TTLDXS(year), source: SYNTHETIC, ...ttldxsDecision }, this.judge('COLLECTIVE', id, 'TTLDXS', year));
    }
    const units = this.district.staff.get(district.id)!.unitIds.filter((id) => !this.holds('TTLDXS', year, id));
    for (const id of random.sample(units, bkTpUnits)) {
      const verdict = this.judge('COLLECTIVE', id, 'BK_TP', year);
      if (verdict.eligible) this.make('BK_TP', year, { kind: 'COLLECTIVE', id }, { reason: REASONS.BK_TP(year), source: SYNTHETIC, ...bkDecision }, verdict);
      else this.refuse('BK_TP', year, { kind: 'COLLECTIVE', id }, verdict, CITY_CHAIR, REASONS.BK_TP(year), FILED_REFUSED);
    }
  }

  /**
   * City flags to the cluster leaders whose targets were exceeded (one a cluster a year), the
   * Government's flag now and then to one of them, and the national certificates and orders.
   */
  private cityYear(year: number, districts: PlannedDistrict[], replaced: Set<string>): void {
    const random = new Random(this.dataset, 'city', 'awards', year);
    const { scale } = this;
    const valid = new Set(districts.filter((district) => !replaced.has(district.id)).map((district) => district.id));
    const leaders = this.standings.filter((standing) => standing.year === year && standing.rank === 1 && valid.has(standing.districtId));
    const coTp = this.decision(`${year}/CO_TP`, CITY_CHAIR, year);
    const flagged: string[] = [];
    for (const { districtId } of leaders) {
      const verdict = this.judge('DISTRICT', districtId, 'CO_TP', year);
      if (!verdict.eligible) {
        this.refuse('CO_TP', year, { kind: 'DISTRICT', id: districtId }, verdict, CITY_CHAIR, REASONS.CO_TP(year), FILED_REFUSED);
        continue;
      }
      this.make('CO_TP', year, { kind: 'DISTRICT', id: districtId }, { reason: REASONS.CO_TP(year), source: SYNTHETIC, ...coTp }, verdict);
      flagged.push(districtId);
    }
    // The Government flag goes to a cluster leader that already holds the city's.
    const governmentFlag = leaders.map(({ districtId }) => districtId).filter((id) => this.judge('DISTRICT', id, 'CO_CP', year).eligible);
    if (governmentFlag.length > 0 && random.chance(0.6)) {
      const id = random.pick(governmentFlag);
      const decision = this.decision(`${year}/CO_CP`, PRIME_MINISTER, year);
      this.make('CO_CP', year, { kind: 'DISTRICT', id }, { reason: REASONS.CO_CP(year), source: SYNTHETIC, ...decision }, this.judge('DISTRICT', id, 'CO_CP', year));
    }
    const bkTtg = scaled(random, scale, (r) => r.int(1, 3));
    const bkTtgDecision = this.decision(`${year}/BK_TTG`, PRIME_MINISTER, year);
    const earlier = [...this.bkTpPeople].filter(([id, since]) => since < year && !this.ever.has(`BK_TTG/${id}`));
    let made = 0;
    for (const [id] of random.sample(earlier, earlier.length)) {
      if (made >= bkTtg) break;
      const verdict = this.judge('INDIVIDUAL', id, 'BK_TTG', year);
      if (!verdict.eligible) {
        this.refuse('BK_TTG', year, { kind: 'INDIVIDUAL', id }, verdict, PRIME_MINISTER, REASONS.BK_TTG(year), FILED_REFUSED_PERSON);
        continue;
      }
      this.make('BK_TTG', year, { kind: 'INDIVIDUAL', id }, { reason: REASONS.BK_TTG(year), source: SYNTHETIC, ...bkTtgDecision }, verdict);
      made++;
    }
    // A Labor Order 3rd class to a person needs a BK_TTG five years before and more: the years the data
    // set covers cannot hold that record, so the orders go to collectives that earned a TTLDXS in an earlier year.
    const hcld = scaled(random, scale, (r) => (r.chance(0.5) ? 1 : 0));
    if (hcld === 0) return;
    const hcldDecision = this.decision(`${year}/HCLD_3`, PRESIDENT, year);
    const collectives = [...this.ttldxsUnits]
      .filter(([id, since]) => since < year && valid.has(this.units.get(id)!.districtId) && !this.ever.has(`HCLD_3/${id}`))
      .map(([id]) => id);
    for (const id of random.sample(collectives, hcld)) {
      const verdict = this.judge('COLLECTIVE', id, 'HCLD_3', year);
      if (verdict.eligible) this.make('HCLD_3', year, { kind: 'COLLECTIVE', id }, { reason: REASONS.HCLD_3(year), source: SYNTHETIC, ...hcldDecision }, verdict);
      else this.refuse('HCLD_3', year, { kind: 'COLLECTIVE', id }, verdict, PRESIDENT, REASONS.HCLD_3(year), FILED_REFUSED);
    }
  }

  /**
   * The dossiers of a year's synthetic nominations, one each (proposed by the cluster, for the
   * district as a whole). A nominee conferred that award has it answer the vote's dossier; a
   * certificate of merit to a district (BK_TP: no condition on the record) is conferred on the vote;
   * the board rejects the rest, for what the rule finds missing or because the city proposes one
   * Government flag a year. Where the district's awards of the year are an article's, the cluster withdrew it.
   */
  private nominationYear(year: number, replaced: Set<string>): void {
    for (const vote of this.votes.filter((candidate) => candidate.year === year)) {
      const { id, clusterId, votePercent, reviewedOn, rank, members, districtId, awardTypeCode } = vote;
      const nomination = { id, clusterId, votePercent, reviewedOn, rank, members };
      const recipient = { kind: 'DISTRICT' as const, id: districtId };
      const key = `${awardTypeCode}/${year}/${districtId}`;
      const verdict = this.judge('DISTRICT', districtId, awardTypeCode, year);
      const elsewhere = replaced.has(districtId) || (this.holds(awardTypeCode, year, districtId) && !this.decided.has(key));
      if (!this.decided.has(key) && !elsewhere && verdict.eligible && awardTypeCode === 'BK_TP') {
        const decision = this.decision(`${year}/BK_TP/cluster-${clusterId}`, CITY_CHAIR, year);
        this.make('BK_TP', year, recipient, { reason: REASONS.BK_TP_DISTRICT(year), source: SYNTHETIC, ...decision }, verdict);
      }
      const answered = this.decided.get(key);
      if (answered) {
        answered.nomination = nomination;
        answered.award!.nominationId = id;
        continue;
      }
      const reason = (REASONS as Record<string, ((year: number) => string) | undefined>)[awardTypeCode]?.(year) ?? '';
      this.dossiers.push({
        year,
        awardTypeCode,
        ...this.recipientOf(recipient),
        nomination,
        reason,
        verdict: captured(verdict),
        outcome: elsewhere ? 'WITHDRAWN' : 'REJECTED',
        award: null,
        issuer: awardTypeCode === 'CO_CP' ? PRIME_MINISTER : CITY_CHAIR,
        note: elsewhere ? PUBLISHED_ELSEWHERE_NOTE : verdict.eligible ? notChosenNote(awardTypeCode, year) : rejectionNote(captured(verdict)),
      });
    }
  }

  /**
   * The last synthetic year is still being decided: a share of its would-be awards are not conferred
   * yet, their dossiers still with the board. They are the year's last and no later year exists, so
   * taking them out changes no other award's record, but for a CO_CP resting on its district's CO_TP
   * of the year: the city's flags, decided first, are all conferred. The initiatives the others would
   * have used are released.
   */
  private leaveOpen(year: number): Set<DraftAward> {
    const random = new Random(this.dataset, 'city', 'open', year);
    const undecided = new Set<DraftAward>();
    for (const claim of this.dossiers) {
      if (claim.year !== year || claim.outcome !== 'DECIDED' || claim.awardTypeCode === 'CO_TP') continue;
      if (!random.chance(OPEN_SHARE)) continue;
      undecided.add(claim.award!);
      this.release(claim.award!);
      claim.outcome = 'OPEN';
      claim.award = null;
    }
    return undecided;
  }

  /** An article's awards: the people it names, and the recipients it only counts, the lawful ones first. */
  private publishedAwards(facts: PublishedCityAwards): void {
    const conferral: Conferral = { decisionKey: null, conferredBy: facts.conferredBy.authority(this.plan) };
    const { year, source } = facts;
    for (const { personId, awardTypeCode } of facts.named) {
      if (!this.people.has(personId)) throw new Error(`the ${this.plan.name} data set names no person ${personId}`);
      // The article names the person and position, not the decision or a reason.
      const verdict = this.judge('INDIVIDUAL', personId, awardTypeCode, year);
      this.make(awardTypeCode, year, { kind: 'INDIVIDUAL', id: personId }, { reason: null, source, ...conferral }, verdict);
    }
    const random = new Random(this.dataset, 'city', 'published', facts.source, facts.districtId, facts.year);
    const staff = this.district.staff.get(facts.districtId)!;
    for (const counted of facts.counted) {
      const draft = { reason: counted.reason, source, ...conferral };
      let made = 0;
      if (counted.recipientKind === INDIVIDUAL && (counted.awardTypeCode === 'CSTD_TP' || counted.awardTypeCode === 'BK_TP')) {
        made = this.personalTitles(counted.awardTypeCode, year, this.titleCandidates(facts.districtId, year, random, false), counted.count, draft);
      } else if (counted.awardTypeCode === 'TTLDXS') {
        for (const id of this.ttldxsCandidates(facts.districtId, year, random).slice(0, counted.count)) {
          this.make('TTLDXS', year, { kind: 'COLLECTIVE', id }, draft, this.judge('COLLECTIVE', id, 'TTLDXS', year));
          made++;
        }
      }
      // The rest, as published, whatever the record proves: UNPROVEN where it does not.
      const kind: RecipientKindName = counted.recipientKind === INDIVIDUAL ? 'INDIVIDUAL' : 'COLLECTIVE';
      const pool = (kind === 'INDIVIDUAL' ? staff.personIds.filter((id) => !staff.named.has(id)) : staff.unitIds).filter(
        (id) => !this.holds(counted.awardTypeCode, year, id) && !(kind === 'INDIVIDUAL' && this.holds('CSTD_TP', year, id)) && !(kind === 'COLLECTIVE' && this.holds('TTLDXS', year, id)),
      );
      const rest = random.sample(pool, counted.count - made);
      if (rest.length < counted.count - made) throw new Error(`${facts.districtId} has too few recipients for ${facts.source}`);
      for (const id of rest) this.make(counted.awardTypeCode, year, { kind, id }, draft, this.judge(kind, id, counted.awardTypeCode, year));
    }
  }

  /** A member's collective with the most titles and EXCELLENT years up to the year: the one an order is defensibly given to. */
  private bestCollective(districtId: string, year: number): string {
    const staff = this.district.staff.get(districtId)!;
    const merit = (id: string) => {
      const record = this.district.records.unit(id, year);
      const titles = record.awards.filter((award) => award.year <= year && award.year > year - 3).length;
      const excellent = record.ratings.filter((rating) => rating.year <= year && rating.year > year - 3 && rating.rating === 'EXCELLENT').length;
      return titles + excellent;
    };
    return [...staff.unitIds].sort((a, b) => merit(b) - merit(a) || (a < b ? -1 : 1))[0];
  }

  /** Orders a cluster's review counts without recipients: one to the best collective of each member, by standing. */
  private publishedOrders(orders: PublishedOrders): void {
    const members = this.standings.filter((standing) => standing.clusterId === orders.cluster && standing.year === orders.year).sort((a, b) => a.rank - b.rank);
    if (members.length < orders.awards.length) throw new Error(`cluster ${orders.cluster} has too few members in ${orders.year} for ${orders.source}`);
    const conferral: Conferral = { decisionKey: null, conferredBy: orders.conferredBy.authority(this.plan) };
    orders.awards.forEach((awardTypeCode, index) => {
      const { districtId, rank } = members[index];
      const id = this.bestCollective(districtId, orders.year);
      // The recipient is the data set's choice: the award's reason says so (its basis is the rule's).
      const reason =
        `${orders.source} counts 1 ${ORDER_NAMES[awardTypeCode]} among the awards of cluster ${orders.cluster}'s collectives and people in ${orders.year} ` +
        `without naming its recipient: the data set gives the orders to the members by their ${orders.year} standing (rank ${rank}), ` +
        `each to the collective of the district with the most titles and EXCELLENT ratings in ${orders.year - 2}–${orders.year}.`;
      this.make(awardTypeCode, orders.year, { kind: 'COLLECTIVE', id }, { reason, source: orders.source, ...conferral }, this.judge('COLLECTIVE', id, awardTypeCode, orders.year));
    });
  }

  generate(): CityGeneration {
    const published = PUBLISHED[this.dataset];
    const years = [
      ...new Set([...this.plan.syntheticYears, ...published.cityAwards.map((facts) => facts.year), ...published.orders.map((orders) => orders.year)]),
    ].sort((a, b) => a - b);
    for (const year of years) {
      const districts = this.plan.districts.filter((district) => validIn(district, year));
      const ofYear = published.cityAwards.filter((facts) => facts.year === year);
      const replaced = new Set(ofYear.map((facts) => facts.districtId));
      for (const district of districts) {
        const facts = ofYear.find((candidate) => candidate.districtId === district.id);
        if (facts) this.publishedAwards(facts);
        else if (this.plan.syntheticYears.includes(year)) this.districtYear(district, year);
      }
      if (this.plan.syntheticYears.includes(year)) {
        this.cityYear(year, districts, replaced);
        this.nominationYear(year, replaced);
      }
      for (const orders of published.orders.filter((entry) => entry.year === year)) this.publishedOrders(orders);
    }
    const undecided = this.plan.syntheticYears.length > 0 ? this.leaveOpen(Math.max(...this.plan.syntheticYears)) : new Set<DraftAward>();
    const awards = this.awards.filter((award) => !undecided.has(award));
    const used = new Set(awards.map((award) => award.decisionKey));
    return { awards, decisions: [...this.decisions.values()].filter((decision) => used.has(decision.key)), dossiers: this.dossiers };
  }
}

/** The city and national awards of a data set on the district's generated records, and the dossiers of its synthetic years. */
export function generateCityAwards(dataset: DatasetName, scale: number, district: DistrictGeneration, standings: DistrictStanding[], votes: ClusterVote[]): CityGeneration {
  return new CityAwardGenerator(dataset, scale, district, standings, votes).generate();
}
