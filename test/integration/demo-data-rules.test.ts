import type { DataSource } from 'typeorm';
import type { SubgraphName } from '../../services/core/config';
import { judge, ruleFor } from '../../services/core/rules';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { SUBGRAPHS } from '../../services/subgraphs';
import { seedDatabase } from '../../demo/seeding';
import { readAwardsOnRecord, type AwardOnRecord, type AwardsOnRecord } from '../support/awards-on-record';
import { DATABASES, type TestDatabases } from '../support/databases';

// Issue 11: the demo generator uses the rule module, so every award it writes under the rule
// (basis RULE) meets the rule in force for its year, at every scale, on both databases. This test
// walks every award of the three databases and judges it, and measures again, without the rule
// module, what the issue measured on the old data.

const SCALES = [1, 3];
const SHOWN = 10;

const describeAward = (award: AwardOnRecord) =>
  `${award.table} #${award.id} ${award.awardTypeCode} ${award.year} to ${award.recipientKind} ${award.recipientId} (${award.source}, ${award.basis})`;

interface Violation {
  award: AwardOnRecord;
  /** The version applied and the codes of the conditions not met, or why it could not be judged. */
  failed: string;
}

/** Every RULE award judged under the version in force for its year; the ones it fails. */
function violationsOf(data: AwardsOnRecord, basis: string): { judged: number; violations: Violation[] } {
  const violations: Violation[] = [];
  let judged = 0;
  for (const award of data.awards.filter((candidate) => candidate.basis === basis)) {
    judged += 1;
    try {
      const verdict = judge(data.recordOf(award), award.awardTypeCode, award.year);
      if (!verdict.eligible) violations.push({ award, failed: `${verdict.version.id}: ${verdict.failed.join(', ')}` });
    } catch (error) {
      violations.push({ award, failed: `not judged: ${(error as Error).message}` });
    }
  }
  return { judged, violations };
}

