import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Request, RequestHandler } from 'express';
import { ConfigError, type GatewayConfig } from '../services/core/config';
import { graphError } from '../services/core/errors';
import type { Logger } from '../services/core/logger';

/**
 * The documents the dashboard was built with, by the sha256 (hex) of their text: the manifest
 * GraphQL Code Generator's client preset writes (persistedDocuments, hashAlgorithm sha256).
 */
export type PersistedDocuments = ReadonlyMap<string, string>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

function parseManifest(file: string, text: string): PersistedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`the persisted documents at ${file} are not JSON: ${(error as Error).message}`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new ConfigError(`the persisted documents at ${file} must be a JSON object of "<sha256 hex of the document>": "<document>"`);
  }
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    // A hash that is not its text's would let the manifest run something other than what it names.
    if (typeof document !== 'string' || !SHA256_HEX.test(hash) || createHash('sha256').update(document).digest('hex') !== hash) {
      throw new ConfigError(`the persisted documents at ${file} hold ${JSON.stringify(hash)}, which is not the sha256 (hex) of its document`);
    }
    documents.set(hash, document);
  }
  return documents;
}

/** The manifest as the gateway holds it now: read again when the file changes (a new build). */
export interface PersistedDocumentsFile {
  documents(): PersistedDocuments | null;
}

// How often, at most, a request looks whether the manifest changed: one stat a second.
const RECHECK_MS = 1000;

/** What tells one version of the file from another; `missing` while there is none (a build in progress). */
function stampOf(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * Reads the manifest PERSISTED_DOCUMENTS names, and again whenever it changes, since the dashboard
 * may be built again while the gateway runs; a version that cannot be read keeps the previous one.
 * Without a readable manifest at start every operation runs as sent, unless PERSISTED_ONLY asks
 * for one: then the gateway does not start.
 */
export function persistedDocumentsFile(settings: GatewayConfig['persisted'], log: Logger): PersistedDocumentsFile {
  const { only, documents: file } = settings;
  if (!file) {
    if (only) throw new ConfigError('PERSISTED_ONLY=true needs the manifest of approved documents: set PERSISTED_DOCUMENTS, or DASHBOARD_DIR to a built dashboard');
    return { documents: () => null };
  }
  const read = (): PersistedDocuments => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(
        `the manifest of approved documents cannot be read at ${file} (${(error as NodeJS.ErrnoException).code}): ` +
          'run `npm run build` (it writes the dashboard and its persisted-documents.json), or set PERSISTED_DOCUMENTS',
      );
    }
    const documents = parseManifest(file, text);
    if (only && documents.size === 0) throw new ConfigError(`the manifest at ${file} holds no documents: with PERSISTED_ONLY=true every operation would be refused`);
    return documents;
  };
  let stamp = stampOf(file);
  let documents: PersistedDocuments | null = null;
  try {
    documents = read();
  } catch (error) {
    if (only) throw new ConfigError(`PERSISTED_ONLY=true, but ${(error as Error).message}`);
    // Without PERSISTED_ONLY the manifest only spares clients the text: a broken one is not worth refusing to start.
    if (stamp !== 'missing') log.warn(`persisted documents not used: ${(error as Error).message}`);
  }
  let checkedAt = Date.now();
  return {
    documents() {
      if (Date.now() - checkedAt < RECHECK_MS) return documents;
      checkedAt = Date.now();
      const now = stampOf(file);
      // A missing file is a build in progress: the previous documents serve until the new ones land.
      if (now === stamp || now === 'missing') return documents;
      stamp = now;
      try {
        documents = read();
        log.info(`persisted documents reloaded from ${file}: ${documents.size} documents`);
      } catch (error) {
        log.error(`persisted documents not reloaded, ${documents ? 'the previous ones serve' : 'none are in use'}: ${(error as Error).message}`);
      }
      return documents;
    },
  };
}

interface Operation {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

function notAllowed(position: string, hash: unknown) {
  const named = typeof hash === 'string' ? `names the document ${JSON.stringify(hash.slice(0, 64))}, which is not among the approved ones` : 'names no approved document';
  return graphError(
    'PERSISTED_QUERY_NOT_ALLOWED',
    `${position} ${named}: this gateway runs only approved documents, named by extensions.persistedQuery.sha256Hash (PERSISTED_ONLY)`,
    { http: { status: 400 } },
  );
}

/** A GET's `extensions` parameter, which Apollo reads as JSON; a malformed one is left for Apollo to refuse. */
function extensionsOfGet(url: URL): Operation['extensions'] {
  const raw = url.searchParams.get('extensions');
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * The manifest's text in place of what the operation sent (whatever it sent), with the
 * persistedQuery extension removed: Apollo's own persisted queries (APQ) never see the hash.
 * An operation that sends its text with a hash the manifest lacks runs its text, the hash dropped:
 * the dashboard sends both, and the hash is of the manifest's printing of the text, not of the
 * text itself, which Apollo's APQ would refuse. Answers whether the operation named an approved document.
 */
function substitute(operation: Operation, documents: PersistedDocuments | null): boolean {
  const hash = operation.extensions?.persistedQuery?.sha256Hash;
  if (hash === undefined) return false;
  const document = documents?.get(hash as string);
  if (document === undefined && typeof operation.query !== 'string') return false;
  const { persistedQuery: _named, ...extensions } = operation.extensions!;
  if (document !== undefined) operation.query = document;
  operation.extensions = extensions;
  return document !== undefined;
}

/** Writes a GET's operation back into its URL, the only part of a GET that Apollo reads. */
function rewriteGet(req: Request, url: URL, operation: Operation): void {
  url.searchParams.set('query', operation.query as string);
  url.searchParams.set('extensions', JSON.stringify(operation.extensions));
  req.url = `${url.pathname}${url.search}`;
}

/**
 * Runs before Apollo on each GraphQL request: an operation that names an approved document by its
 * hash runs that document; with `only` (PERSISTED_ONLY), every other operation of a POST, a GET or
 * a batch is refused before anything is parsed or any subgraph asked.
 */
export function persistedDocumentsCheck(manifest: PersistedDocumentsFile, only: boolean): RequestHandler {
  return (req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const documents = manifest.documents();
    if (req.method === 'GET') {
      // Apollo reads a GET's operation from its URL, not from express's req.query.
      const url = new URL(req.url, 'http://gateway');
      // A GET with neither asks for no operation: the playground's page, or Apollo's own refusal.
      if (!url.searchParams.has('query') && !url.searchParams.has('extensions')) return next();
      const operation: Operation = { query: url.searchParams.get('query') ?? undefined, extensions: extensionsOfGet(url) };
      const hash = operation.extensions?.persistedQuery?.sha256Hash;
      const approved = substitute(operation, documents);
      if (!approved && only) throw notAllowed('The operation', hash);
      if (operation.extensions?.persistedQuery === undefined && hash !== undefined) rewriteGet(req, url, operation);
      return next();
    }
    const batch = Array.isArray(req.body);
    const operations: unknown[] = batch ? req.body : [req.body];
    operations.forEach((operation, index) => {
      const sent = (typeof operation === 'object' && operation !== null ? operation : {}) as Operation;
      const hash = sent.extensions?.persistedQuery?.sha256Hash;
      if (!substitute(sent, documents) && only) throw notAllowed(batch ? `Operation ${index + 1} of the batch` : 'The operation', hash);
    });
    next();
  };
}
