/** The languages of the dashboard: Vietnamese by default, English on request. */
export type Language = 'vi' | 'en';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 14995 → "14.995" in Vietnamese, "14,995" in English; at most `digits` decimals. */
export function formatNumber(value: number | null | undefined, language: Language, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const key = `${language}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** 96.3 → "96,3%" in Vietnamese, "96.3%" in English. */
export function formatPercent(value: number | null | undefined, language: Language, digits = 2): string {
  const number = formatNumber(value, language, digits);
  return number === '–' ? number : `${number}%`;
}

/** A quantity with its unit as the source writes it: 14995, "tỷ đồng" → "14.995 tỷ đồng"; 94.7, "%" → "94,7%". */
export function formatQuantity(value: number | null | undefined, unit: string, language: Language): string {
  const number = formatNumber(value, language);
  if (number === '–' || !unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/**
 * An ISO date (2024-03-21, or a full timestamp) as the reader writes it: 21/03/2024. A calendar
 * date is shown as written, whatever the browser's time zone.
 */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '–';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return iso;
  const [, year, month, date] = day;
  return language === 'vi' ? `${date}/${month}/${year}` : new Date(Date.UTC(+year, +month - 1, +date)).toLocaleDateString(LOCALES.en, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}
