import type Redis from 'ioredis';
import { GENERATION_KEYS, recordChange, SETTLING_KEYS, type Generations } from '../services/core/change-feed';
import { SUBGRAPH_NAMES, type ResponseCacheSettings, type SubgraphName } from '../services/core/config';

/** An answer as it was sent, with the generations of the subgraphs it read (services/core/change-feed.ts). */
export interface CachedAnswer {
  generations: Partial<Generations>;
  /** The answer's JSON: each hit gets its own copy to send. */
  body: string;
}

/** Where the gateway keeps answers, and the generations they are checked against. */
export interface ResponseStore {
  /** The answer kept under `key`, if any, the generations now, and the subgraphs still settling after a write: in one round trip with Redis. */
  lookup(key: string): Promise<Lookup>;
  save(key: string, answer: CachedAnswer): Promise<void>;
  /** A subgraph committed writes (what a subgraph without Redis tells this gateway). */
  changed(subgraph: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

export interface Lookup {
  answer: CachedAnswer | null;
  generations: Generations;
  /** Subgraphs that wrote within READ_YOUR_WRITES_MS (services/core/change-feed.ts): answers that read them are not kept. */
  settling: Set<SubgraphName>;
}

/** Whether every subgraph the answer read is still at the generation it read. */
export function isCurrent(answer: CachedAnswer, generations: Generations): boolean {
  return Object.entries(answer.generations).every(([subgraph, generation]) => generations[subgraph as SubgraphName] === generation);
}

/** In the gateway process: the least recently used answers go first once the size is reached. */
export function memoryStore(settings: ResponseCacheSettings, settlingMs: number): ResponseStore {
  const maxBytes = settings.maxMb * 1024 * 1024;
  const generations = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Generations;
  const settlingUntil = new Map<SubgraphName, number>();
  const now = () => {
    const time = Date.now();
    return { generations: { ...generations }, settling: new Set(SUBGRAPH_NAMES.filter((name) => (settlingUntil.get(name) ?? 0) > time)) };
  };
  // A Map iterates in insertion order: an answer read again is moved to the end.
  const answers = new Map<string, { answer: CachedAnswer; bytes: number; expiresAt: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    bytes -= answers.get(key)?.bytes ?? 0;
    answers.delete(key);
  };
  return {
    async lookup(key) {
      const kept = answers.get(key);
      if (!kept || kept.expiresAt <= Date.now()) {
        if (kept) drop(key);
        return { answer: null, ...now() };
      }
      answers.delete(key);
      answers.set(key, kept);
      return { answer: kept.answer, ...now() };
    },
    async save(key, answer) {
      // JavaScript strings are UTF-16: two bytes a character.
      const size = answer.body.length * 2;
      if (size > maxBytes) return;
      drop(key);
      answers.set(key, { answer, bytes: size, expiresAt: Date.now() + settings.ttlS * 1000 });
      bytes += size;
      for (const oldest of answers.keys()) {
        if (bytes <= maxBytes) break;
        drop(oldest);
      }
    },
    async changed(subgraph) {
      generations[subgraph] += 1;
      settlingUntil.set(subgraph, Date.now() + settlingMs);
    },
    async close() {
      answers.clear();
    },
  };
}

const answerKey = (key: string) => `answer:${key}`;

/** In Redis, shared by every gateway; Redis expires answers after the TTL and evicts by its own policy. */
export function redisStore(redis: Redis, settings: ResponseCacheSettings, settlingMs: number): ResponseStore {
  return {
    async lookup(key) {
      const results = await redis.pipeline().get(answerKey(key)).mget(...GENERATION_KEYS).mget(...SETTLING_KEYS).exec();
      const failed = results?.find(([error]) => error);
      if (!results || failed) throw failed?.[0] ?? new Error('Redis answered nothing');
      const [[, kept], [, numbers], [, settling]] = results as [[null, string | null], [null, Array<string | null>], [null, Array<string | null>]];
      return {
        answer: kept ? (JSON.parse(kept) as CachedAnswer) : null,
        generations: Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [name, Number(numbers[index] ?? 0)])) as Generations,
        settling: new Set(SUBGRAPH_NAMES.filter((_name, index) => settling[index] !== null)),
      };
    },
    async save(key, answer) {
      await redis.set(answerKey(key), JSON.stringify(answer), 'EX', settings.ttlS);
    },
    changed: (subgraph) => recordChange(redis, subgraph, settlingMs),
    async close() {
      await redis.quit();
    },
  };
}
