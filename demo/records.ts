import { judge } from '../services/core/rules';
import type {
  ConditionResult,
  DisciplineFact,
  InitiativeFact,
  RatingName,
  RecipientKindName,
  RecipientRecord,
  StandingFact,
  TargetFact,
  UnitTitleCount,
  Verdict,
} from '../services/core/rules';

interface PersonEntry {
  record: RecipientRecord;
  unitId: string;
}

interface UnitEntry {
  record: RecipientRecord;
  memberIds: string[];
}

/**
 * The records the rules read (services/core/rules/record.ts), kept as the generator makes the data:
 * every title, rating, initiative and discipline is added here as its row is made, so that each
 * award is judged on the record as it stands when it is conferred, oldest year first. The district
 * subgraph builds the same records from the rows (services/district/eligibility/records.ts).
 */
export class DemoRecords {
  private readonly people = new Map<string, PersonEntry>();
  private readonly units = new Map<string, UnitEntry>();
  private readonly districts = new Map<string, RecipientRecord>();
  /** Per unit: how many of its people hold each district title each year (Decree 91's quota reads it). */
  private readonly unitCounts = new Map<string, UnitTitleCount[]>();

  addDistrict(id: string, standings: StandingFact[]): void {
    this.districts.set(id, { kind: 'DISTRICT', id, districtId: id, awards: [], ratings: [], initiatives: [], disciplines: [], standings, targets: [] });
  }

  addUnit(id: string, districtId: string, memberIds: string[]): void {
    const counts: UnitTitleCount[] = [];
    this.unitCounts.set(id, counts);
    this.units.set(id, { record: { kind: 'COLLECTIVE', id, districtId, awards: [], ratings: [], initiatives: [], disciplines: [], members: [] }, memberIds });
  }

  addPerson(id: string, districtId: string, unitId: string, gender: 'MALE' | 'FEMALE'): void {
    const record: RecipientRecord = {
      kind: 'INDIVIDUAL',
      id,
      districtId,
      gender,
      awards: [],
      ratings: [],
      initiatives: [],
      disciplines: [],
      unitCounts: this.unitCounts.get(unitId)!,
    };
    this.people.set(id, { record, unitId });
  }

  person(id: string): RecipientRecord {
    const entry = this.people.get(id);
    if (!entry) throw new Error(`the demo records hold no person ${id}`);
    return entry.record;
  }

  /** A unit's record with its members as they stand in `year`. */
  unit(id: string, year: number): RecipientRecord {
    const entry = this.units.get(id);
    if (!entry) throw new Error(`the demo records hold no unit ${id}`);
    entry.record.members = entry.memberIds.map((personId) => {
      const member = this.person(personId);
      return {
        personId,
        rating: member.ratings.find((rating) => rating.year === year)?.rating ?? null,
        awards: member.awards.filter((award) => award.year === year).map((award) => award.awardTypeCode),
        disciplines: member.disciplines,
      };
    });
    return entry.record;
  }

  district(id: string): RecipientRecord {
    const record = this.districts.get(id);
    if (!record) throw new Error(`the demo records hold no district ${id}`);
    return record;
  }

  private recordOf(kind: RecipientKindName, id: string): RecipientRecord {
    if (kind === 'INDIVIDUAL') return this.person(id);
    if (kind === 'COLLECTIVE') return this.units.get(id)!.record;
    return this.district(id);
  }

  /** Judges a recipient for an award of a year on the record as it stands. */
  judge(kind: RecipientKindName, id: string, awardType: string, year: number): Verdict {
    return judge(kind === 'COLLECTIVE' ? this.unit(id, year) : this.recordOf(kind, id), awardType, year);
  }

  /** An award or title held; a person's also counts for their unit's quotas. */
  award(kind: RecipientKindName, id: string, awardTypeCode: string, year: number): void {
    this.recordOf(kind, id).awards.push({ awardTypeCode, year });
    if (kind !== 'INDIVIDUAL') return;
    const counts = this.unitCounts.get(this.people.get(id)!.unitId)!;
    const count = counts.find((entry) => entry.year === year && entry.awardTypeCode === awardTypeCode);
    if (count) count.holders += 1;
    else counts.push({ year, awardTypeCode, holders: 1 });
  }

  rating(kind: 'INDIVIDUAL' | 'COLLECTIVE', id: string, year: number, rating: RatingName): void {
    this.recordOf(kind, id).ratings.push({ year, rating });
  }

  /** The recipient's rating of a year, if any. */
  rated(kind: 'INDIVIDUAL' | 'COLLECTIVE', id: string, year: number): RatingName | null {
    return this.recordOf(kind, id).ratings.find((rating) => rating.year === year)?.rating ?? null;
  }

  initiative(personId: string, fact: InitiativeFact): void {
    this.person(personId).initiatives.push(fact);
  }

  discipline(personId: string, fact: DisciplineFact): void {
    this.person(personId).disciplines.push(fact);
  }

  target(districtId: string, fact: TargetFact): void {
    this.district(districtId).targets!.push(fact);
  }
}

/** What a condition's evidence found, its branches' for ANY_OF and ALL_OF. */
function found(condition: ConditionResult): string {
  if (condition.evidence.note) return condition.evidence.note;
  const failed = condition.parts.filter((part) => !part.met);
  return failed.length > 0 ? failed.map((part) => `${part.code}: ${found(part)}`).join(', ') : 'not met';
}

/** What a verdict lacks, for an UNPROVEN award's note (at most 500 characters): each failed condition and what its evidence found. */
export function missingFrom(verdict: Verdict): string {
  const failed = verdict.conditions.filter((condition) => !condition.met);
  const parts = failed.map((condition) => `${condition.code} (${condition.en}): ${found(condition)}`);
  const note = `Not provable from the record under ${verdict.version.id}: ${parts.join('; ')}`;
  return note.length <= 500 ? note : `${note.slice(0, 499)}…`;
}
