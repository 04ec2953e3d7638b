import type { EntityManager } from 'typeorm';
import type { StandingFact } from '../../services/core/rules';
import { datasetPlan, type DatasetName, type DatasetPlan, type PlannedDistrict } from '../datasets';
import { seedKnownEntities } from '../known-entities';
import { insertInBatches } from '../insert-in-batches';
import { Random } from '../random';
import { SYNTHETIC, type SeedOptions } from '../seed-options';
import { Cluster } from '../../services/cluster/entities/cluster';
import { ClusterMembership, ClusterRole } from '../../services/cluster/entities/cluster-membership';
import { Conference, ConferenceKind } from '../../services/cluster/entities/conference';
import { ConferenceFigure } from '../../services/cluster/entities/conference-figure';
import { Covenant } from '../../services/cluster/entities/covenant';
import { CovenantContent } from '../../services/cluster/entities/covenant-content';
import { Nomination } from '../../services/cluster/entities/nomination';
import { Score } from '../../services/cluster/entities/score';
import { CriterionKind, ScoringCriterion } from '../../services/cluster/entities/scoring-criterion';
import { PUBLISHED_CLUSTERS, type PlannedCluster, type PublishedClusters } from './published';
import { clusterStandings } from '../../services/cluster/standings';
import { ballot, DEFAULT_NOMINATION_QUOTA, placeVote } from '../../services/cluster/vote';

// Chuyển đổi số (digital transformation) became a theme of its own in 2020; before, it was IT.
const DIGITAL_FROM = 2020;
const DIGITAL_COVENANT = 'Thi đua đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý, điều hành';
const IT_COVENANT = 'Thi đua đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành';
const DIGITAL_CRITERION = 'Chuyển đổi số, ứng dụng công nghệ thông tin';
const IT_CRITERION = 'Ứng dụng công nghệ thông tin trong quản lý, điều hành';

// Every synthetic covenant opens with the year's targets, then draws four of the others.
const COVENANT_OPENING = 'Thi đua hoàn thành toàn diện, vượt mức các chỉ tiêu phát triển kinh tế – xã hội Thành phố giao';
// `general`: already said by the three contents seed 000 quotes; a quoted covenant draws from the rest.
const COVENANT_CONTENTS: Array<{ text: string; general: boolean }> = [
  { text: 'Thi đua đẩy mạnh cải cách hành chính, nâng cao chỉ số cải cách hành chính (PAR Index) và chất lượng phục vụ người dân, doanh nghiệp', general: false },
  { text: 'Thi đua bảo đảm trật tự xây dựng, trật tự văn minh đô thị và vệ sinh môi trường', general: true },
  { text: 'Thi đua thực hiện tốt công tác an sinh xã hội, chăm lo gia đình chính sách, người có công', general: false },
  { text: 'Thi đua xây dựng đời sống văn hóa ở khu dân cư, gia đình văn hóa, tổ dân phố văn hóa', general: false },
  { text: 'Thi đua giữ vững quốc phòng – an ninh, bảo đảm trật tự an toàn xã hội trên địa bàn', general: true },
  { text: 'Thi đua xây dựng Đảng, chính quyền trong sạch, vững mạnh; thực hiện nghiêm kỷ luật, kỷ cương hành chính', general: true },
  { text: 'Thi đua phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến, gương “Người tốt, việc tốt”', general: false },
  { text: DIGITAL_COVENANT, general: false },
];

