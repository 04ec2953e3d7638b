import type { BaseContext } from '@apollo/server';
import type { Viewer } from './auth';
import type { Logger } from './logger';

/** What every request carries from the client through the gateway to each subgraph. */
export interface RequestContext extends BaseContext {
  requestId: string;
  authorization?: string;
  /** Who the verified token says is calling; null without a token. */
  viewer: Viewer | null;
  /** Whether the request carries the gateway's valid credential (gateway-credential.ts): never from a header alone. */
  fromGateway: boolean;
  /** The request's logger: its lines carry the request id. Absent when an operation runs without HTTP (unit tests). */
  log?: Logger;
  /**
   * When the request reached this service (epoch ms), before its body was read: a write that finds
   * its row changed by a step taken after this (or just before) knows it raced that step (CONFLICT),
   * not that it came late.
   */
  receivedAt: number;
}
