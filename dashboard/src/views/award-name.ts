import type { Language } from '../format';

/** An award type's name in the reader's language. */
export function awardName(awardType: { code: string; name: string; nameEn?: string } | null | undefined, language: Language): string {
  if (!awardType) return '–';
  return language === 'en' && awardType.nameEn ? awardType.nameEn : awardType.name;
}
