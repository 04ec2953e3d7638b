import { MoreThanOrEqual, type DataSource } from 'typeorm';
import { AuditEntry } from '../../services/core/audit';
import { Role } from '../../services/core/auth';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import { ruleFor } from '../../services/core/rules';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { Award } from '../../services/city/entities/award';
import { AwardDecision } from '../../services/city/entities/award-decision';
import { citySubgraph } from '../../services/city/subgraph';
import { Discipline } from '../../services/district/entities/discipline';
import { districtSubgraph } from '../../services/district/subgraph';
import { embeddedFederation } from '../support/federation';
import type { Caller } from '../support/tokens';

// Issue 11 through the gateway: the district judges a recipient's record with the city's awards
// and the cluster's standings brought to it by @requires; the city refuses a decision the rule
// does not allow; the rules are the city's to show; personal evidence stays with those who may read it.

const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN };
const officerOf = (district: string): Caller => ({ role: Role.DISTRICT_OFFICER, district });
const VIEWER: Caller = { role: Role.VIEWER };

const EVIDENCE = `evidence {
  years count of rank clusterId note
  awards { awardTypeCode year }
  initiatives { id title year scope usedFor }
  ratings { year rating }
  disciplines { level from to }
}`;
// A page of candidates asks the evidence of each condition, not of each branch of an ANY_OF/ALL_OF:
// the branches' evidence too would cost a page of 50 some 800,000, far over the gateway's limit.
const ELIGIBILITY = `awardType { code } year recipientKind eligible evidenceWithheld
  rule { id version legalBasis legalBasisVi inForceFrom inForceTo }
  conditions { code kind met description descriptionVi ${EVIDENCE} parts { code kind met description descriptionVi } }`;
// One recipient's verdict with the personal evidence of every branch too (BK_TP's ratings are two branches deep).
const PERSONAL = `evidence { note ratings { year rating } disciplines { level from to } }`;
const DEEP_ELIGIBILITY = `eligible evidenceWithheld
  conditions { code kind met ${EVIDENCE} parts { code kind met ${PERSONAL} parts { code met ${PERSONAL} } } }`;

