import type { EntityManager } from 'typeorm';
import { District, DistrictKind } from './entities/district';

const { URBAN_DISTRICT, RURAL_DISTRICT, TOWN } = DistrictKind;

// Hà Nội's borders as widened on 2008-08-01 are where the demo's records begin; Hà Đông and Sơn Tây
// took their present kinds on 2009-08-08, Nam and Bắc Từ Liêm were split from Từ Liêm on 2014-04-01.
// All 30 ended on 2025-06-30, when the district level was abolished.
const BORDERS_WIDENED = '2008-08-01';
const DISTRICT_LEVEL_ABOLISHED = '2025-06-30';

const HANOI: Array<[id: string, name: string, kind: DistrictKind, validFrom?: string]> = [
  ['ba-dinh', 'Ba Đình', URBAN_DISTRICT],
  ['hoan-kiem', 'Hoàn Kiếm', URBAN_DISTRICT],
  ['tay-ho', 'Tây Hồ', URBAN_DISTRICT],
  ['long-bien', 'Long Biên', URBAN_DISTRICT],
  ['cau-giay', 'Cầu Giấy', URBAN_DISTRICT],
  ['dong-da', 'Đống Đa', URBAN_DISTRICT],
  ['hai-ba-trung', 'Hai Bà Trưng', URBAN_DISTRICT],
  ['hoang-mai', 'Hoàng Mai', URBAN_DISTRICT],
  ['thanh-xuan', 'Thanh Xuân', URBAN_DISTRICT],
  ['nam-tu-liem', 'Nam Từ Liêm', URBAN_DISTRICT, '2014-04-01'],
  ['bac-tu-liem', 'Bắc Từ Liêm', URBAN_DISTRICT, '2014-04-01'],
  ['ha-dong', 'Hà Đông', URBAN_DISTRICT, '2009-08-08'],
  ['son-tay', 'Sơn Tây', TOWN, '2009-08-08'],
  ['ba-vi', 'Ba Vì', RURAL_DISTRICT],
  ['chuong-my', 'Chương Mỹ', RURAL_DISTRICT],
  ['dan-phuong', 'Đan Phượng', RURAL_DISTRICT],
  ['dong-anh', 'Đông Anh', RURAL_DISTRICT],
  ['gia-lam', 'Gia Lâm', RURAL_DISTRICT],
  ['hoai-duc', 'Hoài Đức', RURAL_DISTRICT],
  ['me-linh', 'Mê Linh', RURAL_DISTRICT],
  ['my-duc', 'Mỹ Đức', RURAL_DISTRICT],
  ['phu-xuyen', 'Phú Xuyên', RURAL_DISTRICT],
  ['phuc-tho', 'Phúc Thọ', RURAL_DISTRICT],
  ['quoc-oai', 'Quốc Oai', RURAL_DISTRICT],
  ['soc-son', 'Sóc Sơn', RURAL_DISTRICT],
  ['thach-that', 'Thạch Thất', RURAL_DISTRICT],
  ['thanh-oai', 'Thanh Oai', RURAL_DISTRICT],
  ['thanh-tri', 'Thanh Trì', RURAL_DISTRICT],
  ['thuong-tin', 'Thường Tín', RURAL_DISTRICT],
  ['ung-hoa', 'Ứng Hòa', RURAL_DISTRICT],
];

/** The demo data set: Hà Nội's 30 district-level units until 30 June 2025. */
export async function seedDistricts(manager: EntityManager): Promise<void> {
  await manager.save(
    HANOI.map(([id, name, kind, validFrom = BORDERS_WIDENED]) =>
      manager.create(District, { id, name, kind, validFrom, validTo: DISTRICT_LEVEL_ABOLISHED }),
    ),
  );
}
