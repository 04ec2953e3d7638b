import type { DatasetName } from '../datasets';
import { SYNTHETIC } from '../seed-options';
import { ConferenceKind } from '../../services/cluster/entities/conference';

/**
 * What published sources say about Hà Nội's clusters. Each fact carries the file it comes from:
 * a seed article, or DOMAIN.md for the reports it cites that are not in seeds/.
 */
export const SEED_000 = '000_91381798f5ff2055.txt';
export const SEED_002 = '002_90043e1533113753.txt';
export const DOMAIN_REPORTS = 'DOMAIN.md';

export interface PlannedCluster {
  id: string;
  /** Where the cluster itself is named; 'synthetic' for the clusters the demo adds. */
  source: string;
  /**
   * Its members every year, in the order the head role passes round (the deputy is next year's
   * head); empty for a cluster whose members were never published.
   */
  rotation: string[];
  /** The year in which rotation[0] is head. */
  rotationFrom: number;
}

export interface PublishedMembership {
  cluster: string;
  year: number;
  source: string;
  head?: string;
  deputy?: string;
}

export interface PublishedFigure {
  name: string;
  value: number;
  unitOfMeasure: string;
}

export interface PublishedConference {
  cluster: string;
  heldOn: string;
  kind: ConferenceKind;
  host: string | null;
  summary: string;
  source: string;
  figures: PublishedFigure[];
}

export interface PublishedCovenant {
  cluster: string;
  year: number;
  signedOn: string | null;
  source: string;
  /** The contents the source quotes, numbered from 1; the rest up to `contents` are synthetic. */
  quoted: string[];
  contents: number;
}

export interface PublishedVote {
  cluster: string;
  year: number;
  /** Award type codes from the best of the standings down, one a member. */
  awards: string[];
  source: string;
}

export interface PublishedClusters {
  clusters: PlannedCluster[];
  memberships: PublishedMembership[];
  conferences: PublishedConference[];
  covenants: PublishedCovenant[];
  /** Clusters whose scoring table for a year is reported to exist, with no criteria published. */
  scoringTables: Array<{ cluster: string; year: number; source: string }>;
  votes: PublishedVote[];
}

const III = ['hoang-mai', 'dong-da', 'ba-dinh', 'hoan-kiem', 'hai-ba-trung', 'long-bien'];
const IX = ['cau-giay', 'thanh-xuan', 'ha-dong', 'nam-tu-liem', 'bac-tu-liem', 'tay-ho'];
const XII = ['son-tay', 'thach-that', 'phuc-tho', 'ba-vi', 'quoc-oai', 'dan-phuong', 'hoai-duc'];