/** The first few violations, one line each, and how many of each award type and failed condition. */
function report(violations: Violation[]): string[] {
  const tally = new Map<string, number>();
  for (const { award, failed } of violations) {
    const key = `${award.awardTypeCode} ${award.recipientKind} ${failed}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  return [
    ...violations.slice(0, SHOWN).map(({ award, failed }) => `${describeAward(award)}: ${failed}`),
    ...[...tally].map(([key, count]) => `${count} × ${key}`),
  ];
}

/**
 * The issue's measurement, taken from the rows without the rule module's evaluator: each names the
 * awards it finds wrong. Readings follow the rules' data (where a period ends: `periodEnds`).
 */
function measurements(data: AwardsOnRecord): Array<{ name: string; offenders: AwardOnRecord[] }> {
  const { rows, standings } = data;
  const held = new Set<string>();
  for (const award of data.awards) held.add(`${award.recipientKind}|${award.recipientId}|${award.awardTypeCode}|${award.year}`);
  const holds = (kind: string, id: string, code: string, year: number) => held.has(`${kind}|${id}|${code}|${year}`);
  const heldBefore = (award: AwardOnRecord, code: string) =>
    data.awards.some((other) => other.recipientKind === award.recipientKind && other.recipientId === award.recipientId && other.awardTypeCode === code && other.year < award.year);
  const rating = new Map<string, string>();
  for (const row of rows.ratings) rating.set(`${row.personId ?? row.unitId}|${row.year}`, row.rating);
  const initiativesOf = (personId: string) => grouped(rows.initiatives, (initiative) => initiative.personId).get(personId) ?? [];
  const disciplineIn = (personId: string, year: number) =>
    (grouped(rows.disciplines, (discipline) => discipline.personId).get(personId) ?? []).some(
      (discipline) => discipline.from <= `${year}-12-31` && discipline.to >= `${year}-01-01`,
    );
  const membersOf = (unitId: string) => grouped(rows.people, (person) => person.unitId).get(unitId) ?? [];
  // The rule says (as data) whether its periods end with the year judged or the year before: the titles of a year are conferred after it.
  const periodEnd = (award: AwardOnRecord) => (ruleFor(award.awardTypeCode, award.year, award.recipientKind).rule.periodEnds === 'YEAR_BEFORE' ? award.year - 1 : award.year);
  const leads = (award: AwardOnRecord) => standings.get(`${award.recipientId}|${award.year}`)?.rank === 1;

  const of = (code: string, kind: string) => data.awards.filter((award) => award.basis === 'RULE' && award.awardTypeCode === code && award.recipientKind === kind);
  const flagsByClusterYear = new Map<string, AwardOnRecord[]>();
  for (const flag of of('CO_TP', 'DISTRICT')) {
    const standing = standings.get(`${flag.recipientId}|${flag.year}`);
    const key = `${standing?.clusterId ?? 'no cluster'}|${flag.year}`;
    flagsByClusterYear.set(key, [...(flagsByClusterYear.get(key) ?? []), flag]);
  }
  return [
    {
      name: "CSTD_TP without CSTDCS in each of the 3 years of the rule's period",
      offenders: of('CSTD_TP', 'INDIVIDUAL').filter((award) => ![0, 1, 2].every((back) => holds('INDIVIDUAL', award.recipientId, 'CSTDCS', periodEnd(award) - back))),
    },
    {
      name: 'CSTD_TP without an initiative of city scope or wider in those 3 years',
      offenders: of('CSTD_TP', 'INDIVIDUAL').filter(
        (award) => !initiativesOf(award.recipientId).some((initiative) => initiative.scope !== 'GRASSROOTS' && initiative.year > periodEnd(award) - 3 && initiative.year <= periodEnd(award)),
      ),
    },
    { name: 'BK_TTG to a person without an earlier BK_TP', offenders: of('BK_TTG', 'INDIVIDUAL').filter((award) => !heldBefore(award, 'BK_TP')) },
    { name: 'HCLD_3 to a person without an earlier BK_TTG', offenders: of('HCLD_3', 'INDIVIDUAL').filter((award) => !heldBefore(award, 'BK_TTG')) },
    { name: 'TTLDXS to a collective not rated EXCELLENT that year', offenders: of('TTLDXS', 'COLLECTIVE').filter((award) => rating.get(`${award.recipientId}|${award.year}`) !== 'EXCELLENT') },
    { name: "CO_TP to a district that did not lead its cluster that year", offenders: of('CO_TP', 'DISTRICT').filter((award) => !leads(award)) },
    { name: 'CO_TP beyond the first of a cluster-year', offenders: [...flagsByClusterYear.values()].flatMap((flags) => flags.slice(1)) },
    { name: 'CO_CP to a district that did not lead its cluster that year', offenders: of('CO_CP', 'DISTRICT').filter((award) => !leads(award)) },
    {
      name: "a city or national award to a person in a year their discipline was in force",
      offenders: data.awards.filter((award) => award.basis === 'RULE' && award.table === 'award' && award.recipientKind === 'INDIVIDUAL' && disciplineIn(award.recipientId, award.year)),
    },
    {
      name: 'LDTT to a person not rated GOOD or better that year',
      offenders: of('LDTT', 'INDIVIDUAL').filter((award) => !['GOOD', 'EXCELLENT'].includes(rating.get(`${award.recipientId}|${award.year}`) ?? 'none')),
    },
    {
      name: 'TTLDTT to a collective none of whose members holds LDTT that year',
      offenders: of('TTLDTT', 'COLLECTIVE').filter((award) => !membersOf(award.recipientId).some((member) => holds('INDIVIDUAL', member.id, 'LDTT', award.year))),
    },
  ];
}

const groups = new WeakMap<object, Map<string, any[]>>();

/** Rows by a key, indexed once per list. */
function grouped<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  let index = groups.get(items);
  if (!index) {
    index = new Map();
    for (const item of items) {
      const group = index.get(keyOf(item));
      if (group) group.push(item);
      else index.set(keyOf(item), [item]);
    }
    groups.set(items, index);
  }
  return index as Map<string, T[]>;
}

async function seeded(databases: TestDatabases, scale: number): Promise<Record<SubgraphName, DataSource>> {
  const dbs = {} as Record<SubgraphName, DataSource>;
  for (const definition of SUBGRAPHS) {
    dbs[definition.name] = await openSubgraphDatabase(definition, databases.urls[definition.name]);
    await seedDatabase(definition, dbs[definition.name], { dataset: 'hanoi', scale });
  }
  return dbs;
}

describe.each(DATABASES)('the demo data obeys every rule in force for its year, on %s', (name, makeDatabases, describeOn) => {
  describeOn.each(SCALES)('at scale %i', (scale) => {
    let databases: TestDatabases;
    let dbs: Record<SubgraphName, DataSource> | undefined;
    let data: AwardsOnRecord;
    beforeAll(async () => {
      const started = Date.now();
      databases = makeDatabases(`demo_rules_${scale}`);
      dbs = await seeded(databases, scale);
      const seededAt = Date.now();
      data = await readAwardsOnRecord(dbs);
      console.log(`${name}, scale ${scale}: seeded in ${((seededAt - started) / 1000).toFixed(1)} s, ${data.awards.length} awards read in ${((Date.now() - seededAt) / 1000).toFixed(1)} s`);
    }, 900_000);
    afterAll(async () => {
      for (const db of Object.values(dbs ?? {})) await db.destroy();
      await databases?.drop();
    });

    test('every award conferred under the rule (basis RULE) meets the rule in force for its year', () => {
      const started = Date.now();
      const { judged, violations } = violationsOf(data, 'RULE');
      const years = data.awards.filter((award) => award.basis === 'RULE').map((award) => award.year);
      console.log(`${name}, scale ${scale}: ${judged} RULE awards of ${years.reduce((a, b) => Math.min(a, b))}–${years.reduce((a, b) => Math.max(a, b))} judged in ${((Date.now() - started) / 1000).toFixed(1)} s, ${violations.length} violations`);
      // Both tables and both legal bases are walked: the data spans the switch of 2024-01-01.
      expect(new Set(data.awards.filter((award) => award.basis === 'RULE').map((award) => award.table))).toEqual(new Set(['local_award', 'award']));
      expect(years.some((year) => year < 2024) && years.some((year) => year >= 2024)).toBe(true);
      expect(report(violations)).toEqual([]);
    });

    test("the issue's measurement, taken again without the rule module, finds nothing", () => {
      // Not by having nothing to measure: every award type it measures is still conferred.
      const conferred = new Map<string, number>();
      for (const award of data.awards.filter((candidate) => candidate.basis === 'RULE')) {
        const key = `${award.awardTypeCode} ${award.recipientKind}`;
        conferred.set(key, (conferred.get(key) ?? 0) + 1);
      }
      console.log(`${name}, scale ${scale}: RULE awards by type ${JSON.stringify(Object.fromEntries([...conferred].sort()))}`);
      const measured = ['CSTD_TP INDIVIDUAL', 'BK_TP INDIVIDUAL', 'BK_TTG INDIVIDUAL', 'TTLDXS COLLECTIVE', 'CO_TP DISTRICT', 'CO_CP DISTRICT', 'LDTT INDIVIDUAL', 'TTLDTT COLLECTIVE'];
      expect(measured.filter((key) => !conferred.get(key))).toEqual([]);
      const found = measurements(data);
      const offending = found.filter(({ offenders }) => offenders.length > 0).map(({ name: what, offenders }) => `${offenders.length} × ${what}, e.g. ${offenders.slice(0, 3).map(describeAward).join('; ')}`);
      expect(offending).toEqual([]);
    });

    test('every AD_HOC or UNPROVEN award says why, and a RULE award needs no note', () => {
      const counts = new Map<string, number>();
      for (const award of data.awards) counts.set(`${award.table} ${award.basis}`, (counts.get(`${award.table} ${award.basis}`) ?? 0) + 1);
      console.log(`${name}, scale ${scale}: awards by basis ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
      const unexplained = data.awards.filter((award) => award.basis !== 'RULE' && !award.basisNote?.trim()).map(describeAward);
      const explainedRule = data.awards.filter((award) => award.basis === 'RULE' && award.basisNote !== null).map(describeAward);
      const unknownBasis = data.awards.filter((award) => !['RULE', 'AD_HOC', 'UNPROVEN'].includes(award.basis)).map(describeAward);
      expect({ unexplained: unexplained.slice(0, SHOWN), explainedRule: explainedRule.slice(0, SHOWN), unknownBasis: unknownBasis.slice(0, SHOWN) }).toEqual({
        unexplained: [],
        explainedRule: [],
        unknownBasis: [],
      });
    });

    test('an UNPROVEN award is a published one that its record cannot prove', () => {
      const unproven = data.awards.filter((award) => award.basis === 'UNPROVEN');
      // The generator writes lawful awards; only a source article's award may stand unproven.
      expect(unproven.filter((award) => award.source === 'synthetic').map(describeAward)).toEqual([]);
      const { violations } = violationsOf(data, 'UNPROVEN');
      const failing = new Set(violations.map(({ award }) => award));
      expect(unproven.filter((award) => !failing.has(award)).map(describeAward)).toEqual([]);
    });
  });
});
