import type { DatasetName } from '../datasets';

/**
 * What the source articles publish about the district level, as data. Each entry replaces what the
 * generator would make for its slot (a district's year); its rows carry the article's file name.
 * Where an article gives a count but not the recipients, the generator picks them (the people are
 * synthetic anyway) under the rules of DOMAIN.md.
 */
export const SEED_001 = '001_48fd20e11e7bbade.txt';
export const SEED_003 = '003_d8a3844026080267.txt';
export const SEED_004 = '004_0d86179cd3a6a5de.txt';

interface Slot {
  dataset: DatasetName;
  districtId: string;
  year: number;
  source: string;
}

/** How many of each district-level title and form were conferred, and how many were rated HTXSNV. */
export interface PublishedAwards extends Slot {
  /** The date of the conference that conferred them (the decision's date is not published); null if unknown. */
  decidedOn: string | null;
  ttldtt: number;
  /** Giấy khen to collectives. */
  gkUnits: number;
  cstdcs: number;
  ldtt: number;
  /** Giấy khen to individuals. */
  gkPeople: number;
  /** Collectives rated EXCELLENT (HTXSNV): exactly this many, where published. */
  excellentUnits?: number;
  /** People rated EXCELLENT (HTXSNV): exactly this many, where published. */
  excellentPeople?: number;
}

export interface PublishedTarget {
  name: string;
  unitOfMeasure: string;
  planned: number | null;
  actual: number;
  higherIsBetter: boolean;
}

export interface PublishedTargets extends Slot {
  targets: PublishedTarget[];
  /**
   * Where an article tells how many targets there were and how many were exceeded but names only
   * some: synthetic targets fill up to `total`, exceeded or met exactly, to match the published tally.
   */
  tally?: { total: number; exceeded: number };
}

export interface PublishedMovement {
  title: string;
  launchedOn: string | null;
  description: string | null;
}

