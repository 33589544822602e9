// Type declarations for demo/server.mjs, so TypeScript tests can import the demo server.
export interface DemoServerOptions {
  /** Interface to bind. Default '127.0.0.1' (loopback only). */
  host?: string;
  /** Port; 0 picks a free one. Default 0. */
  port?: number;
  /** Session timeout written to <meta name="demo-session-timeout">. Default 900. */
  sessionTimeoutSeconds?: number;
  /** Content-Security-Policy header value, or false for none. */
  csp?: string | false;
}

export interface DemoServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4173 */
  url: string;
  port: number;
  host: string;
  /** The per-start session token carried as ?sid= on top-bar links. */
  sid: string;
  close(): Promise<void>;
}

export const DEFAULT_CSP: string;
export function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
