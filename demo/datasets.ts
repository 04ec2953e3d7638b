import { DATASET_NAMES, type DatasetName } from '../services/core/config';
import { Random } from './random';

/**
 * The skeleton every level's seed shares, so that the three databases agree without reading each
 * other: which districts a data set has, and the ids, names and kinds of their units and people.
 * Each subgraph stores its own part; generated identities depend only on (dataset, district, n).
 */
export { DATASET_NAMES, type DatasetName };

export type DistrictKindName = 'URBAN_DISTRICT' | 'RURAL_DISTRICT' | 'TOWN';
export type UnitKindName = 'WARD' | 'COMMUNE' | 'DEPARTMENT' | 'SCHOOL' | 'HEALTH' | 'ENTERPRISE' | 'OTHER';

export interface PlannedDistrict {
  id: string;
  name: string;
  kind: DistrictKindName;
  validFrom: string;
  validTo: string | null;
  /** Units and people at scale 1; a scale multiplies both. */
  units: number;
  people: number;
}

export interface DatasetPlan {
  name: DatasetName;
  /** The city this deployment serves; nothing else in the code names one. */
  city: string;
  districts: PlannedDistrict[];
  /** The years the generator fills; published facts replace what it would make for their year. */
  syntheticYears: number[];
  /** People a source article names, besides the generated ones; the district holds them, others refer to them. */
  namedPeople: NamedPerson[];
}

export interface NamedPerson extends Omit<PlannedPerson, 'birthYear'> {
  /** Not published. */
  birthYear: null;
  source: string;
}

// Hà Nội's borders as widened on 2008-08-01 are where the demo's records begin; Hà Đông and Sơn Tây
// took their present kinds on 2009-08-08, Nam and Bắc Từ Liêm were split from Từ Liêm on 2014-04-01.
// All ended on 2025-06-30, when the district level was abolished.
const BORDERS_WIDENED = '2008-08-01';
const DISTRICT_LEVEL_ABOLISHED = '2025-06-30';

const HANOI_DISTRICTS: Array<[id: string, name: string, kind: DistrictKindName, validFrom?: string]> = [
  ['ba-dinh', 'Ba Đình', 'URBAN_DISTRICT'],
  ['hoan-kiem', 'Hoàn Kiếm', 'URBAN_DISTRICT'],
  ['tay-ho', 'Tây Hồ', 'URBAN_DISTRICT'],
  ['long-bien', 'Long Biên', 'URBAN_DISTRICT'],
  ['cau-giay', 'Cầu Giấy', 'URBAN_DISTRICT'],
  ['dong-da', 'Đống Đa', 'URBAN_DISTRICT'],
  ['hai-ba-trung', 'Hai Bà Trưng', 'URBAN_DISTRICT'],
  ['hoang-mai', 'Hoàng Mai', 'URBAN_DISTRICT'],
  ['thanh-xuan', 'Thanh Xuân', 'URBAN_DISTRICT'],
  ['nam-tu-liem', 'Nam Từ Liêm', 'URBAN_DISTRICT', '2014-04-01'],
  ['bac-tu-liem', 'Bắc Từ Liêm', 'URBAN_DISTRICT', '2014-04-01'],
  ['ha-dong', 'Hà Đông', 'URBAN_DISTRICT', '2009-08-08'],
  ['son-tay', 'Sơn Tây', 'TOWN', '2009-08-08'],
  ['ba-vi', 'Ba Vì', 'RURAL_DISTRICT'],
  ['chuong-my', 'Chương Mỹ', 'RURAL_DISTRICT'],
  ['dan-phuong', 'Đan Phượng', 'RURAL_DISTRICT'],
  ['dong-anh', 'Đông Anh', 'RURAL_DISTRICT'],
  ['gia-lam', 'Gia Lâm', 'RURAL_DISTRICT'],
  ['hoai-duc', 'Hoài Đức', 'RURAL_DISTRICT'],
  ['me-linh', 'Mê Linh', 'RURAL_DISTRICT'],
  ['my-duc', 'Mỹ Đức', 'RURAL_DISTRICT'],
  ['phu-xuyen', 'Phú Xuyên', 'RURAL_DISTRICT'],
  ['phuc-tho', 'Phúc Thọ', 'RURAL_DISTRICT'],
  ['quoc-oai', 'Quốc Oai', 'RURAL_DISTRICT'],
  ['soc-son', 'Sóc Sơn', 'RURAL_DISTRICT'],
  ['thach-that', 'Thạch Thất', 'RURAL_DISTRICT'],
  ['thanh-oai', 'Thanh Oai', 'RURAL_DISTRICT'],
  ['thanh-tri', 'Thanh Trì', 'RURAL_DISTRICT'],
  ['thuong-tin', 'Thường Tín', 'RURAL_DISTRICT'],
  ['ung-hoa', 'Ứng Hòa', 'RURAL_DISTRICT'],
];

// Published counts need more than a typical district's 20 units and 250 people: Ba Đình honoured
// 53 + 13 collectives in 2020, Đống Đa honoured over 1,000 collectives and people in 2023.
const UNITS_FOR_PUBLISHED_COUNTS: Record<string, number> = { 'ba-dinh': 70 };
const PEOPLE_FOR_PUBLISHED_COUNTS: Record<string, number> = { 'dong-da': 1300 };