// The first three are in every table; five of the others complete the eight base criteria.
const BASE_CRITERIA = [
  'Thực hiện các chỉ tiêu phát triển kinh tế – xã hội Thành phố giao',
  'Thu ngân sách nhà nước, quản lý tài chính và đầu tư công',
  'Quản lý trật tự xây dựng, trật tự văn minh đô thị, môi trường',
  'Cải cách hành chính, kỷ luật, kỷ cương hành chính',
  'Văn hóa – xã hội, giáo dục, y tế, an sinh xã hội',
  'Quốc phòng – an ninh, trật tự an toàn xã hội',
  'Xây dựng Đảng, chính quyền, Mặt trận và các đoàn thể',
  'Tổ chức phong trào thi đua, công tác khen thưởng',
  DIGITAL_CRITERION,
  'Phối hợp hoạt động trong Cụm thi đua',
];
const BASE_POINTS = [20, 15, 15, 10, 10, 10, 10, 10];
const BONUS_TITLE = 'Điểm thưởng: mô hình mới, cách làm hay, điển hình tiên tiến được Thành phố ghi nhận';
const PENALTY_TITLE = 'Điểm trừ: chậm, thiếu báo cáo; vi phạm kỷ luật, kỷ cương';
const EXTRA_POINTS = 5;
const BONUS_NOTES = [
  'Mô hình mới, cách làm hay được Thành phố ghi nhận',
  'Dẫn đầu chuyên đề thi đua của Thành phố',
  'Có điển hình tiên tiến được Thành phố biểu dương',
];
const PENALTY_NOTES = ['Chậm gửi báo cáo định kỳ về Cụm', 'Để xảy ra vi phạm trật tự xây dựng kéo dài', 'Có cán bộ, công chức bị kỷ luật trong năm'];

const DISTRICT_WORD = { URBAN_DISTRICT: 'quận', RURAL_DISTRICT: 'huyện', TOWN: 'thị xã' } as const;

interface Rows {
  clusters: Partial<Cluster>[];
  memberships: Partial<ClusterMembership>[];
  covenants: Partial<Covenant>[];
  contents: Partial<CovenantContent>[];
  criteria: Partial<ScoringCriterion>[];
  scores: Partial<Score>[];
  nominations: Partial<Nomination>[];
  conferences: Partial<Conference>[];
  figures: Partial<ConferenceFigure>[];
}

/** A cluster's members in one year, head and deputy known. */
interface ClusterYear {
  cluster: PlannedCluster;
  year: number;
  members: string[];
  head: string;
  /** Next year's head, if the cluster still has a next year in the data set. */
  nextHead: string | null;
}

const half = (value: number) => Math.round(value * 2) / 2;

function rotate<T>(items: T[], steps: number): T {
  return items[(((steps % items.length) + items.length) % items.length)];
}

/** A working day in the months, always the same for the same random state. */
function workingDay(random: Random, year: number, months: [number, number]): string {
  const date = new Date(`${random.date(year, months, [1, 26])}T00:00:00Z`);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) date.setUTCDate(date.getUTCDate() + (weekday === 6 ? 2 : 1));
  return date.toISOString().slice(0, 10);
}

class ClusterGenerator {
  /** Every cluster-year's standings as the rules read them (rank 1 leads its cluster). */
  readonly standings: DistrictStanding[] = [];
  readonly rows: Rows = {
    clusters: [],
    memberships: [],
    covenants: [],
    contents: [],
    criteria: [],
    scores: [],
    nominations: [],
    conferences: [],
    figures: [],
  };
  private readonly districts: Map<string, PlannedDistrict>;

  constructor(
    private readonly plan: DatasetPlan,
    private readonly published: PublishedClusters,
  ) {
    this.districts = new Map(plan.districts.map((district) => [district.id, district]));
  }

  private random(...parts: Array<string | number>): Random {
    return new Random(this.plan.name, 'cluster', ...parts);
  }

  private districtName(id: string): string {
    const district = this.districts.get(id)!;
    return `${DISTRICT_WORD[district.kind]} ${district.name}`;
  }

  /** The year-end review's date: published, or drawn; next year's covenant is signed there. */
  yearEndReviewOn(cluster: string, year: number): string {
    const published = this.published.conferences.find(
      (conference) =>
        conference.cluster === cluster && conference.kind === ConferenceKind.YEAR_END_REVIEW && conference.heldOn.startsWith(`${year}-`),
    );
    return published?.heldOn ?? workingDay(this.random(cluster, year, ConferenceKind.YEAR_END_REVIEW), year, [11, 12]);
  }

  /** Each district of the plan in exactly one cluster each year, else the plan is wrong. */
  checkPlan(): void {
    const placed = this.published.clusters.flatMap((cluster) => cluster.rotation);
    const unknown = placed.filter((id) => !this.districts.has(id));
    const twice = placed.filter((id, index) => placed.indexOf(id) !== index);
    const unplaced = this.published.clusters.length ? [...this.districts.keys()].filter((id) => !placed.includes(id)) : [];
    if (unknown.length || twice.length || unplaced.length) {
      throw new Error(`the ${this.plan.name} cluster plan is wrong: unknown ${unknown}, in two clusters ${twice}, in none ${unplaced}`);
    }
  }

