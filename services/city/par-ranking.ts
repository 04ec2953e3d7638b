/**
 * Standard competition ranking, as the city publishes the PAR index: equal scores share a rank and
 * the next rank skips (1, 2, 2, 4). The seed and recordParIndex both rank with it.
 */
export function competitionRanks(scores: Map<string, number>): Map<string, number> {
  const values = [...scores.values()];
  return new Map([...scores].map(([id, score]) => [id, 1 + values.filter((other) => other > score).length]));
}
