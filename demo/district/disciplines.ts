import { Random } from '../random';
import { SYNTHETIC } from '../seed-options';
import { DisciplineLevel, type Discipline } from '../../services/district/entities/discipline';
import type { Staff } from './staff';

export type DisciplineRow = Omit<Discipline, 'id' | 'district' | 'person'>;

/** Who may not be honoured in a year: people under a discipline, units with a member under a warning or worse. */
export interface Blocked {
  people: Set<string>;
  units: Set<string>;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A few disciplinary measures a year over the synthetic years, and who they block in which year:
 * achievements count only from the end of the period (the rules void every year up to the one it
 * ends in), and a warning or worse also keeps the person's unit from TTLDTT and TTLDXS.
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