const HANOI: PublishedClusters = {
  clusters: [
    // Cluster II's members were never published (seed 002 reports a review without them): it keeps none.
    { id: 'II', source: SEED_002, rotation: [], rotationFrom: 2017 },
    // Rotation anchored on the published heads: Hoàng Mai 2017, Đống Đa 2018.
    { id: 'III', source: SEED_000, rotation: III, rotationFrom: 2017 },
    { id: 'IX', source: DOMAIN_REPORTS, rotation: IX, rotationFrom: 2020 },
    // The eleven districts whose clusters are unpublished, in two clusters the demo adds.
    { id: 'X', source: SYNTHETIC, rotation: ['dong-anh', 'gia-lam', 'me-linh', 'soc-son', 'thanh-tri'], rotationFrom: 2015 },
    {
      id: 'XI',
      source: SYNTHETIC,
      rotation: ['chuong-my', 'my-duc', 'phu-xuyen', 'thanh-oai', 'thuong-tin', 'ung-hoa'],
      rotationFrom: 2015,
    },
    // Sơn Tây head and Thạch Thất deputy in 2022.
    { id: 'XII', source: DOMAIN_REPORTS, rotation: XII, rotationFrom: 2022 },
  ],
  memberships: [
    { cluster: 'III', year: 2017, source: SEED_000, head: 'hoang-mai' },
    { cluster: 'III', year: 2018, source: SEED_000, head: 'dong-da' },
    { cluster: 'IX', year: 2020, source: DOMAIN_REPORTS, head: 'cau-giay' },
    { cluster: 'IX', year: 2024, source: DOMAIN_REPORTS },
    { cluster: 'XII', year: 2022, source: DOMAIN_REPORTS, head: 'son-tay', deputy: 'thach-that' },
    { cluster: 'XII', year: 2023, source: DOMAIN_REPORTS },
  ],
  conferences: [
    {
      cluster: 'III',
      heldOn: '2017-11-02',
      kind: ConferenceKind.YEAR_END_REVIEW,
      host: 'hoang-mai',
      source: SEED_000,
      summary:
        'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2017 của Cụm thi đua số III tại quận Hoàng Mai, ký giao ước thi đua năm 2018. ' +
        'Năm 2017, 6/6 quận tập trung tháo gỡ khó khăn cho sản xuất kinh doanh, hỗ trợ thị trường; trong “Năm kỷ cương hành chính”, cụm phát động chuyên đề ' +
        '“Đổi mới phong cách chỉ đạo, điều hành nhằm nâng cao ý thức, trách nhiệm của đội ngũ cán bộ, công chức trong thực thi công vụ”, ' +
        '100% đơn vị rà soát và xây dựng quy chế làm việc; 100% các quận ra quân xử lý vi phạm trật tự văn minh đô thị, ' +
        'tỷ lệ công trình xây dựng có phép đạt từ 98-100%. Hội nghị thống nhất suy tôn 1 Cờ thi đua Chính phủ, 2 Cờ thi đua xuất sắc của UBND TP ' +
        'và 3 bằng khen của UBND TP; quận Hoàng Mai, đơn vị cụm trưởng năm 2017, bàn giao nhiệm vụ cụm trưởng năm 2018 cho quận Đống Đa.',
      figures: [
        { name: 'Tổng thu ngân sách nhà nước của cụm 9 tháng đầu năm 2017 (trên)', value: 27000, unitOfMeasure: 'tỷ đồng' },
        { name: 'Thu ngân sách nhà nước 9 tháng so với kế hoạch năm', value: 85.66, unitOfMeasure: '%' },
        { name: 'Ước thu ngân sách nhà nước cả năm 2017 (trên)', value: 36400, unitOfMeasure: 'tỷ đồng' },
        { name: 'Tăng thu ngân sách nhà nước so với năm 2016 (gần)', value: 13, unitOfMeasure: '%' },
        { name: 'Huân chương Độc lập hạng Nhất', value: 1, unitOfMeasure: 'huân chương' },
        { name: 'Huân chương Lao động hạng Nhất', value: 1, unitOfMeasure: 'huân chương' },
        { name: 'Huân chương Lao động hạng Nhì', value: 3, unitOfMeasure: 'huân chương' },
        { name: 'Huân chương Lao động hạng Ba', value: 1, unitOfMeasure: 'huân chương' },
        { name: 'Cờ, bằng khen của Thủ tướng Chính phủ và Thành phố', value: 26, unitOfMeasure: 'cờ, bằng khen' },
        { name: 'Cờ thi đua xuất sắc, bằng khen của Thành phố, bộ, ngành Trung ương (trên)', value: 300, unitOfMeasure: 'cờ, bằng khen' },
        { name: 'Điển hình tiên tiến, “Người tốt việc tốt” tiêu biểu được Thành phố khen thưởng', value: 143, unitOfMeasure: 'điển hình' },
      ],
    },
    {
      cluster: 'II',
      heldOn: '2017-08-04',
      kind: ConferenceKind.MIDYEAR_REVIEW,
      host: null,
      source: SEED_002,
      figures: [],
      summary:
        'Hội nghị sơ kết công tác 6 tháng đầu năm 2017 và triển khai nhiệm vụ những tháng tới của Cụm thi đua số II TP Hà Nội. ' +
        'Ngay từ đầu năm, Cụm đã phối hợp ban hành kế hoạch thi đua, bảng chấm điểm, bảng ký kết giao ước thi đua của Cụm và xây dựng dự thảo ' +
        'Quy định về tổ chức và hoạt động của Cụm thi đua số II TP Hà Nội; các chỉ tiêu kinh tế - xã hội theo kế hoạch đều hoàn thành so với tiến độ. ' +
        'Những tháng cuối năm, Cụm tiếp tục đẩy mạnh phong trào thi đua lao động giỏi, lao động sáng tạo và xây dựng gương cán bộ, công chức, viên chức kiểu mẫu.',
    },
  ],
  covenants: [
    {
      cluster: 'III',
      year: 2018,
      signedOn: '2017-11-02',
      source: SEED_000,
      contents: 5,
      quoted: [
        'Quyết tâm thi đua hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh',
        'Thi đua thực hiện sáng tạo, hiệu quả 5 nhiệm vụ trọng tâm, 3 khâu đột phá và các chuyên đề thi đua của Thành phố, trọng tâm là trật tự văn minh đô thị và kỷ cương hành chính, phong trào khởi nghiệp, an toàn thực phẩm và trồng 1 triệu cây xanh',
        'Thi đua xây dựng Đảng, chính quyền trong sạch, vững mạnh, xây dựng đội ngũ cán bộ, công chức chuyên nghiệp, hiện đại, hiệu quả và có tinh thần trách nhiệm cao',
      ],
    },
    // "Ngay từ đầu năm 2017 … ban hành … bảng ký kết giao ước thi đua": issued, its date and contents not published.
    { cluster: 'II', year: 2017, signedOn: null, source: SEED_002, contents: 5, quoted: [] },
  ],
  scoringTables: [{ cluster: 'II', year: 2017, source: SEED_002 }],
  // 1 Cờ thi đua Chính phủ, 2 Cờ thi đua xuất sắc của UBND TP, 3 bằng khen của UBND TP: one a member.
  votes: [{ cluster: 'III', year: 2017, awards: ['CO_CP', 'CO_TP', 'CO_TP', 'BK_TP', 'BK_TP', 'BK_TP'], source: SEED_000 }],
};

// Nothing is published about Cẩm Lệ's cluster.
const NOTHING: PublishedClusters = { clusters: [], memberships: [], conferences: [], covenants: [], scoringTables: [], votes: [] };

export const PUBLISHED_CLUSTERS: Record<DatasetName, PublishedClusters> = { hanoi: HANOI, camle: NOTHING };
