/**
 * The one server a build of Margin may ever reach: the council's CouchDB origin for team sync, named at
 * build time (`MARGIN_SYNC_ORIGIN`, read by wxt.config.ts). It becomes the only source in the extension
 * pages' CSP `connect-src` and a host permission; with none built in, `connect-src` stays `'none'` and
 * nothing is reachable. At run time the background reads it back from the manifest's CSP, so the origin
 * it checks the policy against is exactly the one the browser enforces. No browser APIs here: the build
 * imports it too.
 */

const ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}))?$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Parses `MARGIN_SYNC_ORIGIN`. Guarantees one exact origin (scheme, host, optional port; no path, no
 * wildcard), https except on loopback; null when unset. Throws an Error naming the value otherwise.
 */
export function parseSyncOrigin(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const text = value.trim().replace(/\/$/, '');
  const match = ORIGIN.exec(text);
  const refuse = (why: string) =>
    new Error(`MARGIN_SYNC_ORIGIN "${value}" is not allowed: ${why}, e.g. "https://couch.council.example".`);
  if (!match) throw refuse('write one origin (scheme, host and optional port, no path or wildcard)');
  const [, scheme = '', host = ''] = match;
  if (scheme.toLowerCase() === 'http' && !LOOPBACK.has(host.toLowerCase()))
    throw refuse('the council server must be reached over https');
  return new URL(text).origin;
}

/** The extension pages' CSP: own scripts only, and connections to the sync origin alone (or none). */
export function extensionPagesCsp(syncOrigin: string | null): string {
  const connect = syncOrigin ?? "'none'";
  return `script-src 'self'; object-src 'self'; connect-src ${connect}; base-uri 'none'; form-action 'none'`;
}

/** The host permission the sync origin needs (its cookie session and requests), or none. */
export function syncHostPermissions(syncOrigin: string | null): string[] {
  return syncOrigin ? [`${syncOrigin}/*`] : [];
}

/** The sync origin a built CSP allows, or null when it allows no connection at all. */
export function syncOriginFromCsp(csp: string | undefined): string | null {
  const directive = (csp ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  const source = directive?.[1];
  if (!source || source === "'none'") return null;
  try {
    return parseSyncOrigin(source);
  } catch {
    return null;
  }
}