  generate(): Rows {
    this.checkPlan();
    const years = this.plan.syntheticYears;
    for (const cluster of this.published.clusters) {
      this.rows.clusters.push({ id: cluster.id, name: `Cụm thi đua số ${cluster.id}`, source: cluster.source });
      if (!cluster.rotation.length) continue;
      for (const year of years) {
        const clusterYear: ClusterYear = {
          cluster,
          year,
          members: cluster.rotation,
          head: rotate(cluster.rotation, year - cluster.rotationFrom),
          nextHead: years.includes(year + 1) ? rotate(cluster.rotation, year + 1 - cluster.rotationFrom) : null,
        };
        this.memberships(clusterYear);
        this.covenant(cluster.id, year);
        const criteria = this.scoringTable(cluster.id, year);
        const standings = this.scores(clusterYear, criteria);
        this.nominations(clusterYear, standings);
        this.conferences(clusterYear);
      }
    }
    // What a source reports of a cluster-year the generator does not fill (a cluster without members).
    const made = (rows: Array<{ clusterId?: string; year?: number }>, cluster: string, year: number) =>
      rows.some((row) => row.clusterId === cluster && row.year === year);
    for (const { cluster, year } of this.published.scoringTables) {
      if (!made(this.rows.criteria, cluster, year)) this.scoringTable(cluster, year);
    }
    for (const { cluster, year } of this.published.covenants) {
      if (!made(this.rows.covenants, cluster, year)) this.covenant(cluster, year);
    }
    for (const conference of this.published.conferences) {
      if (!this.rows.conferences.some((row) => row.id === `${conference.cluster}-${conference.heldOn}`)) this.publishedConference(conference);
    }
    return this.rows;
  }

  private memberships({ cluster, year, members, head }: ClusterYear): void {
    const published = this.published.memberships.find((membership) => membership.cluster === cluster.id && membership.year === year);
    const deputy = rotate(cluster.rotation, year + 1 - cluster.rotationFrom);
    for (const districtId of members) {
      const role = districtId === head ? ClusterRole.HEAD : districtId === deputy ? ClusterRole.DEPUTY : ClusterRole.MEMBER;
      // A published year whose head or deputy was not published: the rotation's choice is synthetic.
      const roleUnpublished =
        (role === ClusterRole.HEAD && published?.head !== districtId) || (role === ClusterRole.DEPUTY && published?.deputy !== districtId);
      this.rows.memberships.push({
        clusterId: cluster.id,
        year,
        districtId,
        role,
        source: published && !roleUnpublished ? published.source : SYNTHETIC,
      });
    }
  }

  private covenant(clusterId: string, year: number): void {
    const published = this.published.covenants.find((covenant) => covenant.cluster === clusterId && covenant.year === year);
    const id = `${clusterId}-${year}`;
    this.rows.covenants.push({
      id,
      clusterId,
      year,
      signedOn: published ? published.signedOn : this.yearEndReviewOn(clusterId, year - 1),
      source: published?.source ?? SYNTHETIC,
    });
    const quoted = published?.quoted ?? [];
    const opening = quoted.length ? [] : [COVENANT_OPENING];
    const pool = COVENANT_CONTENTS.filter(({ general }) => !quoted.length || !general).map(({ text }) =>
      text === DIGITAL_COVENANT && year < DIGITAL_FROM ? IT_COVENANT : text,
    );
    const drawn = new Set(this.random(clusterId, year, 'covenant').sample(pool, (published?.contents ?? 5) - quoted.length - opening.length));
    const texts = [
      ...quoted.map((text) => ({ text, source: published!.source })),
      ...[...opening, ...pool.filter((text) => drawn.has(text))].map((text) => ({ text, source: SYNTHETIC })),
    ];
    texts.forEach(({ text, source }, index) => this.rows.contents.push({ covenantId: id, number: index + 1, text, source }));
  }

