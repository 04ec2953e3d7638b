/**
 * The honouring vote (suy tôn) at a cluster's year-end review: the cluster's quota of awards,
 * highest first, goes down its standings one award per district. finalizeYear and the seed's
 * synthetic votes both place their votes with it.
 */

/** How many of an award type a cluster's vote proposes each year. */
export interface QuotaLine {
  awardTypeCode: string;
  count: number;
}

/**
 * A cluster's quota until it sets its own: seed 000 reports cluster III's 2017 vote proposing
 * 1 Government flag, 2 City flags and 3 City certificates of merit.
 */
export const DEFAULT_NOMINATION_QUOTA: readonly QuotaLine[] = [
  { awardTypeCode: 'CO_CP', count: 1 },
  { awardTypeCode: 'CO_TP', count: 2 },
  { awardTypeCode: 'BK_TP', count: 3 },
];

// The honours a cluster's vote proposes, highest first; any other code follows them, by code.
const AWARD_ORDER = ['CO_CP', 'CO_TP', 'BK_TTG', 'BK_TP'];

/** An award type's place among the honours a vote proposes, highest first. */
export function awardRank(awardTypeCode: string): number {
  const rank = AWARD_ORDER.indexOf(awardTypeCode);
  return rank === -1 ? AWARD_ORDER.length : rank;
}

/** Higher honour first, then by code: the order a vote hands awards out in. */
export const byAwardRank = (a: string, b: string): number => awardRank(a) - awardRank(b) || (a < b ? -1 : a > b ? 1 : 0);

/** The awards a quota proposes, highest first, each as many times as its count. */
export function ballot(quota: readonly QuotaLine[]): string[] {
  return [...quota]
    .sort((a, b) => byAwardRank(a.awardTypeCode, b.awardTypeCode))
    .flatMap(({ awardTypeCode, count }) => Array<string>(count).fill(awardTypeCode));
}

/** One award per district down the standings (district ids best first); awards beyond the last district go to no one. */
export function placeVote(awards: readonly string[], ranked: readonly string[]): Array<{ districtId: string; awardTypeCode: string }> {
  return awards.slice(0, ranked.length).map((awardTypeCode, index) => ({ districtId: ranked[index], awardTypeCode }));
}
