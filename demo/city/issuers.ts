import type { DatasetName, DatasetPlan } from '../datasets';
import { Random } from '../random';

export interface Issuer {
  key: string;
  /** Written after the number: 1234/QĐ-UBND. */
  suffix: string;
  authority: (plan: DatasetPlan) => string;
  signerTitle: string;
  /** Days of the following year in which the year's decisions are signed, and decisions a day. */
  firstDay: number;
  lastDay: number;
  perDay: number;
}

export const CITY_CHAIR: Issuer = {
  key: 'city',
  suffix: 'QĐ-UBND',
  authority: (plan) => `Chủ tịch UBND thành phố ${plan.city}`,
  signerTitle: 'KT. Chủ tịch – Phó Chủ tịch',
  firstDay: 5,
  lastDay: 75,
  perDay: 20,
};
export const PRIME_MINISTER: Issuer = {
  key: 'pm',
  suffix: 'QĐ-TTg',
  authority: () => 'Thủ tướng Chính phủ',
  signerTitle: 'KT. Thủ tướng – Phó Thủ tướng',
  firstDay: 100,
  lastDay: 240,
  perDay: 6,
};
export const PRESIDENT: Issuer = {
  key: 'president',
  suffix: 'QĐ-CTN',
  authority: () => 'Chủ tịch nước',
  signerTitle: 'Chủ tịch nước',
  firstDay: 150,
  lastDay: 300,
  perDay: 5,
};

// Signers are generated names: the data set must not put real officials' names on invented decisions.
const SIGNER_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đặng', 'Bùi', 'Ngô'];
const SIGNER_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Thị', 'Mạnh', 'Hồng', 'Xuân'];
const SIGNER_GIVEN = ['Bình', 'Cường', 'Dũng', 'Hải', 'Hòa', 'Khang', 'Lâm', 'Phúc', 'Quang', 'Thành', 'Tùng', 'Vinh'];

// One signer per issuer and five-year term, as a vice-chair in charge of emulation would be.
export function signerName(dataset: DatasetName, issuer: Issuer, signedYear: number): string {
  const random = new Random(dataset, 'city', 'signer', issuer.key, Math.floor((signedYear - 2016) / 5));
  return [random.pick(SIGNER_FAMILY), random.pick(SIGNER_MIDDLE), random.pick(SIGNER_GIVEN)].join(' ');
}
