import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLError } from 'graphql';
import { LessThan, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from './auth';
import type { DeadlineContext } from './deadline';
import { graphError } from './errors';
import { IdempotencyKey } from './idempotency-key';
import { cacheKey } from './loaders';
import type { Logger } from './logger';
import { isDuplicate } from './write-errors';
import { isSingleConnection, serializeWrites } from './write-serializer';

/**
 * A mutation sent with this header is applied at most once for its caller: a retry with the same
 * key and the same request answers the first answer again, without writing.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set on an answer that is the stored answer of an earlier request with the same key. */
export const REPLAYED_HEADER = 'idempotent-replayed';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;
/** How long a key is remembered: a retry a day later runs as a new request. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
// A retry of a request still running waits this long for its answer (less if its own caller waits less).
const WAIT_MS = 3000;
const POLL_MS = 25;
// An answer is stored just after its write commits: one that has not come this long after its
// claim was lost (the process stopped in between), though the write was committed.
const ANSWER_LOST_AFTER_MS = 60_000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
// What MariaDB's TEXT holds; a mutation's answer is far smaller.
const MAX_ANSWER_BYTES = 65535;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function requestHashOf(query: string, operationName: string | null | undefined, variables: unknown): string {
  // Sorted at any depth: the same variables hash the same in any order.
  return sha256(cacheKey([query, operationName ?? null, variables ?? {}]));
}

const isExpired = (row: IdempotencyKey, now = Date.now()): boolean => Date.parse(row.createdAt) < now - KEY_LIFETIME_MS;

const inProgress = (): GraphQLError =>
  graphError('CONFLICT', 'a request with this Idempotency-Key is still running: send it again with the same key to get its answer', {
    outcome: 'UNKNOWN',
  });

const answerLost = (): GraphQLError =>
  graphError('CONFLICT', 'the write with this Idempotency-Key was committed, but its answer was not kept: read the data to see it', {
    outcome: 'APPLIED',
  });

/** One mutation request's key; each of its writes claims the key in its own transaction. */
export class IdempotencyClaim {
  readonly claimId = randomUUID();
  readonly keyHash: string;
  /** A write of this request inserted the claim: it holds if that write committed. */
  inserted = false;
  /** Another request with this key committed its claim first. */
  lost = false;

  constructor(
    readonly subject: string,
    readonly key: string,
    readonly requestHash: string,
  ) {
    this.keyHash = sha256(`${subject}\n${key}`);
  }

  /**
   * Inserts the claim in the write's transaction, so it commits exactly when the write does. While
   * another request's claim of the key is uncommitted, MariaDB holds the insert until that one ends;
   * the embedded database runs writes one at a time. Either way, a key committed by another
   * request makes this write fail with CONFLICT, before it writes anything.
   */
  async claim(manager: EntityManager): Promise<void> {
    if (await this.insert(manager)) return;
    const holder = await manager.findOneBy(IdempotencyKey, { keyHash: this.keyHash });
    // A mutation with several fields writes several times: the first write's claim covers them all.
    if (holder?.claimId === this.claimId) return;
    if (holder && isExpired(holder)) {
      await manager.delete(IdempotencyKey, { keyHash: this.keyHash, claimId: holder.claimId });
      if (await this.insert(manager)) return;
    }
    this.lost = true;
    throw inProgress();
  }

  private async insert(manager: EntityManager): Promise<boolean> {
    const row: IdempotencyKey = {
      keyHash: this.keyHash,
      subject: this.subject,
      key: this.key,
      requestHash: this.requestHash,
      claimId: this.claimId,
      response: null,
      createdAt: new Date().toISOString(),
    };
    try {
      await manager.insert(IdempotencyKey, row);
    } catch (error) {
      if (isDuplicate(error)) return false;
      throw error;
    }
    this.inserted = true;
    return true;
  }
}

/** What a write's context carries for its key; auditedWrite claims it. */
export interface IdempotencyContext {
  idempotency?: IdempotencyClaim;
}

interface KeyedRequestContext extends IdempotencyContext, DeadlineContext {
  db: DataSource;
  viewer: Viewer | null;
  log?: Logger;
}

function answer(result: FormattedExecutionResult, replayed = false): GraphQLResponse {
  return { http: { headers: new HeaderMap(replayed ? [[REPLAYED_HEADER, 'true']] : []) }, body: { kind: 'single', singleResult: result } };
}

const refusal = (error: GraphQLError): GraphQLResponse => answer({ errors: [error.toJSON()] });

/**
 * What an earlier request with the claim's key answered: its stored answer, or a refusal (another
 * request's key, still running, answer lost). Undefined when no request holds the key: the write runs.
 * Waits, bounded, for the answer of a request still running.
 */
async function earlierAnswer(db: DataSource, claim: IdempotencyClaim, deadline: number | undefined): Promise<GraphQLResponse | undefined> {
  const until = Math.min(Date.now() + WAIT_MS, deadline ?? Infinity);
  for (;;) {
    const held = await db.getRepository(IdempotencyKey).findOneBy({ keyHash: claim.keyHash });
    if (!held || isExpired(held)) return undefined;
    if (held.requestHash !== claim.requestHash) {
      return refusal(
        graphError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another request: use a new key for each request', {
          outcome: 'NOT_APPLIED',
        }),
      );
    }
    if (held.response !== null) return answer(JSON.parse(held.response), true);
    if (Date.now() - Date.parse(held.createdAt) > ANSWER_LOST_AFTER_MS) return refusal(answerLost());
    if (Date.now() >= until) return refusal(inProgress());
    await sleep(POLL_MS);
  }
}

