/**
 * Deterministic pseudo-random numbers (mulberry32 seeded by a string hash): the same seed parts
 * give the same data on every machine, so generated data sets are reproducible.
 */
export class Random {
  private state: number;

  constructor(...seedParts: Array<string | number>) {
    let hash = 2166136261;
    for (const char of seedParts.join('/')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    this.state = hash >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An ISO date in the year, its month and day drawn from the ranges (a one-value range draws nothing). */
  date(year: number, [firstMonth, lastMonth]: [number, number], [firstDay, lastDay]: [number, number] = [1, 28]): string {
    const month = firstMonth === lastMonth ? firstMonth : this.int(firstMonth, lastMonth);
    const day = firstDay === lastDay ? firstDay : this.int(firstDay, lastDay);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }
}