const PLANS: Record<DatasetName, DatasetPlan> = {
  hanoi: {
    name: 'hanoi',
    city: 'Hà Nội',
    districts: HANOI_DISTRICTS.map(([id, name, kind, validFrom = BORDERS_WIDENED]) => ({
      id,
      name,
      kind,
      validFrom,
      validTo: DISTRICT_LEVEL_ABOLISHED,
      units: UNITS_FOR_PUBLISHED_COUNTS[id] ?? 20,
      people: PEOPLE_FOR_PUBLISHED_COUNTS[id] ?? 250,
    })),
    syntheticYears: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    namedPeople: [
      {
        id: 'dong-da-do-trong-nam',
        districtId: 'dong-da',
        unitId: 'dong-da-u001',
        fullName: 'Đỗ Trọng Nam',
        gender: 'MALE',
        birthYear: null,
        position: 'Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa',
        source: '001_48fd20e11e7bbade.txt',
      },
    ],
  },
  // Cẩm Lệ (Đà Nẵng), 2017, from seed 003: the published counts only (304 LDTT needs 400 people).
  camle: {
    name: 'camle',
    city: 'Đà Nẵng',
    districts: [
      { id: 'cam-le', name: 'Cẩm Lệ', kind: 'URBAN_DISTRICT', validFrom: '2005-08-05', validTo: DISTRICT_LEVEL_ABOLISHED, units: 45, people: 400 },
    ],
    syntheticYears: [],
    namedPeople: [],
  },
};

export function datasetPlan(name: DatasetName): DatasetPlan {
  const plan = PLANS[name];
  if (!plan) throw new Error(`unknown data set "${name}"; there are ${DATASET_NAMES.join(', ')}`);
  return plan;
}

export interface PlannedUnit {
  id: string;
  districtId: string;
  name: string;
  kind: UnitKindName;
  memberCount: number;
}

export interface PlannedPerson {
  id: string;
  districtId: string;
  unitId: string;
  fullName: string;
  gender: 'MALE' | 'FEMALE';
  birthYear: number;
  position: string;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh'];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Công', 'Xuân'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Minh', 'Phương', 'Kim'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Việt'];
const GIVEN_FEMALE = ['Chi', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngọc', 'Phương', 'Tâm', 'Thảo', 'Trang', 'Vân', 'Yến'];
const PLACE_WORDS = ['Hòa Bình', 'Thắng Lợi', 'Đoàn Kết', 'Quang Trung', 'Nguyễn Trãi', 'Lê Lợi', 'Trần Phú', 'Kim Đồng', 'Chu Văn An', 'Hồng Hà', 'Tân Lập', 'Đồng Tâm', 'Phúc Lợi', 'Thành Công', 'Văn Chương', 'Nghĩa Tân'];
const DEPARTMENTS = ['Phòng Nội vụ', 'Phòng Tài chính – Kế hoạch', 'Phòng Giáo dục và Đào tạo', 'Phòng Văn hóa và Thông tin', 'Phòng Tư pháp', 'Phòng Tài nguyên và Môi trường', 'Phòng Quản lý đô thị', 'Phòng Kinh tế', 'Phòng Lao động – Thương binh và Xã hội', 'Văn phòng HĐND và UBND', 'Thanh tra'];
const SCHOOLS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS'];
const POSITIONS = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Giáo viên', 'Nhân viên', 'Phó trưởng phòng', 'Trưởng phòng', 'Cán bộ'];

/** The kind of the n-th unit: wards or communes first, then departments, schools, health, enterprises. */
function unitKind(district: PlannedDistrict, n: number, count: number): UnitKindName {
  const share = (n - 1) / count;
  if (share < 0.3) return district.kind === 'RURAL_DISTRICT' ? 'COMMUNE' : 'WARD';
  if (share < 0.55) return 'DEPARTMENT';
  if (share < 0.8) return 'SCHOOL';
  if (share < 0.9) return 'HEALTH';
  return n === count ? 'OTHER' : 'ENTERPRISE';
}

/** The units of a district at a scale, always the same for the same arguments. */
export function plannedUnits(dataset: DatasetName, district: PlannedDistrict, scale: number): PlannedUnit[] {
  const count = district.units * scale;
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const random = new Random(dataset, district.id, 'unit', n);
    const kind = unitKind(district, n, count);
    const place = `${random.pick(PLACE_WORDS)}${n > PLACE_WORDS.length ? ` ${Math.ceil(n / PLACE_WORDS.length)}` : ''}`;
    const name = {
      WARD: `Phường ${place}`,
      COMMUNE: `Xã ${place}`,
      DEPARTMENT: `${DEPARTMENTS[n % DEPARTMENTS.length]}${n > DEPARTMENTS.length ? ` (${n})` : ''} ${district.name}`,
      SCHOOL: `${random.pick(SCHOOLS)} ${place}`,
      HEALTH: `Trạm Y tế ${place}`,
      ENTERPRISE: `Công ty TNHH ${place}`,
      OTHER: `Trung tâm Văn hóa – Thể thao ${district.name}`,
    }[kind];
    return { id: `${district.id}-u${String(n).padStart(3, '0')}`, districtId: district.id, name, kind, memberCount: random.int(8, 60) };
  });
}

/** The people of a district at a scale, spread over its units; always the same for the same arguments. */
export function plannedPeople(dataset: DatasetName, district: PlannedDistrict, scale: number): PlannedPerson[] {
  const units = district.units * scale;
  return Array.from({ length: district.people * scale }, (_, index) => {
    const n = index + 1;
    const random = new Random(dataset, district.id, 'person', n);
    const female = random.chance(0.55);
    const fullName = [random.pick(FAMILY), random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE), random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)].join(' ');
    return {
      id: `${district.id}-p${String(n).padStart(4, '0')}`,
      districtId: district.id,
      unitId: `${district.id}-u${String((index % units) + 1).padStart(3, '0')}`,
      fullName,
      gender: female ? 'FEMALE' : 'MALE',
      birthYear: random.int(1965, 1998),
      position: random.pick(POSITIONS),
    };
  });
}
