/**
 * A small client of CouchDB's HTTP replication protocol (issue #18): cookie sign-in (`_session`), the
 * changes feed with every leaf (`style=all_docs`), `_revs_diff`, `_bulk_docs` with `new_edits: false`,
 * `_bulk_get` with `revs=true`, and `_local` checkpoints. It is handed its `fetch` (the background's, or a
 * test's) and never runs unless called: with sync off Margin makes no request. Every reply is checked
 * with Zod (lib/model/sync.ts) before it is returned; every failure is a SyncError in plain words.
 */
import type { z } from 'zod';
import {
  BulkDocsResultSchema,
  BulkGetSchema,
  ChangesSchema,
  CheckpointDocSchema,
  OkSchema,
  RevsDiffSchema,
  SessionSchema,
} from '../model/sync';
import { SyncError } from './errors';

export interface CouchClientOptions {
  /** The shared database, e.g. `https://couch.council.example/margin`. */
  dbUrl: string;
  /** The fetch to call (with `credentials: 'include'`, the browser keeps the session cookie). */
  fetch: typeof globalThis.fetch;
}

/** The signed-in account (`name` null: nobody). */
export interface CouchSession {
  name: string | null;
  roles: string[];
}

export type Changes = z.infer<typeof ChangesSchema>;
export type Checkpoint = z.infer<typeof CheckpointDocSchema>;
/** A document read with its revision history (checked further by lib/sync/docs.ts). */
export type FetchedDoc = Record<string, unknown> & { _id: string; _rev: string };

export interface CouchClient {
  readonly dbUrl: string;
  signIn(name: string, password: string, signal?: AbortSignal): Promise<CouchSession>;
  session(signal?: AbortSignal): Promise<CouchSession>;
  signOut(signal?: AbortSignal): Promise<void>;
  changes(since: number | string, limit: number, signal?: AbortSignal): Promise<Changes>;
  /** The revisions the server lacks, per document id. */
  revsDiff(revs: Record<string, string[]>, signal?: AbortSignal): Promise<Record<string, string[]>>;
  /** Writes revisions as they are; returns the refusals (id and reason). */
  bulkDocs(docs: object[], signal?: AbortSignal): Promise<{ id: string; reason: string }[]>;
  /** The asked revisions with `_revisions`; a revision the server lacks is left out. */
  bulkGet(refs: { id: string; rev: string }[], signal?: AbortSignal): Promise<FetchedDoc[]>;
  getLocal(id: string, signal?: AbortSignal): Promise<Checkpoint | null>;
  putLocal(id: string, body: Omit<Checkpoint, '_rev'>, signal?: AbortSignal): Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** A client of the database at `dbUrl`; the session lives at the server's root (`<server>/_session`). */
export function couchClient({ dbUrl, fetch }: CouchClientOptions): CouchClient {
  const db = dbUrl.replace(/\/+$/, '');
  const server = db.slice(0, db.lastIndexOf('/'));

  async function call<T>(
    url: string,
    init: { method?: string; body?: unknown; signal?: AbortSignal; signIn?: boolean; missingOk?: boolean },
    schema: z.ZodType<T>,
  ): Promise<T | null> {
    let res: Response;
    try {
      res = await fetch(url, {
        method: init.method ?? 'GET',
        credentials: 'include',
        headers: JSON_HEADERS,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw new SyncError('aborted');
      throw new SyncError('unreachable', error instanceof Error ? error.message : undefined);
    }
    if (init.missingOk && res.status === 404) return null;
    if (res.status === 401) throw new SyncError(init.signIn ? 'signin-refused' : 'signed-out');
    if (res.status === 403) throw new SyncError('forbidden');
    if (res.status >= 500) throw new SyncError('server-error', `HTTP ${res.status}`);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      if (init.signal?.aborted) throw new SyncError('aborted');
      throw new SyncError('bad-reply', `HTTP ${res.status}, not JSON`);
    }
    if (!res.ok) throw new SyncError('server-error', `HTTP ${res.status} ${reasonOf(body)}`);
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new SyncError('bad-reply', parsed.error.issues[0]?.message ?? 'unexpected reply');
    return parsed.data;
  }

  const sessionOf = (s: z.infer<typeof SessionSchema>): CouchSession => ({
    name: s.userCtx?.name ?? s.name ?? null,
    roles: s.userCtx?.roles ?? s.roles ?? [],
  });
  const localUrl = (id: string) => `${db}/_local/${encodeURIComponent(id)}`;

  return {
    dbUrl: db,
    async signIn(name, password, signal) {
      const body = { name, password };
      return sessionOf(
        (await call(`${server}/_session`, { method: 'POST', body, signal, signIn: true }, SessionSchema))!,
      );
    },
    async session(signal) {
      return sessionOf((await call(`${server}/_session`, { signal }, SessionSchema))!);
    },
    async signOut(signal) {
      await call(`${server}/_session`, { method: 'DELETE', signal }, OkSchema);
    },
    async changes(since, limit, signal) {
      const query = new URLSearchParams({ style: 'all_docs', since: String(since), limit: String(limit) });
      return (await call(`${db}/_changes?${query}`, { signal }, ChangesSchema))!;
    },
    async revsDiff(revs, signal) {
      const diff = (await call(`${db}/_revs_diff`, { method: 'POST', body: revs, signal }, RevsDiffSchema))!;
      return Object.fromEntries(Object.entries(diff).map(([id, { missing }]) => [id, missing ?? []]));
    },
    async bulkDocs(docs, signal) {
      const body = { docs, new_edits: false };
      const results = (await call(
        `${db}/_bulk_docs`,
        { method: 'POST', body, signal },
        BulkDocsResultSchema,
      ))!;
      return results
        .filter((r) => r.error !== undefined)
        .map((r) => ({ id: r.id ?? '', reason: r.reason ?? r.error ?? 'refused' }));
    },
    async bulkGet(refs, signal) {
      if (refs.length === 0) return [];
      const body = { docs: refs };
      const reply = (await call(
        `${db}/_bulk_get?revs=true`,
        { method: 'POST', body, signal },
        BulkGetSchema,
      ))!;
      return reply.results.flatMap((r) => r.docs.flatMap((d) => ('ok' in d ? [d.ok as FetchedDoc] : [])));
    },
    async getLocal(id, signal) {
      return call(localUrl(id), { signal, missingOk: true }, CheckpointDocSchema);
    },
    async putLocal(id, body, signal) {
      const current = await call(localUrl(id), { signal, missingOk: true }, CheckpointDocSchema);
      const doc = current?._rev ? { ...body, _rev: current._rev } : body;
      await call(localUrl(id), { method: 'PUT', body: doc, signal }, OkSchema);
    },
  };
}

function reasonOf(body: unknown): string {
  const b = body as { reason?: unknown; error?: unknown } | null;
  return typeof b?.reason === 'string' ? b.reason : typeof b?.error === 'string' ? b.error : '';
}
