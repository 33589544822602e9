// Type declarations for scripts/lib/couch-server.mjs, so TypeScript tests can start the test server.
export interface CouchUser {
  name: string;
  password: string;
  roles?: string[];
}

export interface CouchOptions {
  users?: CouchUser[];
  /** A database made at start. */
  db?: string;
  /** Its `_security` object. */
  security?: unknown;
  /** A design document put into it. */
  designDoc?: { _id: string; [field: string]: unknown };
  port?: number;
}

export interface CouchServer {
  url: string;
  origin: string;
  dbUrl: string;
  admin: { name: string; password: string };
  /** An admin request (set-up and checks): method, path, JSON body; resolves to the JSON reply. */
  call(method: string, path: string, body?: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/** Margin's design document (docs/sync/validate_doc_update.js) as `_design/margin`. */
export function marginDesignDoc(): { _id: string; validate_doc_update: string };
/** The `_security` object docs/sync.md describes. */
export const MARGIN_SECURITY: unknown;
export function startCouch(options?: CouchOptions): Promise<CouchServer>;