export interface PublishedMovements extends Slot {
  movements: PublishedMovement[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export const PUBLISHED_AWARDS: PublishedAwards[] = [
  // "53 tập thể đạt danh hiệu TTLĐTT; 03 tập thể HTXSNV; 13 tập thể có thành tích phối hợp tốt; 07 CSTĐCS; 193 cá nhân LĐTT"
  {
    dataset: 'hanoi',
    districtId: 'ba-dinh',
    year: 2020,
    source: SEED_004,
    decidedOn: '2021-01-20',
    ttldtt: 53,
    gkUnits: 13,
    cstdcs: 7,
    ldtt: 193,
    gkPeople: 0,
    excellentUnits: 3,
  },
  // "trên 1.000 tập thể, cá nhân được trao tặng các danh hiệu thi đua, hình thức khen thưởng của quận":
  // over 1,000 collectives and people, so over 1,000 distinct recipients. Only the total is published;
  // the split by title is the data set's: 1,100 titles and forms to 1,020 recipients (the 80 CSTDCS
  // also hold LDTT; the Giấy khen go to the 200 people and 5 units without another title).
  { dataset: 'hanoi', districtId: 'dong-da', year: 2023, source: SEED_001, decidedOn: '2024-03-21', ttldtt: 15, gkUnits: 5, cstdcs: 80, ldtt: 800, gkPeople: 200 },
  // "TTLĐTT cho 36 đơn vị; 39 giấy khen cho 39 tập thể, 38 CSTĐCS, 89 giấy khen và 304 LĐTT …;
  // công nhận 11 tập thể, 38 cá nhân HTXSNV". The conference's date is not in the article.
  {
    dataset: 'camle',
    districtId: 'cam-le',
    year: 2017,
    source: SEED_003,
    decidedOn: null,
    ttldtt: 36,
    gkUnits: 39,
    cstdcs: 38,
    ldtt: 304,
    gkPeople: 89,
    excellentUnits: 11,
    excellentPeople: 38,
  },
];

export const PUBLISHED_TARGETS: PublishedTargets[] = [
  {
    dataset: 'hanoi',
    districtId: 'ba-dinh',
    year: 2020,
    source: SEED_004,
    targets: [
      { name: 'Thu ngân sách trên địa bàn', unitOfMeasure: 'tỷ đồng', planned: 6951.92, actual: 7140.35, higherIsBetter: true },
      // The article gives the achievement against plan, not the plan: the plan is derived from it.
      { name: 'Tỷ lệ hộ gia đình được công nhận Gia đình văn hóa', unitOfMeasure: '%', planned: round2(94.7 / 1.076), actual: 94.7, higherIsBetter: true },
      { name: 'Tỷ lệ tổ dân phố được công nhận Tổ dân phố văn hóa', unitOfMeasure: '%', planned: round2(94.4 / 1.31), actual: 94.4, higherIsBetter: true },
      { name: 'Vận động ủng hộ quỹ “Đền ơn, đáp nghĩa”', unitOfMeasure: 'tỷ đồng', planned: round2(1.494 / 1.149), actual: 1.494, higherIsBetter: true },
      { name: 'Giới thiệu việc làm', unitOfMeasure: 'người', planned: 6200, actual: 6402, higherIsBetter: true },
      { name: 'Giải ngân vốn đầu tư xây dựng cơ bản', unitOfMeasure: 'tỷ đồng', planned: 250.7, actual: 426, higherIsBetter: true },
      {
        name: 'Giá trị sản xuất ngoài nhà nước (tăng 8,5% so với năm 2019; không có kế hoạch)',
        unitOfMeasure: 'tỷ đồng',
        planned: null,
        actual: 73616,
        higherIsBetter: true,
      },
      { name: 'Cấp giấy phép xây dựng (không có kế hoạch)', unitOfMeasure: 'giấy phép', planned: null, actual: 586, higherIsBetter: true },
      // The sectors of the non-state production value, each with its growth on 2019 (no plan published).
      {
        name: 'Giá trị sản xuất ngoài nhà nước ngành thương mại – dịch vụ (tăng 10% so với năm 2019; không có kế hoạch)',
        unitOfMeasure: 'tỷ đồng',
        planned: null,
        actual: 53260,
        higherIsBetter: true,
      },
      {
        name: 'Giá trị sản xuất ngoài nhà nước ngành công nghiệp và xây dựng (tăng 4,7% so với năm 2019; không có kế hoạch)',
        unitOfMeasure: 'tỷ đồng',
        planned: null,
        actual: 20332,
        higherIsBetter: true,
      },
      { name: 'Tặng quà hộ cận nghèo, hộ có hoàn cảnh khó khăn từ quỹ “Vì người nghèo” (không có kế hoạch)', unitOfMeasure: 'tỷ đồng', planned: null, actual: 1.36, higherIsBetter: true },
      { name: 'Tỷ lệ công trình xây dựng có phép (không có kế hoạch)', unitOfMeasure: '%', planned: null, actual: 100, higherIsBetter: true },
      { name: 'Công trình có hoạt động xây dựng được kiểm tra, kiểm soát (không có kế hoạch)', unitOfMeasure: 'công trình', planned: null, actual: 579, higherIsBetter: true },
      {
        name: 'Thủ tục hành chính đề xuất Thành phố rút ngắn thời gian giải quyết (32% số thủ tục các lĩnh vực Nội vụ, Tư pháp, VH&TT, GD&ĐT, LĐTBXH; không có kế hoạch)',
        unitOfMeasure: 'thủ tục',
        planned: null,
        actual: 75,
        higherIsBetter: true,
      },
    ],
  },
  {
    dataset: 'hanoi',
    districtId: 'dong-da',
    year: 2023,
    source: SEED_001,
    // "hoàn thành toàn bộ các chỉ tiêu được giao, trong đó có 7/14 chỉ tiêu vượt kế hoạch"; only the budget is named.
    targets: [{ name: 'Tổng thu ngân sách Nhà nước trên địa bàn', unitOfMeasure: 'tỷ đồng', planned: round2(14995 / 1.029), actual: 14995, higherIsBetter: true }],
    tally: { total: 14, exceeded: 7 },
  },
];

export const PUBLISHED_MOVEMENTS: PublishedMovements[] = [
  {
    dataset: 'hanoi',
    districtId: 'ba-dinh',
    year: 2020,
    source: SEED_004,
    movements: [
      {
        title: 'Phong trào thi đua phát triển kinh tế',
        launchedOn: null,
        description: 'Giá trị sản xuất ngoài nhà nước 73.616 tỷ đồng (tăng 8,5%); thu ngân sách 7.140,35/6.951,92 tỷ đồng, đạt 102,71% dự toán.',
      },
      {
        title: 'Phong trào thi đua trong lĩnh vực văn hóa, xã hội',
        launchedOn: null,
        description: 'Gia đình văn hóa 94,7% (107,6% kế hoạch); tổ dân phố văn hóa 94,4% (131% kế hoạch); giới thiệu việc làm cho 6.402/6.200 người.',
      },
      {
        title: 'Phong trào toàn dân bảo vệ an ninh Tổ quốc',
        launchedOn: null,
        description: 'Hơn 91 phương án bảo vệ 389 kỳ cuộc, huy động hơn 5.000 lượt cán bộ chiến sỹ và 8.000 lượt bảo vệ dân phố.',
      },
    ],
  },
  {
    dataset: 'hanoi',
    districtId: 'ba-dinh',
    year: 2021,
    source: SEED_004,
    movements: [
      {
        title: 'Phong trào thi đua năm 2021',
        launchedOn: '2021-01-20',
        description:
          'Phát động tại hội nghị tổng kết phong trào thi đua năm 2020 (Chủ tịch UBND quận Tạ Nam Chiến): thực hiện thắng lợi các nhiệm vụ chính trị, ' +
          'các chỉ tiêu phát triển kinh tế - xã hội năm 2021, bảo đảm “mục tiêu kép” vừa phòng chống dịch bệnh vừa phục hồi và phát triển kinh tế - xã hội.',
      },
    ],
  },
  {
    dataset: 'hanoi',
    districtId: 'dong-da',
    year: 2023,
    source: SEED_001,
    movements: [
      {
        title: 'Phong trào thi đua phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội 2023',
        launchedOn: null,
        description: 'Phát động ngay từ đầu năm 2023 (ngày không được công bố); kết quả: hoàn thành toàn bộ các chỉ tiêu, 7/14 chỉ tiêu vượt kế hoạch.',
      },
      { title: 'Phong trào “Sáng kiến, sáng tạo Thủ đô”', launchedOn: null, description: null },
      { title: 'Phong trào “Đẩy mạnh cải cách hành chính”', launchedOn: null, description: 'Chỉ số CCHC tăng 16 bậc, vươn lên vị trí thứ 1/30 quận, huyện.' },
      { title: 'Phong trào “Doanh nghiệp quận Đống Đa hội nhập và phát triển”', launchedOn: null, description: null },
      { title: 'Phong trào “Người tốt, việc tốt”', launchedOn: null, description: null },
      {
        title: 'Phong trào “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại, thực hành tiết kiệm, chống lãng phí”',
        launchedOn: null,
        description: null,
      },
    ],
  },
  {
    dataset: 'camle',
    districtId: 'cam-le',
    year: 2017,
    source: SEED_003,
    movements: [
      {
        title: 'Thi đua phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh năm 2017',
        launchedOn: null,
        description:
          'Phát động từ đầu năm (ngày không được công bố). Tổng kết: TTLĐTT cho 36 đơn vị; giấy khen cho 39 tập thể; 38 CSTĐCS; ' +
          '89 giấy khen và 304 LĐTT cho cá nhân; 11 tập thể và 38 cá nhân hoàn thành xuất sắc nhiệm vụ; thưởng cho 15 đơn vị tiêu biểu ' +
          'hoàn thành xuất sắc công tác năm 2017 (khoản thưởng này không phải danh hiệu hay hình thức khen thưởng trong danh mục, nên chỉ được ghi ở đây).',
      },
      { title: 'Thi đua thực hiện Chỉ thị 29 của Thành ủy với việc tập trung “5 xây, 3 chống”', launchedOn: null, description: null },
      { title: 'Thi đua thực hiện Chương trình “Thành phố 4 an”', launchedOn: null, description: null },
      { title: 'Thi đua thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc”', launchedOn: null, description: null },
      { title: 'Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”', launchedOn: null, description: null },
    ],
  },
  {
    dataset: 'camle',
    districtId: 'cam-le',
    year: 2018,
    source: SEED_003,
    movements: [
      {
        title: 'Ký kết giao ước thi đua năm 2018 với các phường',
        launchedOn: null,
        description:
          'Ký tại hội nghị tổng kết năm 2017 (ngày không được công bố), cùng lúc phát động phong trào thi đua năm 2018: hoàn thành các chỉ tiêu và ' +
          '3 nhiệm vụ trọng tâm thành phố giao; thực hiện Chỉ thị 05, “5 xây, 3 chống” gắn với cải cách hành chính; chương trình “Thành phố 4 an”; ' +
          'thi đua “Dân vận khéo”; phương châm “Tự nguyện, công khai, công bằng, chính xác và cùng phát triển”.',
      },
    ],
  },
];

/** The entry of a list for one slot, if an article covers it. */
export function publishedFor<T extends Slot>(entries: T[], dataset: DatasetName, districtId: string, year: number): T | undefined {
  return entries.find((entry) => entry.dataset === dataset && entry.districtId === districtId && entry.year === year);
}

/** The years the articles cover for a district: they are filled even outside the data set's synthetic years. */
export function publishedYears(dataset: DatasetName, districtId: string): number[] {
  return [...PUBLISHED_AWARDS, ...PUBLISHED_TARGETS, ...PUBLISHED_MOVEMENTS]
    .filter((entry) => entry.dataset === dataset && entry.districtId === districtId)
    .map((entry) => entry.year);
}