  private scoringTable(clusterId: string, year: number): ScoringCriterion[] {
    const random = this.random(clusterId, year, 'scoring-table');
    const chosen = new Set(random.sample(BASE_CRITERIA.slice(3), 5));
    const titles = BASE_CRITERIA.filter((title, index) => index < 3 || chosen.has(title));
    // Clusters weigh their criteria a little differently: move 5 points between two of them.
    const points = [...BASE_POINTS];
    const [from, to] = random.sample([0, 1, 2, 3, 4, 5, 6, 7], 2);
    if (random.chance(0.6) && points[from] > 5) {
      points[from] -= 5;
      points[to] += 5;
    }
    const criterion = (code: string, title: string, maxPoints: number, kind: CriterionKind): ScoringCriterion => ({
      id: `${clusterId}-${year}-${code}`,
      clusterId,
      year,
      code,
      title: title === DIGITAL_CRITERION && year < DIGITAL_FROM ? IT_CRITERION : title,
      maxPoints,
      kind,
      // Even a table a source reports (cluster II's 2017) is published without its lines.
      source: SYNTHETIC,
    });
    const criteria = [
      ...titles.map((title, index) => criterion(`A${String(index + 1).padStart(2, '0')}`, title, points[index], CriterionKind.BASE)),
      criterion('B01', BONUS_TITLE, EXTRA_POINTS, CriterionKind.BONUS),
      criterion('C01', PENALTY_TITLE, EXTRA_POINTS, CriterionKind.PENALTY),
    ];
    this.rows.criteria.push(...criteria);
    return criteria;
  }

  /** Every member's points on every criterion; answers the members by rank, as the API ranks them. */
  private scores({ cluster, year, members }: ClusterYear, criteria: ScoringCriterion[]): string[] {
    const scores: Score[] = [];
    for (const districtId of members) {
      const random = this.random(cluster.id, year, 'scores', districtId);
      // How well the district did that year: it lifts every base criterion and the chance of a bonus.
      const form = random.next();
      for (const criterion of criteria) {
        const max = criterion.maxPoints;
        let points: number;
        let note: string | null = null;
        if (criterion.kind === CriterionKind.BASE) {
          points = Math.min(max, half(max * (0.78 + 0.14 * form + 0.08 * random.next())));
        } else if (criterion.kind === CriterionKind.BONUS) {
          points = random.chance(0.3 + 0.5 * form) ? half(0.5 + random.next() * (max - 0.5)) : 0;
          if (points > 0) note = random.pick(BONUS_NOTES);
        } else {
          points = random.chance(0.3) ? half(0.5 + random.next() * 2.5) : 0;
          if (points > 0) note = random.pick(PENALTY_NOTES);
        }
        scores.push({
          id: `${criterion.id}-${districtId}`,
          clusterId: cluster.id,
          year,
          districtId,
          criterionId: criterion.id,
          points,
          note,
          source: SYNTHETIC,
        });
      }
    }
    this.rows.scores.push(...scores);
    const standings = clusterStandings(criteria, scores);
    for (const { clusterId, districtId, rank } of standings) this.standings.push({ year, clusterId, rank, members: standings.length, districtId });
    return standings.map((standing) => standing.districtId);
  }

  private nominations({ cluster, year }: ClusterYear, standings: string[]): void {
    const published = this.published.votes.find((vote) => vote.cluster === cluster.id && vote.year === year);
    const random = this.random(cluster.id, year, 'vote');
    // A synthetic vote proposes what finalizeYear proposes for a cluster without a quota of its own.
    for (const { districtId, awardTypeCode } of placeVote(published?.awards ?? ballot(DEFAULT_NOMINATION_QUOTA), standings)) {
      this.rows.nominations.push({
        id: `${cluster.id}-${year}-${districtId}-${awardTypeCode}`,
        clusterId: cluster.id,
        year,
        districtId,
        awardTypeCode,
        // The share of the vote is not published for the real one.
        votePercent: published ? null : Math.round(800 + random.next() * 200) / 10,
        source: published?.source ?? SYNTHETIC,
      });
    }
  }

