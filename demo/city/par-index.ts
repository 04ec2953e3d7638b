import type { DatasetName, DatasetPlan, PlannedDistrict } from '../datasets';
import { Random } from '../random';
import { SYNTHETIC } from '../seed-options';
import type { ParIndex } from '../../services/city/entities/par-index';
import { competitionRanks } from '../../services/city/par-ranking';
import { validIn } from './district-validity';
import type { PublishedFacts, PublishedParYear } from './published';

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

export function parIndexRows(plan: DatasetPlan, published: PublishedFacts): Array<Omit<ParIndex, 'id'>> {
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
    const ranks = competitionRanks(scores);
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
