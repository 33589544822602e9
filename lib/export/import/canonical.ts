/**
 * Comparing records by content: a canonical JSON form (object keys sorted, undefined fields dropped) so
 * that two copies of a record are "identical" whatever order their fields came in, and the SHA-256 of a
 * whole file's canonical form, which recognises the same file imported again.
 */

/** JSON with object keys sorted at every level; fields whose value is undefined are left out. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const entries = Object.entries(node as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/** True when both values have the same canonical JSON. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Hex SHA-256 of a text (Web Crypto: background, extension pages, Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