  private conferences({ cluster, year, head, nextHead }: ClusterYear): void {
    const name = `Cụm thi đua số ${cluster.id}`;
    const host = this.districtName(head);
    const handOver = nextHead ? `; ${host} bàn giao nhiệm vụ cụm trưởng năm ${year + 1} cho ${this.districtName(nextHead)}` : '';
    const planned: Array<[ConferenceKind, string, string]> = [
      [
        ConferenceKind.KICKOFF,
        workingDay(this.random(cluster.id, year, ConferenceKind.KICKOFF), year, [1, 2]),
        `Hội nghị triển khai kế hoạch, bảng chấm điểm và phát động phong trào thi đua năm ${year} của ${name} tại ${host}.`,
      ],
      [
        ConferenceKind.MIDYEAR_REVIEW,
        workingDay(this.random(cluster.id, year, ConferenceKind.MIDYEAR_REVIEW), year, [7, 8]),
        `Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year} của ${name} tại ${host}, triển khai nhiệm vụ 6 tháng cuối năm.`,
      ],
      [
        ConferenceKind.YEAR_END_REVIEW,
        this.yearEndReviewOn(cluster.id, year),
        `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${year} của ${name} tại ${host}: chấm điểm, suy tôn các đơn vị dẫn đầu, ký giao ước thi đua năm ${year + 1}${handOver}.`,
      ],
    ];
    for (const [kind, heldOn, summary] of planned) {
      // A published conference takes the place of the synthetic one of its kind that year.
      const published = this.published.conferences.find(
        (conference) => conference.cluster === cluster.id && conference.kind === kind && conference.heldOn.startsWith(`${year}-`),
      );
      if (published) {
        this.publishedConference(published);
      } else {
        const id = `${cluster.id}-${heldOn}`;
        this.rows.conferences.push({ id, clusterId: cluster.id, heldOn, kind, hostDistrictId: head, summary, source: SYNTHETIC });
      }
    }
  }

  private publishedConference(conference: PublishedClusters['conferences'][number]): void {
    const id = `${conference.cluster}-${conference.heldOn}`;
    this.rows.conferences.push({
      id,
      clusterId: conference.cluster,
      heldOn: conference.heldOn,
      kind: conference.kind,
      hostDistrictId: conference.host,
      summary: conference.summary,
      source: conference.source,
    });
    conference.figures.forEach((figure, index) =>
      this.rows.figures.push({ conferenceId: id, number: index + 1, ...figure, source: conference.source }),
    );
  }
}

/** A district's place in its cluster's standings for a year, the district named. */
export interface DistrictStanding extends StandingFact {
  districtId: string;
}

const generated = new Map<DatasetName, { rows: Rows; standings: DistrictStanding[] }>();

/**
 * The data set's cluster rows and standings, generated once per process: the city's generator reads
 * the same standings (CO_TP goes to a cluster's leader), and the generation is deterministic.
 */
export function generatedClusters(dataset: DatasetName): { rows: Rows; standings: DistrictStanding[] } {
  let found = generated.get(dataset);
  if (!found) {
    const generator = new ClusterGenerator(datasetPlan(dataset), PUBLISHED_CLUSTERS[dataset]);
    const rows = generator.generate();
    found = { rows, standings: generator.standings };
    generated.set(dataset, found);
  }
  return found;
}

/**
 * The data set's clusters: what published sources say, and around it, saying so, a synthetic
 * membership for every district and year with covenants, scoring tables, scores, honouring votes
 * and conferences. Cluster data hangs off districts, not units or people: `scale` does not change it.
 */
export async function seedClusters(manager: EntityManager, options: SeedOptions): Promise<void> {
  const { progress } = options;
  const { rows } = generatedClusters(options.dataset);
  await insertInBatches(manager, Cluster, rows.clusters, progress);
  await insertInBatches(manager, ClusterMembership, rows.memberships, progress);
  await insertInBatches(manager, Covenant, rows.covenants, progress);
  await insertInBatches(manager, CovenantContent, rows.contents, progress);
  await insertInBatches(manager, ScoringCriterion, rows.criteria, progress);
  await insertInBatches(manager, Score, rows.scores, progress);
  await insertInBatches(manager, Nomination, rows.nominations, progress);
  await insertInBatches(manager, Conference, rows.conferences, progress);
  await insertInBatches(manager, ConferenceFigure, rows.figures, progress);
  // The districts the cluster level may name, from the same data set the district level holds.
  await seedKnownEntities(manager, options, ['District']);
}