const PERSON_ELIGIBILITY = `query ($id: ID!, $awardType: String!, $year: Int!) {
  person(id: $id) { id eligibility(awardType: $awardType, year: $year) { ${ELIGIBILITY} } }
}`;
const PERSON_DEEP_ELIGIBILITY = `query ($id: ID!, $awardType: String!, $year: Int!) {
  person(id: $id) { id eligibility(awardType: $awardType, year: $year) { ${DEEP_ELIGIBILITY} } }
}`;
const UNIT_ELIGIBILITY = `query ($id: ID!, $awardType: String!, $year: Int!) {
  unit(id: $id) { id eligibility(awardType: $awardType, year: $year) { eligible } }
}`;
const DISTRICT_ELIGIBILITY = `query ($id: ID!, $awardType: String!, $year: Int!) {
  district(id: $id) { id eligibility(awardType: $awardType, year: $year) { ${ELIGIBILITY} } }
}`;
const CANDIDATES = `query ($awardType: String!, $year: Int!, $district: ID!, $recipientKind: RecipientKind, $first: Int, $after: String) {
  eligibleCandidates(awardType: $awardType, year: $year, district: $district, recipientKind: $recipientKind, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { recipientKind person { id fullName gender } unit { id name } district { id name } eligibility { ${ELIGIBILITY} } } }
  }
}`;
const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { id number } }`;
const RULES = `query ($year: Int!) { awardRules(year: $year) { id awardType { code } recipientKinds version legalBasis legalBasisVi inForceFrom inForceTo conditions { code kind } } }`;
const LOCAL_AWARDS = `query ($id: ID!) { person(id: $id) { localAwards(first: 100) { nodes { year awardType { code } } } } }`;

type Condition = { code: string; met: boolean; description: string; descriptionVi: string; evidence: any; parts: Condition[] };

const codesOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (body.errors ?? []).map((error) => error.extensions?.code);
const failedCodes = (eligibility: { conditions: Condition[] }) => eligibility.conditions.filter((condition) => !condition.met).map((condition) => condition.code);
/** The years of a period of `years` years as the rule reads it: ending with the year judged, or (periodEnds YEAR_BEFORE) the year before. */
function periodOf(awardType: string, year: number, years: number): number[] {
  const last = ruleFor(awardType, year, 'INDIVIDUAL').rule.periodEnds === 'YEAR_BEFORE' ? year - 1 : year;
  return Array.from({ length: years }, (_, index) => last - years + 1 + index);
}
const everyCondition = (conditions: Condition[]): Condition[] => conditions.flatMap((condition) => [condition, ...everyCondition(condition.parts ?? [])]);

describe('eligibility through the gateway (demo data, embedded SQLite)', () => {
  const federation = embeddedFederation({}, 300_000);
  let districtDb: DataSource;
  let cityDb: DataSource;
  beforeAll(async () => {
    districtDb = await openSubgraphDatabase(districtSubgraph, federation.databases.urls.district);
    cityDb = await openSubgraphDatabase(citySubgraph, federation.databases.urls.city);
  }, 60_000);
  afterAll(async () => {
    await districtDb?.destroy();
    await cityDb?.destroy();
  });

  async function eligibilityOf(id: string, awardType: string, year: number, as: Caller | null = CITY_ADMIN, query = PERSON_ELIGIBILITY) {
    const body = await federation.query(query, { id, awardType, year }, as);
    expect(body.errors).toBeUndefined();
    return body.data.person.eligibility;
  }

  async function candidates(awardType: string, year: number, district: string, as: Caller | null = CITY_ADMIN, extra: Record<string, unknown> = {}) {
    return federation.query(CANDIDATES, { awardType, year, district, first: 50, ...extra }, as);
  }

  describe('CSTD_TP: an eligible and an ineligible person', () => {
    test('the first of Đống Đa\'s CSTD_TP candidates for 2024 holds three CSTDCS years and a city initiative; person.eligibility says the same', async () => {
      const body = await candidates('CSTD_TP', 2024, 'dong-da');
      expect(body.errors).toBeUndefined();
      const { edges, totalCount } = body.data.eligibleCandidates;
      expect(totalCount).toBeGreaterThan(0);
      const [first] = edges;
      expect(first.node).toMatchObject({ recipientKind: 'INDIVIDUAL', person: { id: expect.stringMatching(/^dong-da-p/) }, unit: null, district: { id: 'dong-da' } });
      const eligibility = await eligibilityOf(first.node.person.id, 'CSTD_TP', 2024);
      expect(eligibility).toEqual(first.node.eligibility);
      expect(eligibility).toMatchObject({ eligible: true, evidenceWithheld: false, recipientKind: 'INDIVIDUAL', rule: { id: 'LAW_06_2022:CSTD_TP:INDIVIDUAL', version: 'LAW_06_2022' } });
      const byCode = Object.fromEntries(eligibility.conditions.map((condition: Condition) => [condition.code, condition]));
      expect(Object.keys(byCode)).toEqual(['CSTDCS_3_YEARS', 'CITY_INITIATIVE', 'NO_DISCIPLINE']);
      const period = periodOf('CSTD_TP', 2024, 3);
      expect(byCode.CSTDCS_3_YEARS.evidence.years).toEqual(period);
      expect(byCode.CSTDCS_3_YEARS.evidence.awards).toEqual(expect.arrayContaining(period.map((year) => ({ awardTypeCode: 'CSTDCS', year }))));
      expect(byCode.CITY_INITIATIVE.evidence.initiatives.length).toBeGreaterThan(0);
      for (const initiative of byCode.CITY_INITIATIVE.evidence.initiatives) {
        expect(['CITY', 'NATIONAL']).toContain(initiative.scope);
        expect(period).toContain(initiative.year);
      }
      // Every candidate is eligible, women first among them (the tie rule), then by id.
      const nodes = edges.map((edge: any) => edge.node);
      expect(nodes.every((node: any) => node.eligibility.eligible)).toBe(true);
      const order = nodes.map((node: any) => `${node.person.gender === 'FEMALE' ? 0 : 1}|${node.person.id}`);
      expect(order).toEqual([...order].sort());
    });

    test('a Đống Đa person who is not a candidate is ineligible, with the failed conditions named in both languages', async () => {
      const { edges, totalCount } = (await candidates('CSTD_TP', 2024, 'dong-da')).data.eligibleCandidates;
      // The page holds every candidate: whoever is not on it is not one.
      expect(edges.length).toBe(totalCount);
      const listed = new Set(edges.map((edge: any) => edge.node.person.id));
      const people = await federation.query(`{ district(id: "dong-da") { people(first: 50) { nodes { id } } } }`, {}, CITY_ADMIN);
      const outsider = people.data.district.people.nodes.map((person: any) => person.id).find((id: string) => !listed.has(id));
      expect(outsider).toBeDefined();
      const eligibility = await eligibilityOf(outsider, 'CSTD_TP', 2024);
      expect(eligibility.eligible).toBe(false);
      expect(failedCodes(eligibility).length).toBeGreaterThan(0);
      for (const condition of eligibility.conditions.filter((candidate: Condition) => !candidate.met)) {
        expect(condition.description).toEqual(expect.any(String));
        expect(condition.descriptionVi).toEqual(expect.any(String));
        expect(condition.evidence.note).toEqual(expect.any(String));
      }
    });

    test('ba-dinh-p0126, CSTD_TP 2017: judged under Decree 91 (DECREE_91_2017), the failed conditions shown', async () => {
      const eligibility = await eligibilityOf('ba-dinh-p0126', 'CSTD_TP', 2017);
      expect(eligibility.rule).toEqual({
        id: 'DECREE_91_2017:CSTD_TP:INDIVIDUAL',
        version: 'DECREE_91_2017',
        legalBasis: expect.stringContaining('91/2017'),
        legalBasisVi: expect.stringContaining('91/2017'),
        inForceFrom: '2014-06-01',
        inForceTo: '2023-12-31',
      });
      const held = (await federation.query(LOCAL_AWARDS, { id: 'ba-dinh-p0126' }, CITY_ADMIN)).data.person.localAwards.nodes;
      const period = periodOf('CSTD_TP', 2017, 3);
      const cstdcsYears = held.filter((award: any) => award.awardType.code === 'CSTDCS' && period.includes(award.year)).map((award: any) => award.year);
      const run = eligibility.conditions.find((condition: Condition) => condition.code === 'CSTDCS_3_YEARS');
      expect(run.met).toBe(cstdcsYears.length === 3);
      expect(eligibility.eligible).toBe(false);
      expect(failedCodes(eligibility)).toContain('CSTDCS_3_YEARS');
    });
  });

  describe('eligibleCandidates(awardType: "CSTD_TP", year: 2025, district: "dong-da")', () => {
    test('answers the city admin and a Đống Đa officer alike, every candidate with its evidence', async () => {
      const admin = await candidates('CSTD_TP', 2025, 'dong-da');
      const officer = await candidates('CSTD_TP', 2025, 'dong-da', officerOf('dong-da'));
      expect(admin.errors).toBeUndefined();
      expect(officer).toEqual(admin);
      const { edges, totalCount } = admin.data.eligibleCandidates;
      console.log(`eligibleCandidates(CSTD_TP, 2025, dong-da): ${totalCount} candidates`);
      expect(totalCount).toBeGreaterThan(0);
      for (const { node } of edges) {
        expect(node.eligibility).toMatchObject({ eligible: true, evidenceWithheld: false, rule: { version: 'LAW_06_2022' } });
        const run = node.eligibility.conditions.find((condition: Condition) => condition.code === 'CSTDCS_3_YEARS');
        expect(run.evidence.awards.length).toBeGreaterThanOrEqual(3);
      }
    });

    test("is FORBIDDEN to another district's officer and UNAUTHENTICATED without a token, with no data", async () => {
      for (const [caller, code] of [
        [officerOf('ba-dinh'), 'FORBIDDEN'],
        [VIEWER, 'FORBIDDEN'],
        [{ role: Role.VIEWER, district: 'dong-da' }, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as Array<[Caller | null, string]>) {
        const body = await candidates('CSTD_TP', 2025, 'dong-da', caller);
        expect({ caller, codes: codesOf(body), data: body.data?.eligibleCandidates ?? null }).toEqual({ caller, codes: [code], data: null });
      }
    });

    test('pages: the pages together are the whole list, in the same order', async () => {
      const whole = (await candidates('CSTD_TP', 2024, 'dong-da')).data.eligibleCandidates;
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const body = await candidates('CSTD_TP', 2024, 'dong-da', CITY_ADMIN, { first: 2, after });
        expect(body.errors).toBeUndefined();
        const connection = body.data.eligibleCandidates;
        expect(connection.totalCount).toBe(whole.totalCount);
        ids.push(...connection.edges.map((edge: any) => edge.node.person.id));
        if (!connection.pageInfo.hasNextPage || ids.length >= whole.edges.length) break;
        after = connection.pageInfo.endCursor;
      }
      expect(whole.edges.length).toBeGreaterThan(2);
      expect(ids.slice(0, whole.edges.length)).toEqual(whole.edges.map((edge: any) => edge.node.person.id));
    });
  });

  describe("the other levels' facts reach the district's rules through the gateway", () => {
    /** The first award of a type conferred under the rule, from the city's database. */
    async function conferred(awardTypeCode: string): Promise<Award> {
      const award = await cityDb.getRepository(Award).findOne({ where: { awardTypeCode, basis: 'RULE' as Award['basis'] }, order: { year: 'DESC', id: 'ASC' } });
      expect([awardTypeCode, award !== null]).toEqual([awardTypeCode, true]);
      return award!;
    }

    test("a district's CO_TP rests on its rank in the cluster's standings (cluster) and its targets (district)", async () => {
      const flag = await conferred('CO_TP');
      const body = await federation.query(DISTRICT_ELIGIBILITY, { id: flag.districtId, awardType: 'CO_TP', year: flag.year }, CITY_ADMIN);
      expect(body.errors).toBeUndefined();
      const eligibility = body.data.district.eligibility;
      expect(eligibility).toMatchObject({ eligible: true, recipientKind: 'DISTRICT' });
      const leader = eligibility.conditions.find((condition: Condition) => condition.code === 'CLUSTER_LEADER');
      expect(leader).toMatchObject({ met: true, evidence: { rank: 1, clusterId: expect.any(String), of: expect.any(Number) } });
    });

    test("a person's BK_TTG rests on a BK_TP the city conferred years before", async () => {
      const certificate = await conferred('BK_TTG');
      const eligibility = await eligibilityOf(certificate.personId!, 'BK_TTG', certificate.year);
      expect(eligibility.eligible).toBe(true);
      const prior = eligibility.conditions.find((condition: Condition) => condition.code === 'HOLDS_BK_TP_BEFORE');
      expect(prior.met).toBe(true);
      expect(prior.evidence.awards).toEqual(expect.arrayContaining([{ awardTypeCode: 'BK_TP', year: expect.any(Number) }]));
      for (const award of prior.evidence.awards) expect(award.year).toBeLessThan(certificate.year);
    });
  });

  describe('issueDecision checks the rule', () => {
    test('CSTD_TP to a person without three CSTDCS years is NOT_ELIGIBLE, naming the failed conditions; no award, decision or audit row is written', async () => {
      const person = 'ba-dinh-p0126';
      expect(failedCodes(await eligibilityOf(person, 'CSTD_TP', 2024))).toContain('CSTDCS_3_YEARS');
      const before = await Promise.all([Award, AwardDecision, AuditEntry].map((entity) => cityDb.getRepository(entity).count()));
      const body = await federation.query(
        ISSUE,
        {
          input: {
            number: 'T-11/QĐ-UBND',
            signedOn: '2025-03-01',
            signer: 'KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn Bình',
            awards: [{ awardTypeCode: 'CSTD_TP', year: 2024, recipientKind: 'INDIVIDUAL', districtId: 'ba-dinh', personId: person, recipientName: 'ba-dinh-p0126' }],
          },
        },
        CITY_ADMIN,
      );
      expect(body.data?.issueDecision ?? null).toBeNull();
      expect(codesOf(body)).toEqual(['NOT_ELIGIBLE']);
      const [error] = body.errors!;
      expect(error.message).toContain(person);
      expect(error.message).toContain('CSTDCS_3_YEARS');
      expect(error.extensions!.failed).toEqual([
        {
          recipientId: person,
          awardType: 'CSTD_TP',
          year: 2024,
          version: 'LAW_06_2022',
          conditions: expect.arrayContaining([{ code: 'CSTDCS_3_YEARS', en: expect.any(String), vi: expect.any(String) }]),
        },
      ]);
      const after = await Promise.all([Award, AwardDecision, AuditEntry].map((entity) => cityDb.getRepository(entity).count()));
      expect(after).toEqual(before);
    });
  });

  describe('personal evidence', () => {
    /** A person with a discipline in force in a year the rules cover: their LDTT verdict rests on ratings and the discipline. */
    async function disciplinedPerson(): Promise<{ personId: string; districtId: string; year: number }> {
      const discipline = await districtDb.getRepository(Discipline).findOne({ where: { from: MoreThanOrEqual('2016-01-01') }, order: { id: 'ASC' } });
      expect(discipline).not.toBeNull();
      return { personId: discipline!.personId, districtId: discipline!.districtId, year: Number(discipline!.from.slice(0, 4)) };
    }

    test('a caller who may not read the person\'s personal data sees the verdict, but no rating or discipline', async () => {
      const { personId, districtId, year } = await disciplinedPerson();
      const other = districtId === 'ba-dinh' ? 'dong-da' : 'ba-dinh';
      // LDTT rests on the year's rating and the discipline; BK_TP's branches on two years' ratings.
      for (const awardType of ['LDTT', 'BK_TP']) {
        const full = await eligibilityOf(personId, awardType, year, officerOf(districtId), PERSON_DEEP_ELIGIBILITY);
        expect(full.evidenceWithheld).toBe(false);
        const shown = everyCondition(full.conditions);
        expect([awardType, shown.some((condition) => condition.evidence.ratings.length > 0)]).toEqual([awardType, true]);
        expect(shown.find((condition) => condition.code === 'NO_DISCIPLINE')).toMatchObject({
          met: false,
          evidence: { disciplines: [expect.objectContaining({ from: expect.any(String) })] },
        });
        for (const caller of [null, VIEWER, officerOf(other), { role: Role.CLUSTER_ADMIN, cluster: 'III' }] as Array<Caller | null>) {
          const withheld = await eligibilityOf(personId, awardType, year, caller, PERSON_DEEP_ELIGIBILITY);
          expect({ awardType, caller, eligible: withheld.eligible, failed: failedCodes(withheld), evidenceWithheld: withheld.evidenceWithheld }).toEqual({
            awardType,
            caller,
            eligible: full.eligible,
            failed: failedCodes(full),
            evidenceWithheld: true,
          });
          // The same conditions, met or not alike, down to the branches; only the personal evidence is gone.
          expect(everyCondition(withheld.conditions).map(({ code, met }) => ({ code, met }))).toEqual(shown.map(({ code, met }) => ({ code, met })));
          for (const condition of everyCondition(withheld.conditions)) {
            expect({ code: condition.code, ratings: condition.evidence.ratings, disciplines: condition.evidence.disciplines }).toEqual({ code: condition.code, ratings: [], disciplines: [] });
          }
        }
      }
    });

    test("the city admin and the person's own district see the evidence", async () => {
      const { personId, districtId, year } = await disciplinedPerson();
      expect((await eligibilityOf(personId, 'LDTT', year, CITY_ADMIN)).evidenceWithheld).toBe(false);
      expect((await eligibilityOf(personId, 'LDTT', year, { role: Role.VIEWER, district: districtId })).evidenceWithheld).toBe(false);
    });
  });

  describe('bad input is BAD_USER_INPUT, never an internal error', () => {
    const cases: Array<[string, string, Record<string, unknown>]> = [
      ['an unknown award type', PERSON_ELIGIBILITY, { id: 'dong-da-p0001', awardType: 'NOPE', year: 2024 }],
      ['the year 1944', PERSON_ELIGIBILITY, { id: 'dong-da-p0001', awardType: 'CSTD_TP', year: 1944 }],
      ['the year 2101', PERSON_ELIGIBILITY, { id: 'dong-da-p0001', awardType: 'CSTD_TP', year: 2101 }],
      ['a year no rule version covers (2013)', PERSON_ELIGIBILITY, { id: 'dong-da-p0001', awardType: 'CSTD_TP', year: 2013 }],
      ['CSTD_TP for a unit (individuals only)', UNIT_ELIGIBILITY, { id: 'dong-da-u001', awardType: 'CSTD_TP', year: 2024 }],
      ['TTLDTT for a person (collectives only)', PERSON_ELIGIBILITY, { id: 'dong-da-p0001', awardType: 'TTLDTT', year: 2024 }],
      ['LDTT for a district', DISTRICT_ELIGIBILITY, { id: 'dong-da', awardType: 'LDTT', year: 2024 }],
      ['candidates of an unknown award type', CANDIDATES, { awardType: 'NOPE', year: 2024, district: 'dong-da' }],
      ['candidates of 1944', CANDIDATES, { awardType: 'CSTD_TP', year: 1944, district: 'dong-da' }],
      ['candidates of 2101', CANDIDATES, { awardType: 'CSTD_TP', year: 2101, district: 'dong-da' }],
      ['CSTD_TP candidates among collectives', CANDIDATES, { awardType: 'CSTD_TP', year: 2024, district: 'dong-da', recipientKind: 'COLLECTIVE' }],
    ];
    test.each(cases)('%s', async (_name, query, variables) => {
      const body = await federation.query(query, variables, CITY_ADMIN);
      const codes = codesOf(body);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('the rules are data anyone can read', () => {
    test('awardRules(year: 2023) is Decree 91\'s version, awardRules(year: 2024) Law 06/2022\'s', async () => {
      const [before, after] = await Promise.all([2023, 2024].map((year) => federation.query(RULES, { year }, null)));
      expect(before.errors).toBeUndefined();
      expect(after.errors).toBeUndefined();
      const bases = (rules: any[]) => [...new Set(rules.map((rule) => `${rule.version} ${rule.legalBasis} ${rule.inForceFrom}–${rule.inForceTo}`))];
      expect(bases(before.data.awardRules)).toEqual([expect.stringMatching(/^DECREE_91_2017 .*91\/2017.* 2014-06-01–2023-12-31$/)]);
      expect(bases(after.data.awardRules)).toEqual([expect.stringMatching(/^LAW_06_2022 .*06\/2022\/QH15.*98\/2023.* 2024-01-01–null$/)]);
      const types = (rules: any[]) => new Set(rules.map((rule) => rule.awardType.code));
      for (const code of ['LDTT', 'CSTDCS', 'CSTD_TP', 'CSTD_TQ', 'TTLDTT', 'TTLDXS', 'CO_TP', 'CO_CP', 'BK_TP', 'BK_TTG', 'HCLD_3']) {
        expect([code, types(before.data.awardRules).has(code), types(after.data.awardRules).has(code)]).toEqual([code, true, true]);
      }
      // Decree 91 caps CSTDCS at 15% of the unit's LDTT; Law 06/2022 has no quota.
      const cstdcs = (rules: any[]) => rules.find((rule) => rule.awardType.code === 'CSTDCS').conditions.map((condition: any) => condition.kind);
      expect(cstdcs(before.data.awardRules)).toContain('QUOTA');
      expect(cstdcs(after.data.awardRules)).not.toContain('QUOTA');
    });
  });

  describe('cost', () => {
    type Counts = Record<SubgraphName, number>;
    const counts = (): Counts => Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, federation.selects[name].length])) as Counts;

    test('eligibleCandidates costs each subgraph the same statements for one candidate of a small district as for a page of a large one', async () => {
      const sizes = await federation.query(`{ districts { id people(first: 1) { totalCount } } }`, {}, CITY_ADMIN);
      expect(sizes.errors).toBeUndefined();
      const bySize: Array<{ id: string; people: { totalCount: number } }> = [...sizes.data.districts].sort((a: any, b: any) => a.people.totalCount - b.people.totalCount);
      /** The first district of `districts` with a candidate (an empty answer reads neither the people nor the rules), and what it cost. */
      async function firstAnswered(awardType: string, year: number, districts: typeof bySize, first: number) {
        for (const district of districts) {
          const body = await candidates(awardType, year, district.id, CITY_ADMIN, { first });
          expect(body.errors).toBeUndefined();
          const shown = body.data.eligibleCandidates.edges.length;
          if (shown > 0) return { label: `${shown} of ${district.id} (${district.people.totalCount} people)`, people: district.people.totalCount, counts: counts() };
        }
        throw new Error(`no district has a ${awardType} candidate for ${year}`);
      }
      const measured: string[] = [];
      // A district's flag has one candidate at most (the district): the large answer is a larger district, not a longer page.
      for (const [awardType, year] of [['CSTD_TP', 2025], ['TTLDTT', 2024], ['CO_TP', 2023]] as const) {
        const small = await firstAnswered(awardType, year, bySize, 1);
        const large = await firstAnswered(awardType, year, [...bySize].reverse(), 50);
        measured.push(`${awardType} ${year}: ${small.label} ${JSON.stringify(small.counts)}; ${large.label} ${JSON.stringify(large.counts)}`);
        expect(large.people).toBeGreaterThanOrEqual(small.people);
        expect(large.label).not.toEqual(small.label);
        expect({ awardType, large: large.counts }).toEqual({ awardType, large: small.counts });
      }
      console.log(`SELECTs per subgraph of eligibleCandidates:\n${measured.join('\n')}`);
    });
  });
});
