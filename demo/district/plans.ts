import type { DatasetName, DatasetPlan, PlannedDistrict } from '../datasets';
import { Random } from '../random';
import { SYNTHETIC } from '../seed-options';
import type { Movement } from '../../services/district/entities/movement';
import type { Target } from '../../services/district/entities/target';
import { achievementPercent } from '../../services/district/resolvers/target.resolver';
import { PUBLISHED_MOVEMENTS, PUBLISHED_TARGETS, publishedFor } from './facts';

type Row<T> = Omit<T, 'id' | 'district'>;
export type MovementRow = Row<Movement>;
export type TargetRow = Row<Target>;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The themes a district's movements take besides the year's main one; `city` is the plan's. */
function thematicMovements(district: PlannedDistrict, city: string): string[] {
  const rural = district.kind === 'RURAL_DISTRICT';
  return [
    'Phong trào thi đua “Dân vận khéo”',
    'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
    'Phong trào thi đua “Đẩy mạnh cải cách hành chính”',
    'Phong trào “Người tốt, việc tốt”',
    'Phong trào thi đua “Sáng kiến, sáng tạo”',
    'Phong trào “Toàn dân bảo vệ an ninh Tổ quốc”',
    rural ? 'Phong trào thi đua “Chung sức xây dựng nông thôn mới”' : 'Phong trào thi đua “Xây dựng văn minh đô thị”',
    `Phong trào xây dựng người ${city} thanh lịch, văn minh`,
  ];
}

/** A year's movements: the year's main movement, launched in January, and one or two themes. */
export function syntheticMovements(plan: DatasetPlan, district: PlannedDistrict, year: number): MovementRow[] {
  const random = new Random(plan.name, 'district', district.id, year, 'movements');
  const main: MovementRow = {
    districtId: district.id,
    year,
    title: `Phong trào thi đua hoàn thành xuất sắc các chỉ tiêu kinh tế - xã hội năm ${year}`,
    launchedOn: random.date(year, [1, 1], [8, 28]),
    description: `Phát động tại hội nghị tổng kết năm ${year - 1} của ${district.name}.`,
    source: SYNTHETIC,
  };
  const themes = random.sample(thematicMovements(district, plan.city), random.int(1, 2));
  return [
    main,
    ...themes.map(
      (title): MovementRow => ({
        districtId: district.id,
        year,
        title,
        launchedOn: random.chance(0.7) ? random.date(year, [2, 5]) : null,
        description: null,
        source: SYNTHETIC,
      }),
    ),
  ];
}

interface TargetTemplate {
  name: string;
  /** Lower case words that name the topic, so that a published target is not made twice. */
  topic: string;
  unitOfMeasure: string;
  higherIsBetter: boolean;
  /** The plan in a base year for an urban district (rural: `ruralFactor` of it); a percent is not scaled. */
  base: number;
  ruralFactor?: number;
  /** Growth of the plan a year. */
  growth?: number;
  percent?: boolean;
}

