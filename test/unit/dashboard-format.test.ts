import { formatDate, formatNumber, formatPercent, formatQuantity } from '../../dashboard/src/format';

describe("the dashboard's formats", () => {
  test('numbers in vi-VN group thousands with a dot and mark decimals with a comma; English the other way', () => {
    expect(formatNumber(14995, 'vi')).toBe('14.995');
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,89');
    expect(formatNumber(14995, 'en')).toBe('14,995');
    expect(formatNumber(96.3, 'en')).toBe('96.3');
    expect(formatNumber(null, 'vi')).toBe('–');
  });

  test('a quantity keeps the unit the source writes: 14.995 tỷ đồng', () => {
    expect(formatQuantity(14995, 'tỷ đồng', 'vi')).toBe('14.995 tỷ đồng');
    expect(formatQuantity(14995, '', 'vi')).toBe('14.995');
    expect(formatQuantity(94.7, '%', 'vi')).toBe('94,7%');
    expect(formatQuantity(undefined, 'tỷ đồng', 'vi')).toBe('–');
  });

  test('percentages: 96,3% in Vietnamese, 96.3% in English', () => {
    expect(formatPercent(96.3, 'vi')).toBe('96,3%');
    expect(formatPercent(96.3, 'en')).toBe('96.3%');
    expect(formatPercent(100, 'vi')).toBe('100%');
  });

  test('dates: 21/03/2024 in Vietnamese whatever the time zone; 21 Mar 2024 in English', () => {
    expect(formatDate('2024-03-21', 'vi')).toBe('21/03/2024');
    expect(formatDate('2024-03-21T23:30:00.000Z', 'vi')).toBe('21/03/2024');
    expect(formatDate('2024-03-21', 'en')).toBe('21 Mar 2024');
    expect(formatDate(null, 'vi')).toBe('–');
  });
});