const lastSweeps = new WeakMap<DataSource, number>();

/** Stores the answer beside the committed claim, and now and then forgets expired keys. */
async function keepAnswer(db: DataSource, claim: IdempotencyClaim, result: FormattedExecutionResult): Promise<void> {
  const text = JSON.stringify(result);
  const response = Buffer.byteLength(text) <= MAX_ANSWER_BYTES ? text : JSON.stringify({ errors: [answerLost().toJSON()] });
  const store = async () => {
    // Matches nothing when the write that claimed the key rolled back.
    await db.getRepository(IdempotencyKey).update({ keyHash: claim.keyHash, claimId: claim.claimId }, { response });
    const now = Date.now();
    if (now - (lastSweeps.get(db) ?? 0) < SWEEP_EVERY_MS) return;
    lastSweeps.set(db, now);
    await db.getRepository(IdempotencyKey).delete({ createdAt: LessThan(new Date(now - KEY_LIFETIME_MS).toISOString()) });
  };
  // On the embedded database's one connection, a statement run beside a write would be part of it.
  await (isSingleConnection(db) ? serializeWrites(db, store) : store());
}

/**
 * Makes a mutation sent with an `Idempotency-Key` header safe to retry: before it runs, an earlier
 * answer to the same key is replayed (or the reuse of a key for another request refused); after it,
 * the answer is stored beside the claim its write committed. A query ignores the header.
 */
export function idempotencyPlugin<C extends KeyedRequestContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request, contextValue }) {
      const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (key === undefined) return;
      return {
        async responseForOperation({ operation, source }) {
          if (operation.operation !== 'mutation') return null;
          if (!KEY_PATTERN.test(key)) {
            return refusal(
              graphError('BAD_USER_INPUT', 'Idempotency-Key must be 1 to 128 letters, digits, ".", "_", ":" or "-"', {
                argument: 'Idempotency-Key',
              }),
            );
          }
          // Without a token nothing is written: the mutation's own check refuses it.
          if (!contextValue.viewer) return null;
          const claim = new IdempotencyClaim(contextValue.viewer.subject, key, requestHashOf(source, request.operationName, request.variables));
          const earlier = await earlierAnswer(contextValue.db, claim, contextValue.deadline);
          if (earlier) return earlier;
          contextValue.idempotency = claim;
          return null;
        },
        async willSendResponse({ response }) {
          const claim = contextValue.idempotency;
          if (!claim || response.body.kind !== 'single') return;
          if (claim.lost) {
            // A request with the same key committed while this one ran: its answer is this one's.
            const earlier = await earlierAnswer(contextValue.db, claim, contextValue.deadline);
            if (!earlier) return;
            response.body = earlier.body;
            for (const [name, value] of earlier.http!.headers) response.http.headers.set(name, value);
          } else if (claim.inserted) {
            try {
              await keepAnswer(contextValue.db, claim, response.body.singleResult);
            } catch (error) {
              // The client still gets its answer; a retry with the key learns the write was committed.
              contextValue.log?.error({ err: error }, 'the answer to an idempotent request could not be stored');
            }
          }
        },
      };
    },
  };
}