// Targets every district sets in some form (chỉ tiêu kinh tế – xã hội), with plausible sizes.
const TEMPLATES: TargetTemplate[] = [
  { name: 'Thu ngân sách trên địa bàn', topic: 'ngân sách', unitOfMeasure: 'tỷ đồng', higherIsBetter: true, base: 3500, ruralFactor: 0.2, growth: 0.08 },
  { name: 'Giải ngân vốn đầu tư xây dựng cơ bản', topic: 'vốn đầu tư', unitOfMeasure: 'tỷ đồng', higherIsBetter: true, base: 400, ruralFactor: 0.8, growth: 0.06 },
  { name: 'Giải quyết việc làm mới', topic: 'việc làm', unitOfMeasure: 'người', higherIsBetter: true, base: 4500, ruralFactor: 0.7, growth: 0.02 },
  { name: 'Tỷ lệ hộ gia đình được công nhận Gia đình văn hóa', topic: 'gia đình văn hóa', unitOfMeasure: '%', higherIsBetter: true, base: 88, percent: true },
  { name: 'Tỷ lệ tổ dân phố, thôn được công nhận danh hiệu văn hóa', topic: 'tổ dân phố', unitOfMeasure: '%', higherIsBetter: true, base: 75, percent: true },
  { name: 'Tỷ lệ hộ nghèo', topic: 'hộ nghèo', unitOfMeasure: '%', higherIsBetter: false, base: 0.4, ruralFactor: 4, growth: -0.1 },
  { name: 'Tỷ lệ trường công lập đạt chuẩn quốc gia', topic: 'chuẩn quốc gia', unitOfMeasure: '%', higherIsBetter: true, base: 80, percent: true },
  { name: 'Tỷ lệ dân số tham gia bảo hiểm y tế', topic: 'bảo hiểm y tế', unitOfMeasure: '%', higherIsBetter: true, base: 88, percent: true },
  { name: 'Tỷ lệ rác thải sinh hoạt được thu gom, xử lý', topic: 'rác thải', unitOfMeasure: '%', higherIsBetter: true, base: 95, percent: true },
  { name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', topic: 'thủ tục hành chính', unitOfMeasure: '%', higherIsBetter: true, base: 97, percent: true },
  { name: 'Số vụ tai nạn giao thông', topic: 'tai nạn giao thông', unitOfMeasure: 'vụ', higherIsBetter: false, base: 40, ruralFactor: 1.2, growth: -0.03 },
  { name: 'Tỷ lệ dân số được quản lý hồ sơ sức khỏe điện tử', topic: 'sức khỏe', unitOfMeasure: '%', higherIsBetter: true, base: 85, percent: true },
  { name: 'Số doanh nghiệp thành lập mới', topic: 'doanh nghiệp', unitOfMeasure: 'doanh nghiệp', higherIsBetter: true, base: 900, ruralFactor: 0.25, growth: 0.05 },
  { name: 'Tỷ lệ hộ dân được sử dụng nước sạch', topic: 'nước sạch', unitOfMeasure: '%', higherIsBetter: true, base: 92, percent: true },
  { name: 'Tỷ lệ tuyển quân đạt chỉ tiêu giao', topic: 'tuyển quân', unitOfMeasure: '%', higherIsBetter: true, base: 100, percent: true },
];
// A count the district reports but does not plan.
const UNPLANNED: TargetTemplate = {
  name: 'Cấp giấy phép xây dựng',
  topic: 'giấy phép xây dựng',
  unitOfMeasure: 'giấy phép',
  higherIsBetter: true,
  base: 450,
  ruralFactor: 1.5,
  growth: 0.02,
};

function plannedValue(template: TargetTemplate, district: PlannedDistrict, year: number, random: Random): number {
  if (template.percent) return Math.min(100, round2(template.base + (year - 2015) * 0.6 + random.next() * 4 - 2));
  const size = district.kind === 'RURAL_DISTRICT' ? (template.ruralFactor ?? 1) : 1;
  const value = template.base * size * (1 + (template.growth ?? 0)) ** (year - 2015) * (0.8 + random.next() * 0.4);
  return value >= 100 ? Math.round(value) : round2(value);
}

type Outcome = 'EXCEEDED' | 'MET' | 'MISSED';

const canExceed = (template: TargetTemplate, planned: number) => !(template.percent && template.higherIsBetter && planned >= 100);

/**
 * An actual value for an outcome, rounded as the plan is. A percent never passes 100; a target to
 * keep low exceeds its plan by staying below it. The margin grows until rounding keeps the outcome.
 */
function actualValue(template: TargetTemplate, planned: number, outcome: Outcome, random: Random): number {
  if (outcome === 'MET') return planned;
  const better = (outcome === 'EXCEEDED') === template.higherIsBetter;
  let margin = 0.01 + random.next() * (outcome === 'EXCEEDED' ? 0.12 : 0.1);
  for (;;) {
    let actual = planned * (better ? 1 + margin : 1 - margin);
    if (template.percent) actual = Math.min(100, actual);
    actual = planned >= 100 ? Math.round(actual) : round2(actual);
    const percent = achievementPercent({ planned, actual, higherIsBetter: template.higherIsBetter });
    if (percent !== null && (outcome === 'EXCEEDED' ? percent > 100 : percent < 100)) return actual;
    margin += 0.01;
    if (margin > 0.5) throw new Error(`no ${outcome} value near the plan ${planned} of "${template.name}"`);
  }
}

function targetRow(district: PlannedDistrict, year: number, template: TargetTemplate, planned: number | null, actual: number): TargetRow {
  const { name, unitOfMeasure, higherIsBetter } = template;
  return { districtId: district.id, year, name, unitOfMeasure, planned, actual, higherIsBetter, source: SYNTHETIC };
}

// How often a target is missed; the district that leads its cluster (scored first on the targets) seldom misses one.
const MISSES = 0.15;
const LEADER_MISSES = 0.01;

/**
 * About ten targets a year: most met or exceeded, a few missed, and one reported without a plan.
 * `leads`: the district is first in its cluster's standings that year.
 */
export function syntheticTargets(dataset: DatasetName, district: PlannedDistrict, year: number, leads: boolean): TargetRow[] {
  const random = new Random(dataset, 'district', district.id, year, 'targets');
  const chosen = random.sample(TEMPLATES, random.int(8, 10));
  const misses = leads ? LEADER_MISSES : MISSES;
  const rows = chosen.map((template) => {
    const planned = plannedValue(template, district, year, random);
    const roll = random.next();
    const outcome: Outcome = roll < misses ? 'MISSED' : roll < 0.7 && canExceed(template, planned) ? 'EXCEEDED' : 'MET';
    return targetRow(district, year, template, planned, actualValue(template, planned, outcome, random));
  });
  return [...rows, targetRow(district, year, UNPLANNED, null, Math.round(plannedValue(UNPLANNED, district, year, random)))];
}

/**
 * Synthetic targets that complete a published tally (`count` more, `exceeded` of them above plan,
 * the rest met exactly), on topics other than the published ones.
 */
function tallyTargets(dataset: DatasetName, district: PlannedDistrict, year: number, named: string[], count: number, exceeded: number): TargetRow[] {
  const random = new Random(dataset, 'district', district.id, year, 'tally');
  const taken = (template: TargetTemplate) => named.some((name) => name.toLowerCase().includes(template.topic));
  const pool = random.sample(TEMPLATES.filter((template) => !taken(template)), TEMPLATES.length).map((template) => ({
    template,
    planned: plannedValue(template, district, year, random),
  }));
  const toExceed = pool.filter(({ template, planned }) => canExceed(template, planned)).slice(0, exceeded);
  const toMeet = pool.filter((entry) => !toExceed.includes(entry)).slice(0, count - exceeded);
  if (toExceed.length !== exceeded || toMeet.length !== count - exceeded) {
    throw new Error(`cannot make ${count} targets with ${exceeded} exceeded for ${district.id} ${year}`);
  }
  const rows = [
    ...toExceed.map(({ template, planned }) => targetRow(district, year, template, planned, actualValue(template, planned, 'EXCEEDED', random))),
    ...toMeet.map(({ template, planned }) => targetRow(district, year, template, planned, planned)),
  ];
  return random.sample(rows, rows.length);
}

/** The targets of a district's year: published ones (with their tally) where an article gives them. */
export function targetsOf(plan: DatasetPlan, district: PlannedDistrict, year: number, synthetic: boolean, leads: boolean): TargetRow[] {
  const published = publishedFor(PUBLISHED_TARGETS, plan.name, district.id, year);
  if (!published) return synthetic ? syntheticTargets(plan.name, district, year, leads) : [];
  const rows = published.targets.map((target): TargetRow => ({ districtId: district.id, year, ...target, source: published.source }));
  if (!published.tally) return rows;
  const exceededAlready = published.targets.filter((target) => target.planned !== null && target.actual > target.planned).length;
  return [
    ...rows,
    ...tallyTargets(
      plan.name,
      district,
      year,
      published.targets.map((target) => target.name),
      published.tally.total - rows.length,
      published.tally.exceeded - exceededAlready,
    ),
  ];
}

/** The movements of a district's year: the published ones where an article gives them. */
export function movementsOf(plan: DatasetPlan, district: PlannedDistrict, year: number, synthetic: boolean): MovementRow[] {
  const published = publishedFor(PUBLISHED_MOVEMENTS, plan.name, district.id, year);
  if (published) return published.movements.map((movement): MovementRow => ({ districtId: district.id, year, ...movement, source: published.source }));
  return synthetic ? syntheticMovements(plan, district, year) : [];
}
